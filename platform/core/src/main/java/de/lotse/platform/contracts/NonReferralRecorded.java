package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer meeting the access criteria was not referred (Nichtvormerkung), or a re-check of that
 * decision was documented. While {@code status} is OPEN the next re-check is due by {@code recheckDueOn}.
 *
 * <p>Topic {@code non-referral-recorded}, key: id of the non-referral record, version 1.
 *
 * @param caseId id of the non-referral record, used as key
 * @param customerRef
 * @param teamId the AV's team
 * @param reasonCode
 * @param recheckDueOn when the decision must be checked again; none when resolved or the policy has no re-check rule
 * @param recordedAt
 * @param status OPEN or RESOLVED (referred after all, or criteria no longer met)
 * @param recheckNumber 0 for the decision itself, 1, 2, … for each documented re-check
 * @param policyVersion
 */
@Serdeable
public record NonReferralRecorded(
        UUID caseId,
        UUID customerRef,
        String teamId,
        String reasonCode,
        @Nullable LocalDate recheckDueOn,
        Instant recordedAt,
        String status,
        int recheckNumber,
        int policyVersion) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code NonReferralRecorded} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID customerRef;
        private String teamId;
        private String reasonCode;
        private @Nullable LocalDate recheckDueOn;
        private Instant recordedAt;
        private String status;
        private int recheckNumber;
        private int policyVersion;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder customerRef(UUID customerRef) {
            this.customerRef = customerRef;
            return this;
        }

        public Builder teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        public Builder reasonCode(String reasonCode) {
            this.reasonCode = reasonCode;
            return this;
        }

        public Builder recheckDueOn(@Nullable LocalDate recheckDueOn) {
            this.recheckDueOn = recheckDueOn;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder recheckNumber(int recheckNumber) {
            this.recheckNumber = recheckNumber;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public NonReferralRecorded build() {
            return new NonReferralRecorded(caseId, customerRef, teamId, reasonCode, recheckDueOn, recordedAt, status,
                    recheckNumber, policyVersion);
        }
    }
}
