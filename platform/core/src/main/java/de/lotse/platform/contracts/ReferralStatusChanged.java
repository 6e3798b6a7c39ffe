package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner referral changed status (accepted, rejected, started, completed, aborted, revoked).
 *
 * <p>Topic {@code referral-status-changed}, key: case id, version 1.
 */
@RecordBuilder
@Serdeable
public record ReferralStatusChanged(
        UUID caseId,
        UUID referralId,
        UUID partnerId,
        @Nullable String fromStatus,
        String toStatus,
        @Nullable String reasonCode,
        Instant changedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static ReferralStatusChangedBuilder builder() {
        return ReferralStatusChangedBuilder.builder();
    }
}
