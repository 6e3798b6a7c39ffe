package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A case moved to another team and FM of the same Jobcenter: U25 to Ü25 case management, a move to
 * another location of the Jobcenter, or a reorganisation. (A move to another Jobcenter closes the
 * case with reason MOVED and refers a successor case there.)
 *
 * <p>Topic {@code case-transferred}, key: case id, version 1.
 *
 * @param caseId
 * @param kind U25_TO_UE25, RELOCATION, REORGANISATION, MARKET_NEAR_HANDOVER, MARKET_FAR_HANDBACK (docs/domain.md §18)
 * @param fromTeamId
 * @param toTeamId
 * @param fromCaseManagerId
 * @param toCaseManagerId
 * @param transferredAt
 * @param ageGroup the case's age group after the transfer
 * @param runningMeasures measures still running at the transfer (UCKERMARK 6.7: finish them first where possible)
 * @param overCaseloadOverride the new FM is beyond the policy caseload ratio with a TL override
 * @param policyVersion
 */
@Serdeable
public record CaseTransferred(
        UUID caseId,
        String kind,
        String fromTeamId,
        String toTeamId,
        @Nullable String fromCaseManagerId,
        String toCaseManagerId,
        Instant transferredAt,
        String ageGroup,
        int runningMeasures,
        boolean overCaseloadOverride,
        int policyVersion) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code CaseTransferred} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private String kind;
        private String fromTeamId;
        private String toTeamId;
        private @Nullable String fromCaseManagerId;
        private String toCaseManagerId;
        private Instant transferredAt;
        private String ageGroup;
        private int runningMeasures;
        private boolean overCaseloadOverride;
        private int policyVersion;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder fromTeamId(String fromTeamId) {
            this.fromTeamId = fromTeamId;
            return this;
        }

        public Builder toTeamId(String toTeamId) {
            this.toTeamId = toTeamId;
            return this;
        }

        public Builder fromCaseManagerId(@Nullable String fromCaseManagerId) {
            this.fromCaseManagerId = fromCaseManagerId;
            return this;
        }

        public Builder toCaseManagerId(String toCaseManagerId) {
            this.toCaseManagerId = toCaseManagerId;
            return this;
        }

        public Builder transferredAt(Instant transferredAt) {
            this.transferredAt = transferredAt;
            return this;
        }

        public Builder ageGroup(String ageGroup) {
            this.ageGroup = ageGroup;
            return this;
        }

        public Builder runningMeasures(int runningMeasures) {
            this.runningMeasures = runningMeasures;
            return this;
        }

        public Builder overCaseloadOverride(boolean overCaseloadOverride) {
            this.overCaseloadOverride = overCaseloadOverride;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public CaseTransferred build() {
            return new CaseTransferred(caseId, kind, fromTeamId, toTeamId, fromCaseManagerId, toCaseManagerId,
                    transferredAt, ageGroup, runningMeasures, overCaseloadOverride, policyVersion);
        }
    }
}
