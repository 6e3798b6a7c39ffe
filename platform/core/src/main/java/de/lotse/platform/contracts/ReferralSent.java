package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The FM referred the customer to a partner service.
 *
 * <p>Topic {@code referral-sent}, key: case id, version 1.
 */
@Serdeable
public record ReferralSent(
        UUID caseId,
        UUID referralId,
        UUID partnerId,
        String serviceCode,
        @Nullable UUID consentId,
        @Nullable LocalDate dueOn,
        Instant sentAt) implements EventPayload {
}
