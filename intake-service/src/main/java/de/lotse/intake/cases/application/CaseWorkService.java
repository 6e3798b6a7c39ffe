package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.cases.domain.U25TargetGroup;
import de.lotse.intake.cases.infrastructure.CaseFactsStore;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Assignment and deadlines of an open case (docs/domain.md §3, TAH 4.3, 4.9): the first consultation
 * and the switch to primary support, absence deputies, reassignment by the team lead, and
 * transfers within the Jobcenter (U25→Ü25, relocation, reorganisation).
 */
@Singleton
public class CaseWorkService {
    private final CaseStore store;
    private final CaseFactsStore facts;
    private final CaseAccess access;
    private final CaseDecisions decisions;
    private final CaseEvents events;
    private final CustomerService customers;

    CaseWorkService(
            CaseStore store,
            CaseFactsStore facts,
            CaseAccess access,
            CaseDecisions decisions,
            CaseEvents events,
            CustomerService customers) {
        this.store = store;
        this.facts = facts;
        this.access = access;
        this.decisions = decisions;
        this.events = events;
        this.customers = customers;
    }

    /** A transfer within the Jobcenter. */
    public record Transfer(
            TransferKind kind,
            String toTeamId,
            String toCaseManagerId,
            boolean despiteRunningMeasures,
            boolean overrideCaseloadRatio,
            String note) {}

    /** The appointment for the first consultation; no event (an appointment is working data, not a state change). */
    @Transactional
    public CaseWithCustomer scheduleFirstConsultation(CurrentUser user, UUID caseId, LocalDate on) {
        BfmCase c = loadResponsible(user, caseId);
        return withCustomer(store.update(c.scheduleFirstConsultation(on)));
    }

    @Transactional
    public CaseWithCustomer recordFirstConsultation(CurrentUser user, UUID caseId, LocalDate heldOn) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase active = store.update(c.recordFirstConsultation(heldOn != null ? heldOn : context.today(), context));
        decisions.log(active, user, "FIRST_CONSULTATION", active.supportRole().name(), null, null, context);
        events.firstConsultationHeld(active, context.policyVersion(), context.now());
        return withCustomer(active);
    }

    @Transactional
    public CaseWithCustomer assignDeputy(
            CurrentUser user, UUID caseId, String deputyId, LocalDate from, LocalDate until, boolean customerAgreed) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase withDeputy = store.update(
                c.assignDeputy(deputyId, from != null ? from : context.today(), until, customerAgreed, context));
        decisions.log(withDeputy, user, "DEPUTY", deputyId, customerAgreed ? "CUSTOMER_AGREED" : null, null, context);
        events.deputy(withDeputy, true, context.policyVersion(), context.now());
        return withCustomer(withDeputy);
    }

    @Transactional
    public CaseWithCustomer endDeputy(CurrentUser user, UUID caseId) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase ended = store.update(c.endDeputy(context));
        decisions.log(ended, user, "DEPUTY_END", ended.deputy().deputyId(), null, null, context);
        events.deputy(ended, false, context.policyVersion(), context.now());
        return withCustomer(ended);
    }

    /** The team lead gives the case to another FM of the team. */
    @Transactional
    public CaseWithCustomer reassign(
            CurrentUser teamLead, UUID caseId, String caseManagerId, boolean overrideCaseloadRatio, String note) {
        BfmCase c = access.load(teamLead, caseId);
        access.requireTeamLead(teamLead, c);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase reassigned = c.reassign(caseManagerId);
        boolean override =
                decisions.requireCaseloadRoom(teamLead, c, caseManagerId, overrideCaseloadRatio, note, context);
        reassigned = store.update(reassigned);
        decisions.log(reassigned, teamLead, "REASSIGNMENT", caseManagerId, null, note, context);
        events.reassigned(reassigned, c.caseManagerId(), override, context.policyVersion(), context.now());
        endRemovedDeputy(teamLead, c, reassigned, "REASSIGNMENT", context);
        return withCustomer(reassigned);
    }

    @Transactional
    public CaseWithCustomer transfer(CurrentUser user, UUID caseId, Transfer command) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        Customer customer = customers.require(c.jobcenterId(), c.customerId());
        int running = facts.runningMeasures(c.id(), context.today());
        boolean noNote = command.note() == null || command.note().isBlank();
        if (command.despiteRunningMeasures() && noNote) {
            throw new RuleViolation(
                    "note", "NOTE_REQUIRED", "Ein Übergang trotz laufender Maßnahmen ist zu begründen.");
        }
        if (command.kind() == TransferKind.MARKET_FAR_HANDBACK && noNote) {
            // UCKERMARK 4.2, 6.6: a reasoned, documented decision that binds the receiving FM
            throw new RuleViolation(
                    "note",
                    "NOTE_REQUIRED",
                    "Die Beendigung der arbeitsmarktnahen Betreuung ist zu"
                            + " begründen; die Begründung bindet das Fallmanagement für arbeitsmarktferne Kundinnen und Kunden.");
        }
        BfmCase transferred = c.transfer(
                command.kind(),
                command.toTeamId(),
                command.toCaseManagerId(),
                customer.dateOfBirth(),
                running,
                command.despiteRunningMeasures(),
                facts.category(c.id()).categoryCode(),
                context);
        boolean override = !command.toCaseManagerId().equals(c.caseManagerId())
                && decisions.requireCaseloadRoom(
                        user,
                        c,
                        transferred.ageGroup(),
                        command.toCaseManagerId(),
                        command.overrideCaseloadRatio(),
                        command.note(),
                        context);
        transferred = store.update(transferred);
        decisions.log(transferred, user, "TRANSFER", command.kind().name(), null, command.note(), context);
        events.transferred(c, transferred, command.kind(), running, override, context.policyVersion(), context.now());
        endRemovedDeputy(user, c, transferred, "TRANSFER", context);
        return new CaseWithCustomer(transferred, customer);
    }

    /**
     * The benefit decision (Bewilligung) as the benefits officer reported it: where the policy says so, the first
     * talk is due within its deadline (docs/domain.md §18.2, §18.3). The AV, the responsible FM or the team lead
     * records it.
     */
    @Transactional
    public CaseWithCustomer recordBenefitDecision(CurrentUser user, UUID caseId, LocalDate decidedOn) {
        BfmCase c = access.load(user, caseId);
        if (!user.has(Roles.AV)) {
            access.requireResponsible(user, c, decisions.today());
        }
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase decided = store.update(c.recordBenefitDecision(decidedOn, context));
        decisions.log(decided, user, "BENEFIT_DECISION", decidedOn.toString(), null, null, context);
        return withCustomer(decided);
    }

    /** The market-near FM's written invitation to the first talk after the handover (UCKERMARK 4.2). */
    @Transactional
    public CaseWithCustomer recordMarketNearInvitation(CurrentUser user, UUID caseId, LocalDate sentOn) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase invited =
                store.update(c.recordMarketNearInvitation(sentOn != null ? sentOn : context.today(), context));
        decisions.log(
                invited,
                user,
                "MARKET_NEAR_INVITATION",
                invited.routing().invitationSentOn().toString(),
                null,
                null,
                context);
        return withCustomer(invited);
    }

    /**
     * The market-near FM's individual assessment that the support goes on (UCKERMARK 4.2, 6.6): reasoned, with the
     * next review date; ending it is the handback transfer.
     */
    @Transactional
    public CaseWithCustomer continueMarketNear(CurrentUser user, UUID caseId, String note) {
        BfmCase c = loadResponsible(user, caseId);
        if (note == null || note.isBlank()) {
            throw new RuleViolation(
                    "note",
                    "NOTE_REQUIRED",
                    "Die Entscheidung, die arbeitsmarktnahe Betreuung"
                            + " fortzuführen, ist im Einzelfall zu begründen.");
        }
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase continued = store.update(c.continueMarketNear(context));
        decisions.log(
                continued,
                user,
                "MARKET_NEAR_REVIEW",
                "CONTINUE",
                continued.routing().reviewOn().toString(),
                note,
                context);
        return withCustomer(continued);
    }

    /** The full instruction on legal consequences given on reactivation from X, Y or Z (UCKERMARK 4.1.1, 5.1). */
    @Transactional
    public CaseWithCustomer recordReactivationInstruction(CurrentUser user, UUID caseId, LocalDate givenOn) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase instructed = store.update(c.recordReactivationInstruction(
                givenOn != null ? givenOn : context.today(),
                facts.category(c.id()).reactivatedOn(),
                context));
        decisions.log(
                instructed,
                user,
                "REACTIVATION_INSTRUCTION",
                instructed.routing().reactivationInstructedOn().toString(),
                null,
                null,
                context);
        return withCustomer(instructed);
    }

    /** The FM U25 records a young customer's target group (UCKERMARK 5.2). */
    @Transactional
    public CaseWithCustomer assignU25TargetGroup(
            CurrentUser user, UUID caseId, U25TargetGroup group, LocalDate keyDate) {
        BfmCase c = loadResponsible(user, caseId);
        DecisionContext context = decisions.context(c.jobcenterId());
        BfmCase assigned = store.update(c.assignU25TargetGroup(group, keyDate, context));
        decisions.log(assigned, user, "U25_TARGET_GROUP", group.name(), null, null, context);
        return withCustomer(assigned);
    }

    /**
     * A change that removed a deputy still standing in ends the deputyship like {@link #endDeputy}
     * does: recorded, and announced once, so that no service keeps granting the former deputy access.
     */
    private void endRemovedDeputy(
            CurrentUser user, BfmCase before, BfmCase after, String cause, DecisionContext context) {
        before.deputyRemovedBy(after, context.today()).ifPresent(ended -> {
            decisions.log(after, user, "DEPUTY_END", ended.deputyId(), cause, null, context);
            events.deputyRemoved(after, ended, before.caseManagerId(), context.policyVersion(), context.now());
        });
    }

    private BfmCase loadResponsible(CurrentUser user, UUID caseId) {
        BfmCase c = access.load(user, caseId);
        access.requireResponsible(user, c, decisions.today());
        return c;
    }

    private CaseWithCustomer withCustomer(BfmCase c) {
        return new CaseWithCustomer(c, customers.require(c.jobcenterId(), c.customerId()));
    }
}
