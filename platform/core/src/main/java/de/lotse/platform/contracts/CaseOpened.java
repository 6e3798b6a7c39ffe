package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer was admitted: the bFM case is open (Fallzugang), by the FM's decision or, after an
 * escalation, by the team lead's.
 *
 * <p>Topic {@code case-opened}, key: case id, version 1.
 *
 * @param customerRef pseudonymous customer reference
 * @param caseManagerId subject id of the responsible FM
 * @param ageGroup U25 or UE25
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
@RecordBuilder
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
        @Nullable LocalDate minorUntil)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static CaseOpenedBuilder builder() {
        return CaseOpenedBuilder.builder();
    }
}
