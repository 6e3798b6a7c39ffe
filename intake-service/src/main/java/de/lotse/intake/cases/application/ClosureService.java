package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.domain.Handover;
import de.lotse.intake.cases.domain.ReferralRoute;
import de.lotse.intake.cases.infrastructure.CaseFactsStore;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Fallabgang (docs/domain.md §8, PANKOW 4.6, TAH 4.11) with a reason from the policy's catalogue, and
 * the move to another Jobcenter: the case closes here with reason MOVED and a successor is
 * referred there, its time in case management counting on (seamless takeover, TAH 4.3). The receiving
 * Jobcenter must be known to Lotse (it has a policy version); an unknown one is refused.
 */
@Singleton
public class ClosureService {
    static final String MOVED = "MOVED";

    private final CaseStore store;
    private final CaseFactsStore facts;
    private final CaseAccess access;
    private final CaseDecisions decisions;
    private final CaseEvents events;
    private final CustomerService customers;

    ClosureService(
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

    /** A closure as the FM (or team lead) decides it. */
    public record Close(
            String reasonCode, LocalDate closedOn, Handover handover, LocalDate afterCareUntil, String note) {}

    /** The closed case and, after a move, the successor referred at the new Jobcenter. */
    public record Closed(CaseWithCustomer closed, UUID successorCaseId) {}

    @Transactional
    public Closed close(CurrentUser user, UUID caseId, Close command) {
        BfmCase c = access.load(user, caseId);
        access.requireResponsible(user, c, decisions.today());
        c.requireClosable();
        DecisionContext context = decisions.context(c.jobcenterId());
        LocalDate closedOn = command.closedOn() != null ? command.closedOn() : context.today();
        boolean noReason = command.reasonCode() == null || command.reasonCode().isBlank();
        Optional<ClosureReason> known =
                noReason ? Optional.empty() : context.settings().closureReason(command.reasonCode());
        if (known.isEmpty()) {
            // the reason's own rules need a reason; the day's rule is told at once all the same
            List<RuleViolation.Broken> broken = new ArrayList<>();
            broken.add(
                    noReason
                            ? new RuleViolation.Broken(
                                    "reasonCode", "REASON_REQUIRED", "Bitte einen Abgangsgrund wählen.")
                            : new RuleViolation.Broken(
                                    "reasonCode",
                                    "CLOSURE_REASON_NOT_IN_CATALOGUE",
                                    "Diesen Abgangsgrund sieht die Richtlinie dieses Jobcenters nicht vor. Bitte einen Grund aus der Liste wählen."));
            broken.addAll(c.closeDateViolations(closedOn, context));
            throw new RuleViolation(broken);
        }
        ClosureReason reason = known.get();
        BfmCase closed = store.update(c.close(
                reason,
                closedOn,
                user.subject(),
                command.handover(),
                command.afterCareUntil(),
                command.note(),
                facts.aghRunning(c.id(), closedOn),
                null,
                context));
        decisions.log(closed, user, "CLOSURE", "CLOSED", reason.code(), command.note(), context);
        events.closed(closed);
        return new Closed(new CaseWithCustomer(closed, customers.require(c.jobcenterId(), c.customerId())), null);
    }

    /**
     * The customer moved into another Jobcenter's area: the case closes here (MOVED) and is referred
     * there on the route RELOCATION, with the same access reasons and criteria snapshot, for the
     * receiving team's FM to take over. The maximum duration keeps counting from the first admission.
     */
    @Transactional
    public Closed relocate(CurrentUser user, UUID caseId, String toJobcenterId, String toTeamId, String note) {
        BfmCase c = access.load(user, caseId);
        access.requireResponsible(user, c, decisions.today());
        c.requireClosable();
        if (toJobcenterId.equals(c.jobcenterId())) {
            throw new RuleViolation(
                    "toJobcenterId",
                    "SAME_JOBCENTER",
                    "Ein Wechsel des Standorts im eigenen Jobcenter ist kein Umzug in ein anderes Jobcenter: bitte als Übergabe wegen Wohnortwechsel erfassen.");
        }
        // the target must be known before anything is written there (customer, case, decision log); a
        // relocation never stores a policy version for it (that would make any typo a "Jobcenter")
        DecisionContext thereContext = decisions.contextOfKnown(toJobcenterId, "toJobcenterId");
        DecisionContext here = decisions.context(c.jobcenterId());
        ClosureReason moved = here.settings()
                .closureReason(MOVED)
                .orElse(new ClosureReason(MOVED, "Umzug", false, false, false, false));
        UUID successorId = UUID.randomUUID();
        BfmCase closing = c.close(moved, here.today(), user.subject(), null, null, note, false, successorId, here);
        Customer customer = customers.require(c.jobcenterId(), c.customerId());
        Customer there = customers.atJobcenter(customer, toJobcenterId, null);
        if (store.hasCaseInProgress(there.id())) {
            throw new StateConflict(
                    "CASE_IN_PROGRESS",
                    "Im aufnehmenden Jobcenter besteht bereits eine Vormerkung oder ein Fall für diese Kundennummer.");
        }
        BfmCase successor = BfmCase.refer(
                successorId,
                toJobcenterId,
                there.id(),
                ReferralRoute.RELOCATION,
                c.referral().reasons(),
                null,
                there.ageGroupOn(thereContext.today()),
                toTeamId,
                user.subject(),
                c.id(),
                c.admission().durationStartOn(),
                BfmCase.BenefitDates.NONE,
                thereContext);
        BfmCase closed = store.update(closing);
        store.insert(successor, store.criteriaSnapshot(c.id()).orElse(null));
        decisions.log(closed, user, "CLOSURE", "CLOSED", MOVED, note, here);
        decisions.log(successor, user, "REFERRAL", "REFERRED", ReferralRoute.RELOCATION.name(), null, thereContext);
        events.closed(closed);
        events.referred(successor);
        return new Closed(new CaseWithCustomer(closed, customer), successor.id());
    }
}
