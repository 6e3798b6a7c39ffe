package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.AdmissionDecision;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.domain.DeclineReason;
import de.lotse.intake.cases.domain.SupportVariant;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The admission decision (docs/domain.md §3, PANKOW 4.3, TAH 4.1): the FM of the case's team admits —
 * with the customer's willingness — or declines with a reason; the referring AV may take a decline
 * to the team lead, whose decision is final. Admitting beyond the policy's caseload ratio needs the
 * team lead's permission.
 */
@Singleton
public class AdmissionService {
    private final CaseStore store;
    private final CaseAccess access;
    private final CaseDecisions decisions;
    private final CaseEvents events;
    private final CustomerService customers;

    AdmissionService(
            CaseStore store, CaseAccess access, CaseDecisions decisions, CaseEvents events, CustomerService customers) {
        this.store = store;
        this.access = access;
        this.decisions = decisions;
        this.events = events;
        this.customers = customers;
    }

    /** The FM's admission: the admitting FM takes the case. */
    public record Admit(
            boolean customerWilling,
            LocalDate admittedOn,
            LocalDate jointCaseDiscussionOn,
            SupportVariant variant,
            String note) {}

    /** The team lead's decision on an escalation. */
    public record Decide(
            boolean admit,
            String note,
            String caseManagerId,
            Boolean customerWilling,
            LocalDate jointCaseDiscussionOn,
            SupportVariant variant,
            boolean overrideCaseloadRatio) {}

    @Transactional
    public CaseWithCustomer admit(CurrentUser fm, UUID caseId, Admit command) {
        BfmCase c = access.load(fm, caseId);
        access.requireTeamCaseManager(fm, c);
        DecisionContext context = decisions.context(c.jobcenterId());
        requireReferred(c);
        boolean override = decisions.requireCaseloadRoom(fm, c, fm.subject(), false, null, context);
        BfmCase admitted = store.update(c.admit(
                new AdmissionDecision(
                        fm.subject(),
                        Roles.FM,
                        fm.subject(),
                        command.customerWilling(),
                        command.admittedOn(),
                        command.jointCaseDiscussionOn(),
                        command.variant(),
                        override),
                context));
        decisions.log(admitted, fm, "ADMISSION", "ADMITTED", null, command.note(), context);
        CaseWithCustomer result = withCustomer(admitted);
        events.opened(admitted, result.customer());
        return result;
    }

    @Transactional
    public CaseWithCustomer decline(CurrentUser fm, UUID caseId, DeclineReason reason, String note) {
        BfmCase c = access.load(fm, caseId);
        access.requireTeamCaseManager(fm, c);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase declined = store.update(c.decline(fm.subject(), reason, note, context));
        decisions.log(declined, fm, "ADMISSION", "DECLINED", reason.name(), note, context);
        events.decided(declined, "DECLINED", reason.name(), Roles.FM, context.policyVersion(), context.now());
        return withCustomer(declined);
    }

    @Transactional
    public CaseWithCustomer escalate(CurrentUser av, UUID caseId, String statement) {
        BfmCase c = access.load(av, caseId);
        access.requireReferringAv(av, c);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase escalated = c.escalate(av.subject(), statement, context);
        if (store.hasCaseInProgress(c.customerId())) {
            throw new StateConflict(
                    "CASE_IN_PROGRESS",
                    "Für die Kundin / den Kunden läuft inzwischen eine andere Vormerkung oder ein Fall.");
        }
        escalated = store.update(escalated);
        decisions.log(
                escalated, av, "ESCALATION", "ESCALATED", c.decline().reason().name(), statement, context);
        events.decided(
                escalated, "ESCALATED", c.decline().reason().name(), Roles.AV, context.policyVersion(), context.now());
        return withCustomer(escalated);
    }

    @Transactional
    public CaseWithCustomer decideEscalation(CurrentUser teamLead, UUID caseId, Decide command) {
        BfmCase c = access.load(teamLead, caseId);
        access.requireTeamLead(teamLead, c);
        DecisionContext context = decisions.context(c.jobcenterId());
        if (!command.admit()) {
            BfmCase rejected =
                    store.update(c.decideEscalation(teamLead.subject(), false, command.note(), null, context));
            decisions.log(
                    rejected,
                    teamLead,
                    "ESCALATION_DECISION",
                    "NOT_ADMITTED",
                    c.decline().reason().name(),
                    command.note(),
                    context);
            events.decided(
                    rejected,
                    "ESCALATION_DECLINED",
                    c.decline().reason().name(),
                    Roles.TL,
                    context.policyVersion(),
                    context.now());
            return withCustomer(rejected);
        }
        if (c.status() != CaseStatus.ESCALATED) {
            throw new StateConflict("CASE_NOT_ESCALATED", "Es liegt keine offene Eskalation vor.");
        }
        if (command.caseManagerId() == null || command.caseManagerId().isBlank()) {
            throw new InvalidInput(
                    "caseManagerId",
                    "required",
                    "Für die Aufnahme nennt die Teamleitung die Fachkraft, die den Fall übernimmt.");
        }
        boolean override = decisions.requireCaseloadRoom(
                teamLead, c, command.caseManagerId(), command.overrideCaseloadRatio(), command.note(), context);
        BfmCase admitted = store.update(c.decideEscalation(
                teamLead.subject(),
                true,
                command.note(),
                new AdmissionDecision(
                        teamLead.subject(),
                        Roles.TL,
                        command.caseManagerId(),
                        Boolean.TRUE.equals(command.customerWilling()),
                        null,
                        command.jointCaseDiscussionOn(),
                        command.variant(),
                        override),
                context));
        decisions.log(admitted, teamLead, "ESCALATION_DECISION", "ADMITTED", null, command.note(), context);
        CaseWithCustomer result = withCustomer(admitted);
        events.opened(admitted, result.customer());
        return result;
    }

    /** The team lead allows an FM to take this case beyond the caseload ratio. */
    @Transactional
    public void allowOverCaseload(CurrentUser teamLead, UUID caseId, String caseManagerId, String reason) {
        BfmCase c = access.load(teamLead, caseId);
        access.requireTeamLead(teamLead, c);
        if (c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.NOT_ADMITTED) {
            throw new StateConflict("CASE_ENDED", "Der Fall ist abgeschlossen.");
        }
        decisions.grantOverride(teamLead, c, caseManagerId, reason, decisions.context(c.jobcenterId()));
    }

    private static void requireReferred(BfmCase c) {
        if (c.status() != CaseStatus.REFERRED) {
            throw new StateConflict("CASE_NOT_REFERRED", "Nur vorgemerkte Fälle können aufgenommen werden.");
        }
    }

    private CaseWithCustomer withCustomer(BfmCase c) {
        return new CaseWithCustomer(c, customers.require(c.jobcenterId(), c.customerId()));
    }
}
