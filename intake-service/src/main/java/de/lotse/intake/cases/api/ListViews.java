package de.lotse.intake.cases.api;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseDecision;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.TransferCandidate;
import de.lotse.intake.customers.domain.AgeGroup;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The lines of the work lists. */
final class ListViews {
    private ListViews() {}

    @Serdeable
    @Schema(name = "Fallzeile", description = "Ein Fall in einer Arbeitsliste (Lesen wird protokolliert)")
    record CaseLine(
            UUID caseId,
            String status,
            String customerNumber,
            String firstName,
            String lastName,
            String ageGroup,
            String teamId,
            String route,
            String referredBy,
            Instant referredAt,
            @Nullable String caseManagerId,
            @Nullable LocalDate admittedOn,

            @Schema(description = "nächste Frist: Zuordnung, Einstiegsberatung oder Höchstdauer") @Nullable
            LocalDate nextDueOn,

            @Schema(description = "Abschluss des letzten Profilings des Falls; fehlt, solange es keins gibt") @Nullable
            Instant assessedAt) {
        static CaseLine of(CaseWithCustomer line) {
            BfmCase c = line.bfmCase();
            LocalDate next = switch (c.status()) {
                case REFERRED -> c.referral().secondaryAssignmentDueOn();
                case ADMITTED -> c.firstConsultation().dueOn();
                case ACTIVE -> c.admission().maxDurationEndsOn();
                default -> null;
            };
            return new CaseLine(
                    c.id(),
                    c.status().name(),
                    line.customer().customerNumber(),
                    line.customer().firstName(),
                    line.customer().lastName(),
                    c.ageGroup().name(),
                    c.teamId(),
                    c.referral().route().name(),
                    c.referral().referredBy(),
                    c.referral().referredAt(),
                    c.caseManagerId(),
                    c.admission() == null ? null : c.admission().admittedOn(),
                    next,
                    line.assessedAt());
        }
    }

    @Serdeable
    @Schema(name = "Frist", description = "Eine Frist auf einem Fall")
    record DeadlineView(
            UUID caseId,

            @Schema(
                    description =
                            "SECONDARY_ASSIGNMENT, FIRST_CONSULTATION, "
                                    + "CLARIFICATION_PHASE_END, MAX_DURATION, DEPUTY_ENDS, FIRST_TALK, MARKET_NEAR_HANDOVER, MARKET_NEAR_INVITATION, "
                                    + "MARKET_NEAR_FIRST_TALK, MARKET_NEAR_REVIEW, REACTIVATION_INSTRUCTION, U25_TARGET_GROUP_REVIEW")
            String kind,

            LocalDate dueOn,
            boolean overdue,
            String customerNumber,
            String firstName,
            String lastName,
            @Nullable String caseManagerId) {
        static DeadlineView of(de.lotse.intake.cases.domain.DeadlineLine line) {
            return new DeadlineView(
                    line.deadline().caseId(),
                    line.deadline().kind().name(),
                    line.deadline().dueOn(),
                    line.deadline().overdue(),
                    line.customer().customerNumber(),
                    line.customer().firstName(),
                    line.customer().lastName(),
                    line.caseManagerId());
        }
    }

    @Serdeable
    @Schema(name = "UebergangU25Ue25", description = "Ein U25-Fall, dessen Kundin / Kunde das 25. Lebensjahr vollendet")
    record U25Line(
            UUID caseId,
            String customerNumber,
            String firstName,
            String lastName,
            LocalDate turns25On,
            String teamId,
            String caseManagerId,
            @Schema(description = "laufende Maßnahmen") int runningMeasures,

            @Schema(description = "späteste geplante Maßnahmeende") @Nullable
            LocalDate latestPlannedMeasureEnd,

            @Schema(description = "TRANSFER_NOW oder FINISH_MEASURES_FIRST")
            String recommendation) {
        static U25Line of(TransferCandidate line) {
            BfmCase c = line.line().bfmCase();
            var customer = line.line().customer();
            return new U25Line(
                    c.id(),
                    customer.customerNumber(),
                    customer.firstName(),
                    customer.lastName(),
                    AgeGroup.turns25On(customer.dateOfBirth()),
                    c.teamId(),
                    c.caseManagerId(),
                    line.runningMeasures(),
                    line.latestPlannedMeasureEnd(),
                    line.runningMeasures() > 0 ? "FINISH_MEASURES_FIRST" : "TRANSFER_NOW");
        }
    }

    @Serdeable
    @Schema(
            name = "Entscheidung",
            description = "Eine Entscheidung zum Fall mit der Richtlinienversion, unter der sie fiel")
    record DecisionLine(
            String kind,
            String decidedBy,
            String decidedByRole,
            Instant decidedAt,
            int policyVersion,
            @Nullable String outcome,
            @Nullable String reasonCode,
            @Nullable String note) {
        static DecisionLine of(CaseDecision entry) {
            return new DecisionLine(
                    entry.kind(),
                    entry.decidedBy(),
                    entry.decidedByRole(),
                    entry.decidedAt(),
                    entry.policyVersion(),
                    entry.outcome(),
                    entry.reasonCode(),
                    entry.note());
        }
    }
}
