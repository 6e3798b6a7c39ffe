package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.CaseQueries;
import de.lotse.intake.cases.domain.Admission;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.Closure;
import de.lotse.intake.cases.domain.Decline;
import de.lotse.intake.cases.domain.Deputy;
import de.lotse.intake.cases.domain.Escalation;
import de.lotse.intake.cases.domain.FirstConsultation;
import de.lotse.intake.cases.domain.Routing;
import de.lotse.intake.customers.domain.Customer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "Fall", description = "Ein Fall im Fallmanagement mit Kundenbezug (Lesen wird protokolliert)")
public record CaseView(
        UUID caseId,

        @Schema(description = "REFERRED, DECLINED, ESCALATED, NOT_ADMITTED, ADMITTED, ACTIVE, CLOSED")
        String status,

        String jobcenterId,
        @Schema(description = "Kundenbezug") CustomerView customer,
        @Schema(description = "U25 oder UE25") String ageGroup,
        @Schema(description = "FM-Team") String teamId,
        @Schema(description = "Vormerkung") ReferralSection referral,
        @Nullable DeclineSection decline,
        @Nullable EscalationSection escalation,
        @Nullable AdmissionSection admission,

        @Schema(description = "zuständige Fachkraft") @Nullable
        String caseManagerId,

        @Schema(description = "PRIMARY (Hauptbetreuung) oder SECONDARY (Nebenbetreuung)") @Nullable
        String supportRole,

        @Nullable FirstConsultationSection firstConsultation,
        @Nullable DeputySection deputy,
        @Nullable ClosureSection closure,

        @Schema(description = "laufende Maßnahmen") @Nullable
        Integer runningMeasures,

        @Schema(description = "Arbeitsgelegenheit läuft (setzt unter TAH das FM über die Höchstdauer fort)") @Nullable
        Boolean aghRunning,

        @Schema(description = "genehmigte Verlängerung über die Höchstdauer bis") @Nullable
        LocalDate extensionUntil,

        @Schema(
                description =
                        "Betreuungsbereich, wo die Richtlinie zwischen arbeitsmarktnahem und -fernem Fallmanagement "
                                + "unterscheidet")
        @Nullable
        RoutingSection routing) {

    @Serdeable
    @Schema(name = "Kundenbezug")
    public record CustomerView(
            @Schema(description = "pseudonymer Kundenbezug") UUID customerRef,
            String customerNumber,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            @Nullable String householdRef,
            @Nullable String teamId,
            @Nullable String responsibleAvId) {
        static CustomerView of(Customer c) {
            return new CustomerView(
                    c.id(),
                    c.customerNumber(),
                    c.firstName(),
                    c.lastName(),
                    c.dateOfBirth(),
                    c.householdRef(),
                    c.teamId(),
                    c.responsibleAvId());
        }
    }

    @Serdeable
    @Schema(name = "Vormerkungsdaten")
    public record ReferralSection(
            String route,
            List<String> reasons,
            @Nullable String note,
            String referredBy,
            Instant referredAt,
            int policyVersion,
            @Nullable LocalDate secondaryAssignmentDueOn,
            @Nullable UUID predecessorCaseId,

            @Schema(description = "Antragstellung") @Nullable
            LocalDate applicationOn,

            @Schema(description = "Bewilligung der Leistungen") @Nullable
            LocalDate benefitDecisionOn,

            @Schema(description = "Erstgespräch fällig bis (ab Bewilligung)") @Nullable
            LocalDate firstTalkDueOn) {}

    @Serdeable
    @Schema(name = "Betreuungsbereich")
    public record RoutingSection(
            @Schema(description = "MARKET_FAR (arbeitsmarktfern), MARKET_NEAR (arbeitsmarktnah), U25")
            String segment,

            @Schema(description = "Übergabe an das arbeitsmarktnahe FM") @Nullable
            LocalDate handedOverOn,

            @Schema(description = "schriftliche Einladung fällig bis") @Nullable
            LocalDate invitationDueOn,

            @Schema(description = "Einladung versandt am") @Nullable
            LocalDate invitationSentOn,

            @Schema(description = "erstes Gespräch fällig bis") @Nullable
            LocalDate talkDueOn,

            @Schema(description = "Einzelfallprüfung der arbeitsmarktnahen Betreuung am") @Nullable
            LocalDate reviewOn,

            @Schema(description = "letzte Rechtsfolgenbelehrung bei Reaktivierung") @Nullable
            LocalDate reactivationInstructedOn,

            @Schema(description = "Zielgruppe U25") @Nullable
            String targetGroup,

            @Schema(description = "Zielgruppe seit") @Nullable
            LocalDate targetGroupSince,

            @Schema(description = "Schulende bzw. Ausbildungsende") @Nullable
            LocalDate targetGroupKeyDate,

            @Schema(description = "Zielgruppe erneut prüfen am") @Nullable
            LocalDate targetGroupReviewOn) {}

    @Serdeable
    @Schema(name = "Ablehnungsdaten")
    public record DeclineSection(
            String reason, @Nullable String note, String declinedBy, Instant declinedAt, int policyVersion) {}

    @Serdeable
    @Schema(name = "Eskalationsdaten")
    public record EscalationSection(
            String escalatedBy,
            Instant escalatedAt,
            String statement,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable Boolean admitted,
            @Nullable String decisionNote,
            @Nullable Integer policyVersion) {}

    @Serdeable
    @Schema(name = "Aufnahmedaten")
    public record AdmissionSection(
            LocalDate admittedOn,
            String decidedBy,
            String decidedByRole,
            @Nullable LocalDate jointCaseDiscussionOn,
            String supportVariant,
            boolean overCaseloadOverride,
            int policyVersion,
            LocalDate durationStartOn,
            @Nullable LocalDate maxDurationEndsOn) {}

    @Serdeable
    @Schema(name = "Einstiegsberatung")
    public record FirstConsultationSection(
            @Nullable LocalDate dueOn,
            @Nullable LocalDate scheduledOn,
            @Nullable LocalDate heldOn,
            @Nullable LocalDate clarificationPhaseEndsOn) {}

    @Serdeable
    @Schema(name = "Vertretungsdaten")
    public record DeputySection(String deputyId, LocalDate from, LocalDate until, boolean customerAgreed) {}

    @Serdeable
    @Schema(name = "Abgangsdaten")
    public record ClosureSection(
            String reasonCode,
            boolean integration,
            LocalDate closedOn,
            String closedBy,
            @Nullable String handoverAvId,
            @Nullable LocalDate handoverOn,
            @Nullable Boolean handoverTeamLeadInvolved,
            @Nullable LocalDate afterCareUntil,
            @Nullable String note,
            @Nullable UUID successorCaseId,
            int policyVersion) {}

    static CaseView of(CaseQueries.CaseFile file) {
        return of(file.line(), file.runningMeasures(), file.aghRunning(), file.extensionUntil());
    }

    static CaseView of(CaseWithCustomer line) {
        return of(line, null, null, null);
    }

    private static CaseView of(CaseWithCustomer line, Integer running, Boolean agh, LocalDate extension) {
        BfmCase c = line.bfmCase();
        var r = c.referral();
        Decline d = c.decline();
        Escalation e = c.escalation();
        Admission a = c.admission();
        FirstConsultation f = c.firstConsultation();
        Deputy dep = c.deputy();
        Closure cl = c.closure();
        Routing ro = c.routing();
        return new CaseView(
                c.id(),
                c.status().name(),
                c.jobcenterId(),
                CustomerView.of(line.customer()),
                c.ageGroup().name(),
                c.teamId(),
                new ReferralSection(
                        r.route().name(),
                        r.reasons().stream().map(Enum::name).toList(),
                        r.note(),
                        r.referredBy(),
                        r.referredAt(),
                        r.policyVersion(),
                        r.secondaryAssignmentDueOn(),
                        r.predecessorCaseId(),
                        r.applicationOn(),
                        r.benefitDecisionOn(),
                        r.firstTalkDueOn()),
                d == null
                        ? null
                        : new DeclineSection(
                                d.reason().name(), d.note(), d.declinedBy(), d.declinedAt(), d.policyVersion()),
                e == null
                        ? null
                        : new EscalationSection(
                                e.escalatedBy(),
                                e.escalatedAt(),
                                e.statement(),
                                e.decidedBy(),
                                e.decidedAt(),
                                e.admitted(),
                                e.decisionNote(),
                                e.policyVersion()),
                a == null
                        ? null
                        : new AdmissionSection(
                                a.admittedOn(),
                                a.decidedBy(),
                                a.decidedByRole(),
                                a.jointCaseDiscussionOn(),
                                a.variant().name(),
                                a.overCaseloadOverride(),
                                a.policyVersion(),
                                a.durationStartOn(),
                                a.maxDurationEndsOn()),
                c.caseManagerId(),
                c.supportRole() == null ? null : c.supportRole().name(),
                f == null
                        ? null
                        : new FirstConsultationSection(
                                f.dueOn(), f.scheduledOn(), f.heldOn(), f.clarificationPhaseEndsOn()),
                dep == null ? null : new DeputySection(dep.deputyId(), dep.from(), dep.until(), dep.customerAgreed()),
                cl == null
                        ? null
                        : new ClosureSection(
                                cl.reasonCode(),
                                cl.integration(),
                                cl.closedOn(),
                                cl.closedBy(),
                                cl.handover() == null ? null : cl.handover().avId(),
                                cl.handover() == null ? null : cl.handover().on(),
                                cl.handover() == null ? null : cl.handover().teamLeadInvolved(),
                                cl.afterCareUntil(),
                                cl.note(),
                                cl.successorCaseId(),
                                cl.policyVersion()),
                running,
                agh,
                extension,
                ro == null
                        ? null
                        : new RoutingSection(
                                ro.segment().name(),
                                ro.handedOverOn(),
                                ro.invitationDueOn(),
                                ro.invitationSentOn(),
                                ro.talkDueOn(),
                                ro.reviewOn(),
                                ro.reactivationInstructedOn(),
                                ro.targetGroup() == null
                                        ? null
                                        : ro.targetGroup().name(),
                                ro.targetGroupSince(),
                                ro.targetGroupKeyDate(),
                                ro.targetGroupReviewOn()));
    }
}
