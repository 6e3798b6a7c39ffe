package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

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
 * @param caseManagerId the FM (or deputy) this assignment is about
 * @param supportRole PRIMARY, SECONDARY or DEPUTY
 * @param overCaseloadOverride assigned beyond the policy caseload ratio with a TL override
 * @param kind FIRST_CONSULTATION_HELD, REASSIGNMENT, DEPUTY_STARTED or DEPUTY_ENDED
 * @param previousCaseManagerId the FM responsible before a reassignment
 * @param firstConsultationHeldOn when the first consultation took place
 * @param clarificationPhaseEndsOn end of the clarification phase (TAH 4.4), if the policy has one
 * @param validFrom start of a deputy period
 * @param validUntil end of a deputy period
 * @param customerAgreed the customer agreed that the deputy acts on FM content (TAH 4.9)
 */
@RecordBuilder
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
        int policyVersion)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static CaseAssignedBuilder builder() {
        return CaseAssignedBuilder.builder();
    }
}
