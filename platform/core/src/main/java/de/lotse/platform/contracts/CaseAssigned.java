package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case manager's support role on a case changed: switch from secondary to primary support after
 * the first consultation, reassignment to another FM of the team, or a deputy (Abwesenheitsvertretung)
 * for a period.
 *
 * <p>Topic {@code case-assigned}, key: case id, version 1.
 *
 * @param caseId
 * @param caseManagerId the FM (or deputy) this assignment is about
 * @param teamId
 * @param supportRole PRIMARY, SECONDARY or DEPUTY
 * @param firstConsultationDueOn
 * @param overCaseloadOverride assigned beyond the policy caseload ratio with a TL override
 * @param assignedAt
 * @param kind FIRST_CONSULTATION_HELD, REASSIGNMENT, DEPUTY_STARTED or DEPUTY_ENDED
 * @param previousCaseManagerId the FM responsible before a reassignment
 * @param firstConsultationHeldOn when the first consultation took place
 * @param clarificationPhaseEndsOn end of the clarification phase (TAH 4.4), if the policy has one
 * @param validFrom start of a deputy period
 * @param validUntil end of a deputy period
 * @param customerAgreed the customer agreed that the deputy acts on FM content (TAH 4.9)
 * @param policyVersion
 */
@Serdeable
public record CaseAssigned(
        UUID caseId,
        String caseManagerId,
        String teamId,
        String supportRole,
        @Nullable LocalDate firstConsultationDueOn,
        boolean overCaseloadOverride,
        Instant assignedAt,
        String kind,
        @Nullable String previousCaseManagerId,
        @Nullable LocalDate firstConsultationHeldOn,
        @Nullable LocalDate clarificationPhaseEndsOn,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        boolean customerAgreed,
        int policyVersion) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code CaseAssigned} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private String caseManagerId;
        private String teamId;
        private String supportRole;
        private @Nullable LocalDate firstConsultationDueOn;
        private boolean overCaseloadOverride;
        private Instant assignedAt;
        private String kind;
        private @Nullable String previousCaseManagerId;
        private @Nullable LocalDate firstConsultationHeldOn;
        private @Nullable LocalDate clarificationPhaseEndsOn;
        private @Nullable LocalDate validFrom;
        private @Nullable LocalDate validUntil;
        private boolean customerAgreed;
        private int policyVersion;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder caseManagerId(String caseManagerId) {
            this.caseManagerId = caseManagerId;
            return this;
        }

        public Builder teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        public Builder supportRole(String supportRole) {
            this.supportRole = supportRole;
            return this;
        }

        public Builder firstConsultationDueOn(@Nullable LocalDate firstConsultationDueOn) {
            this.firstConsultationDueOn = firstConsultationDueOn;
            return this;
        }

        public Builder overCaseloadOverride(boolean overCaseloadOverride) {
            this.overCaseloadOverride = overCaseloadOverride;
            return this;
        }

        public Builder assignedAt(Instant assignedAt) {
            this.assignedAt = assignedAt;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder previousCaseManagerId(@Nullable String previousCaseManagerId) {
            this.previousCaseManagerId = previousCaseManagerId;
            return this;
        }

        public Builder firstConsultationHeldOn(@Nullable LocalDate firstConsultationHeldOn) {
            this.firstConsultationHeldOn = firstConsultationHeldOn;
            return this;
        }

        public Builder clarificationPhaseEndsOn(@Nullable LocalDate clarificationPhaseEndsOn) {
            this.clarificationPhaseEndsOn = clarificationPhaseEndsOn;
            return this;
        }

        public Builder validFrom(@Nullable LocalDate validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        public Builder validUntil(@Nullable LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        public Builder customerAgreed(boolean customerAgreed) {
            this.customerAgreed = customerAgreed;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public CaseAssigned build() {
            return new CaseAssigned(caseId, caseManagerId, teamId, supportRole, firstConsultationDueOn,
                    overCaseloadOverride, assignedAt, kind, previousCaseManagerId, firstConsultationHeldOn,
                    clarificationPhaseEndsOn, validFrom, validUntil, customerAgreed, policyVersion);
        }
    }
}
