package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner referral changed status (accepted, rejected, started, completed, aborted, revoked).
 *
 * <p>Topic {@code referral-status-changed}, key: case id, version 1.
 */
@Serdeable
public record ReferralStatusChanged(
        UUID caseId,
        UUID referralId,
        UUID partnerId,
        @Nullable String fromStatus,
        String toStatus,
        @Nullable String reasonCode,
        Instant changedAt) implements EventPayload {
}
