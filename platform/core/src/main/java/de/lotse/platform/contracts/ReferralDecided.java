package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A decision on a referral that did not (yet) open the case: the FM declined it, the AV escalated
 * the disagreement to the team lead, or the team lead declined it finally. (An admission, by the FM
 * or the team lead, is {@code case-opened}.)
 *
 * <p>Topic {@code referral-decided}, key: case id, version 1.
 *
 * @param caseId
 * @param decision DECLINED (by the FM), ESCALATED (by the AV), ESCALATION_DECLINED (final, by the TL)
 * @param reasonCode the decline reason code
 * @param decidedByRole FM, AV or TL
 * @param policyVersion
 * @param decidedAt
 */
@Serdeable
public record ReferralDecided(
        UUID caseId,
        String decision,
        String reasonCode,
        String decidedByRole,
        int policyVersion,
        Instant decidedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code ReferralDecided} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private String decision;
        private String reasonCode;
        private String decidedByRole;
        private int policyVersion;
        private Instant decidedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder decision(String decision) {
            this.decision = decision;
            return this;
        }

        public Builder reasonCode(String reasonCode) {
            this.reasonCode = reasonCode;
            return this;
        }

        public Builder decidedByRole(String decidedByRole) {
            this.decidedByRole = decidedByRole;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public Builder decidedAt(Instant decidedAt) {
            this.decidedAt = decidedAt;
            return this;
        }

        public ReferralDecided build() {
            return new ReferralDecided(caseId, decision, reasonCode, decidedByRole, policyVersion, decidedAt);
        }
    }
}
