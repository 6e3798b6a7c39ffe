package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner organisation was registered or its service offer changed.
 *
 * <p>Topic {@code partner-registered}, key: partner id, version 1.
 */
@Serdeable
public record PartnerRegistered(UUID partnerId, String partnerType, List<String> serviceCodes, Instant registeredAt)
        implements EventPayload {}
