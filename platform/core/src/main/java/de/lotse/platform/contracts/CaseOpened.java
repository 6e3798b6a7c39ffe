package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer was admitted: the bFM case is open (Fallzugang), by the FM's decision or, after an
 * escalation, by the team lead's.
 *
 * <p>Topic {@code case-opened}, key: case id, version 1.
 *
 * @param caseId
 * @param customerRef pseudonymous customer reference
 * @param teamId
 * @param caseManagerId subject id of the responsible FM
 * @param route
 * @param ageGroup U25 or UE25
 * @param policyVersion
 * @param admittedOn
 * @param admittedAt
 * @param supportRole PRIMARY (Hauptbetreuung) or SECONDARY (Nebenbetreuung until the first consultation, TAH 4.3)
 * @param decidedByRole FM, or TL when the team lead decided an escalated referral
 * @param secondaryAssignmentDueOn the policy deadline for assigning an FM, if any (met when admittedOn is not later)
 * @param firstConsultationDueOn the policy deadline for the first consultation (Einstiegsberatung), if any
 * @param durationStartOn from when the time in case management counts (earlier than admittedOn after a move)
 * @param maxDurationEndsOn when the policy's maximum duration is reached, if it has one
 * @param overCaseloadOverride admitted beyond the policy caseload ratio with a team lead's override
 * @param minorUntil only for a customer under 18: the day they come of age (a guardian co-signs the
 *                   agreement until then, §15 SGB II); empty for adults, so no birth date travels
 */
@Serdeable
public record CaseOpened(
        UUID caseId,
        UUID customerRef,
        String teamId,
        String caseManagerId,
        String route,
        String ageGroup,
        int policyVersion,
        LocalDate admittedOn,
        Instant admittedAt,
        String supportRole,
        String decidedByRole,
        @Nullable LocalDate secondaryAssignmentDueOn,
        @Nullable LocalDate firstConsultationDueOn,
        LocalDate durationStartOn,
        @Nullable LocalDate maxDurationEndsOn,
        boolean overCaseloadOverride,
        @Nullable LocalDate minorUntil) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code CaseOpened} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID customerRef;
        private String teamId;
        private String caseManagerId;
        private String route;
        private String ageGroup;
        private int policyVersion;
        private LocalDate admittedOn;
        private Instant admittedAt;
        private String supportRole;
        private String decidedByRole;
        private @Nullable LocalDate secondaryAssignmentDueOn;
        private @Nullable LocalDate firstConsultationDueOn;
        private LocalDate durationStartOn;
        private @Nullable LocalDate maxDurationEndsOn;
        private boolean overCaseloadOverride;
        private @Nullable LocalDate minorUntil;

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

        public Builder caseManagerId(String caseManagerId) {
            this.caseManagerId = caseManagerId;
            return this;
        }

        public Builder route(String route) {
            this.route = route;
            return this;
        }

        public Builder ageGroup(String ageGroup) {
            this.ageGroup = ageGroup;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public Builder admittedOn(LocalDate admittedOn) {
            this.admittedOn = admittedOn;
            return this;
        }

        public Builder admittedAt(Instant admittedAt) {
            this.admittedAt = admittedAt;
            return this;
        }

        public Builder supportRole(String supportRole) {
            this.supportRole = supportRole;
            return this;
        }

        public Builder decidedByRole(String decidedByRole) {
            this.decidedByRole = decidedByRole;
            return this;
        }

        public Builder secondaryAssignmentDueOn(@Nullable LocalDate secondaryAssignmentDueOn) {
            this.secondaryAssignmentDueOn = secondaryAssignmentDueOn;
            return this;
        }

        public Builder firstConsultationDueOn(@Nullable LocalDate firstConsultationDueOn) {
            this.firstConsultationDueOn = firstConsultationDueOn;
            return this;
        }

        public Builder durationStartOn(LocalDate durationStartOn) {
            this.durationStartOn = durationStartOn;
            return this;
        }

        public Builder maxDurationEndsOn(@Nullable LocalDate maxDurationEndsOn) {
            this.maxDurationEndsOn = maxDurationEndsOn;
            return this;
        }

        public Builder overCaseloadOverride(boolean overCaseloadOverride) {
            this.overCaseloadOverride = overCaseloadOverride;
            return this;
        }

        public Builder minorUntil(@Nullable LocalDate minorUntil) {
            this.minorUntil = minorUntil;
            return this;
        }

        public CaseOpened build() {
            return new CaseOpened(caseId, customerRef, teamId, caseManagerId, route, ageGroup, policyVersion,
                    admittedOn, admittedAt, supportRole, decidedByRole, secondaryAssignmentDueOn,
                    firstConsultationDueOn, durationStartOn, maxDurationEndsOn, overCaseloadOverride, minorUntil);
        }
    }
}
