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
 *
 * @param caseId
 * @param referralId
 * @param partnerId
 * @param serviceCode
 * @param consentId
 * @param dueOn
 * @param sentAt
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

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code ReferralSent} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID referralId;
        private UUID partnerId;
        private String serviceCode;
        private @Nullable UUID consentId;
        private @Nullable LocalDate dueOn;
        private Instant sentAt;

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

        public Builder serviceCode(String serviceCode) {
            this.serviceCode = serviceCode;
            return this;
        }

        public Builder consentId(@Nullable UUID consentId) {
            this.consentId = consentId;
            return this;
        }

        public Builder dueOn(@Nullable LocalDate dueOn) {
            this.dueOn = dueOn;
            return this;
        }

        public Builder sentAt(Instant sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        public ReferralSent build() {
            return new ReferralSent(caseId, referralId, partnerId, serviceCode, consentId, dueOn, sentAt);
        }
    }
}
