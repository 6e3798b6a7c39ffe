package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A consent was revoked (or expired); it stops every disclosure to that partner at once.
 *
 * <p>Topic {@code consent-revoked}, key: case id, version 1.
 *
 * @param kind REVOKED (by the customer), EXPIRED (validity ran out) or SUPERSEDED (replaced by a limited or renewed consent, which follows as consent-granted)
 */
@Serdeable
public record ConsentRevoked(UUID caseId, UUID consentId, UUID partnerId, String kind, Instant revokedAt)
        implements EventPayload {}
