package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner referral changed status (accepted, rejected, started, completed, aborted, revoked).
 *
 * <p>Topic {@code referral-status-changed}, key: case id, version 1.
 *
 * @param caseId
 * @param referralId
 * @param partnerId
 * @param fromStatus
 * @param toStatus
 * @param reasonCode
 * @param changedAt
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

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code ReferralStatusChanged} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID referralId;
        private UUID partnerId;
        private @Nullable String fromStatus;
        private String toStatus;
        private @Nullable String reasonCode;
        private Instant changedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder referralId(UUID referralId) {
            this.referralId = referralId;
            return this;
        }

        public Builder partnerId(UUID partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder fromStatus(@Nullable String fromStatus) {
            this.fromStatus = fromStatus;
            return this;
        }

        public Builder toStatus(String toStatus) {
            this.toStatus = toStatus;
            return this;
        }

        public Builder reasonCode(@Nullable String reasonCode) {
            this.reasonCode = reasonCode;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public ReferralStatusChanged build() {
            return new ReferralStatusChanged(caseId, referralId, partnerId, fromStatus, toStatus, reasonCode,
                    changedAt);
        }
    }
}
