package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.domain.ReferralRoute;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.application.EligibilityService;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.intake.eligibility.domain.CustomerFacts;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.nonreferral.application.NonReferralService;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Vormerkung (docs/domain.md §3, §4): a referral through one of the access routes, checked against the
 * Jobcenter's policy: no exclusion may apply, and each access reason must be a satisfied path. The
 * eligibility answer is stored with the referral as its criteria snapshot.
 */
@Singleton
public class ReferralService {
    private final CaseStore store;
    private final CustomerService customers;
    private final EligibilityService eligibility;
    private final NonReferralService nonReferrals;
    private final CaseDecisions decisions;
    private final CaseEvents events;

    ReferralService(
            CaseStore store,
            CustomerService customers,
            EligibilityService eligibility,
            NonReferralService nonReferrals,
            CaseDecisions decisions,
            CaseEvents events) {
        this.store = store;
        this.customers = customers;
        this.eligibility = eligibility;
        this.nonReferrals = nonReferrals;
        this.decisions = decisions;
        this.events = events;
    }

    /**
     * A referral as the use case takes it, after input validation.
     *
     * @param customer master data of the customer
     * @param route    access route
     * @param reasons  access reasons (paths of the policy)
     * @param teamId   the FM team the referral goes to
     * @param note     justification, stays in intake
     * @param facts    the referring person's facts (the latest assessment wins where it has them)
     * @param dates    application and benefit decision, as far as known
     */
    public record Command(
            CustomerService.MasterData customer,
            ReferralRoute route,
            List<AccessReason> reasons,
            String teamId,
            String note,
            CustomerFacts facts,
            BfmCase.BenefitDates dates) {}

    /** The referred case and the eligibility answer it rests on. */
    public record Referred(CaseWithCustomer referred, Eligibility eligibility) {}

    @Transactional
    public Referred refer(CurrentUser user, Command command) {
        String jobcenterId = user.requireJobcenter();
        requireRoute(user, command.route());
        String teamId = command.teamId() != null ? command.teamId() : user.has(Roles.FM) ? user.teamId() : null;
        if (teamId == null) {
            throw new InvalidInput("teamId", "required", "Das FM-Team, an das die Vormerkung geht, fehlt.");
        }
        DecisionContext context = decisions.context(jobcenterId);
        CustomerService.MasterData data = command.customer();
        if (data.responsibleAvId() == null && user.has(Roles.AV)) {
            data = new CustomerService.MasterData(
                    data.customerNumber(),
                    data.firstName(),
                    data.lastName(),
                    data.dateOfBirth(),
                    data.householdRef(),
                    data.teamId() != null ? data.teamId() : user.teamId(),
                    user.subject());
        }
        // who may read the customer's earlier cases is decided on the customer as stored: resolving the
        // referral's master data makes the referring AV responsible
        Customer stored =
                customers.findByNumber(jobcenterId, data.customerNumber()).orElse(null);
        Customer customer = customers.resolve(jobcenterId, data);
        if (store.hasCaseInProgress(customer.id())) {
            throw new StateConflict(
                    "CASE_IN_PROGRESS",
                    "Für diese Kundennummer besteht bereits eine Vormerkung oder ein offener Fall.");
        }
        CustomerFacts facts = eligibility.facts(user, context.settings(), stored, command.facts());
        Eligibility answer = eligibility.evaluate(context.settings(), context.policyVersion(), facts, context.today());
        answer.requireAdmissible(command.reasons());
        BfmCase referred = BfmCase.refer(
                UUID.randomUUID(),
                jobcenterId,
                customer.id(),
                command.route(),
                command.reasons(),
                command.note(),
                customer.ageGroupOn(context.today()),
                teamId,
                user.subject(),
                null,
                null,
                command.dates() != null ? command.dates() : BfmCase.BenefitDates.NONE,
                context);
        store.insert(referred, eligibility.snapshot(answer));
        decisions.log(referred, user, "REFERRAL", "REFERRED", command.route().name(), null, context);
        nonReferrals.resolveByReferral(user, customer.id(), context.policyVersion(), context.now(), context.today());
        events.referred(referred);
        return new Referred(new CaseWithCustomer(referred, customer), answer);
    }

    /** The referral's criteria snapshot. */
    @Transactional
    public Eligibility snapshot(BfmCase c) {
        return store.criteriaSnapshot(c.id())
                .map(eligibility::readSnapshot)
                .orElseThrow(() -> NotFound.of("Kriterien-Snapshot"));
    }

    private static void requireRoute(CurrentUser user, ReferralRoute route) {
        if (route == ReferralRoute.RELOCATION) {
            throw new InvalidInput(
                    "route",
                    "SYSTEM_ROUTE",
                    "Übernahmen nach Umzug legt Lotse selbst an (Umzug des Falls im abgebenden Jobcenter).");
        }
        if (user.has(Roles.AV) || user.has(Roles.TL)) {
            return;
        }
        if (!(user.has(Roles.FM) && route.fmMayRefer())) {
            throw new AccessDenied(
                    "ROUTE_NOT_FOR_ROLE",
                    "Auf diesem Zugangsweg merkt die Arbeitsvermittlung vor; Fallmanager:innen nur bei Angehörigen, "
                            + "Netzwerkpartnern und gesetzlicher Betreuung.");
        }
    }
}
