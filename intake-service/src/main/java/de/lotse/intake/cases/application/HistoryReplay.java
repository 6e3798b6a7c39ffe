package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.AdmissionDecision;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.domain.DeclineReason;
import de.lotse.intake.cases.domain.Handover;
import de.lotse.intake.cases.domain.ReferralRoute;
import de.lotse.intake.cases.domain.SupportVariant;
import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.cases.infrastructure.CaseFactsStore;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.intake.policy.application.PolicyService;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A case's history as another system recorded it, replayed step by step (docs/import.md): each step goes
 * through the same domain rules as a decision made on its day — that day is "today", the policy is the version in
 * force then (docs/domain.md §11.1) — and writes the same decision log entries and events, which carry the
 * historical dates. Two checks of a live decision do not apply: who may decide (the importing administrator
 * records what the named person decided) and the caseload ratio (the caseloads of that time are not known; an
 * admission that happened is a fact).
 */
@Singleton
public class HistoryReplay {
    /** The hour a replayed step is stamped with on its day; steps of one day follow each other by a minute. */
    private static final LocalTime STEP_TIME = LocalTime.of(9, 0);

    private final CaseStore store;
    private final CaseFactsStore facts;
    private final CaseDecisions decisions;
    private final CaseEvents events;
    private final CustomerService customers;

    HistoryReplay(
            CaseStore store,
            CaseFactsStore facts,
            CaseDecisions decisions,
            CaseEvents events,
            CustomerService customers) {
        this.store = store;
        this.facts = facts;
        this.decisions = decisions;
        this.events = events;
        this.customers = customers;
    }

    /** One step of a case's history, with the day it happened on and the part of the record it comes from. */
    public sealed interface Step
            permits Referral, Admission, FirstConsultation, Reassignment, DeputyPeriod, Transfer, Closure {
        LocalDate on();

        /** Where the step stands in an import record ({@code admission}, {@code assignments[2]}). */
        String field();
    }

    /**
     * The referral (Vormerkung).
     *
     * @param referredBy the referring person's subject
     */
    public record Referral(
            ReferralRoute route,
            LocalDate on,
            String referredBy,
            String teamId,
            List<AccessReason> reasons,
            String note,
            LocalDate applicationOn,
            LocalDate benefitDecisionOn)
            implements Step {
        @Override
        public String field() {
            return "referral";
        }
    }

    /** Admitted (the deciding FM takes the case) or declined with a reason. */
    public record Admission(
            boolean admitted,
            LocalDate on,
            String decidedBy,
            boolean customerWilling,
            SupportVariant variant,
            LocalDate jointCaseDiscussionOn,
            DeclineReason declineReason,
            String note)
            implements Step {
        @Override
        public String field() {
            return "admission";
        }
    }

    /** The Einstiegsberatung took place. */
    public record FirstConsultation(LocalDate on) implements Step {
        @Override
        public String field() {
            return "firstConsultation";
        }
    }

    /** Another FM took the case over. */
    public record Reassignment(String field, LocalDate on, String caseManagerId) implements Step {}

    /** A deputy stood in from {@code on} to {@code until}. */
    public record DeputyPeriod(String field, LocalDate on, String deputyId, LocalDate until, boolean customerAgreed)
            implements Step {}

    /**
     * The case went to another team and FM of the Jobcenter (docs/domain.md §3.8): U25 to Ü25, a move within the
     * Jobcenter or a reorganisation. The handovers between the market-near and market-far FM are not replayed: they
     * depend on the assessment's category, which the assessment service takes over only after intake's part.
     */
    public record Transfer(
            String field,
            LocalDate on,
            TransferKind kind,
            String teamId,
            String caseManagerId,
            boolean despiteRunningMeasures,
            String note)
            implements Step {}

    /** The case was closed. */
    public record Closure(
            LocalDate on, String reasonCode, String closedBy, Handover handover, LocalDate afterCareUntil, String note)
            implements Step {
        @Override
        public String field() {
            return "closure";
        }
    }

    /**
     * A case's intake history: who the customer is and what happened, in any order — the replay orders the steps
     * by day (the referral first, the closure last).
     */
    public record History(
            String jobcenterId, UUID caseId, CustomerService.MasterData customer, String sourceNote, List<Step> steps) {

        /**
         * The steps in the order they happened; the referral always first and the closure always last, so that a
         * day out of order is refused by the rule it breaks (an admission before its referral) rather than by
         * the order.
         */
        public List<Step> ordered() {
            List<Step> ordered = new ArrayList<>(steps);
            ordered.sort(
                    Comparator.comparing((Step step) -> step instanceof Referral ? 0 : step instanceof Closure ? 2 : 1)
                            .thenComparing(Step::on)
                            .thenComparing(HistoryReplay::rank));
            return ordered;
        }
    }

    /** The order of steps on one day: a case is referred, decided and consulted before anything else happens. */
    private static int rank(Step step) {
        if (step instanceof Referral) {
            return 0;
        }
        if (step instanceof Admission) {
            return 1;
        }
        if (step instanceof FirstConsultation) {
            return 2;
        }
        return step instanceof Closure ? 9 : 5;
    }

    /**
     * Replays {@code steps} (in the order given) onto the case: from the first, a new case; later steps continue
     * the stored case. A broken rule names the step's field ({@code closure.reasonCode}) and nothing is kept
     * (the caller's transaction).
     */
    @Transactional
    public BfmCase replay(History history, List<Step> steps) {
        BfmCase c = store.find(history.jobcenterId(), history.caseId()).orElse(null);
        int minute = 0;
        for (Step step : steps) {
            try {
                c = apply(history, c, step, minute++);
            } catch (RuleViolation violation) {
                throw new RuleViolation(violation.broken().stream()
                        .map(b -> new RuleViolation.Broken(step.field() + "." + b.field(), b.rule(), b.message()))
                        .toList());
            } catch (StateConflict conflict) {
                throw new RuleViolation(step.field(), conflict.rule(), conflict.getMessage());
            }
        }
        return c;
    }

    private BfmCase apply(History history, BfmCase c, Step step, int minute) {
        Instant at = step.on()
                .atTime(STEP_TIME.plusMinutes(minute))
                .atZone(PolicyService.BERLIN)
                .toInstant();
        DecisionContext context = decisions.contextOn(history.jobcenterId(), step.on(), at, "on");
        if (c == null && !(step instanceof Referral)) {
            throw new RuleViolation("on", "REFERRAL_FIRST", "Ein Fall beginnt mit der Vormerkung.");
        }
        if (step instanceof Referral r) {
            return refer(history, r, context);
        }
        if (step instanceof Admission a) {
            return a.admitted() ? admit(c, a, context) : decline(c, a, context);
        }
        if (step instanceof FirstConsultation f) {
            return firstConsultation(c, f, context);
        }
        if (step instanceof Reassignment r) {
            return reassign(c, r, context);
        }
        if (step instanceof DeputyPeriod d) {
            return deputy(c, d, context);
        }
        if (step instanceof Transfer t) {
            return transfer(c, t, context);
        }
        return close(c, (Closure) step, context);
    }

    private BfmCase refer(History history, Referral r, DecisionContext context) {
        if (store.find(history.jobcenterId(), history.caseId()).isPresent()) {
            throw new StateConflict("CASE_EXISTS", "Dieser Fall ist bereits übernommen.");
        }
        Customer customer = customers.resolve(history.jobcenterId(), history.customer());
        if (store.hasCaseInProgress(customer.id())) {
            throw new StateConflict(
                    "CASE_IN_PROGRESS",
                    "Für diese Kundennummer besteht in Lotse bereits eine Vormerkung oder ein offener Fall.");
        }
        BfmCase referred = BfmCase.refer(
                history.caseId(),
                history.jobcenterId(),
                customer.id(),
                r.route(),
                r.reasons(),
                r.note(),
                customer.ageGroupOn(r.on()),
                r.teamId(),
                r.referredBy(),
                null,
                null,
                new BfmCase.BenefitDates(r.applicationOn(), r.benefitDecisionOn()),
                context);
        // no criteria snapshot: the source system's assessment of the criteria is not part of the record
        store.insert(referred, null);
        decisions.log(
                referred,
                r.referredBy(),
                r.route().fmMayRefer() ? Roles.FM : Roles.AV,
                "REFERRAL",
                "REFERRED",
                r.route().name(),
                history.sourceNote(),
                context);
        events.referred(referred);
        return referred;
    }

    private BfmCase admit(BfmCase c, Admission a, DecisionContext context) {
        BfmCase admitted = store.update(c.admit(
                new AdmissionDecision(
                        a.decidedBy(),
                        Roles.FM,
                        a.decidedBy(),
                        a.customerWilling(),
                        a.on(),
                        a.jointCaseDiscussionOn(),
                        a.variant(),
                        false),
                context));
        decisions.log(admitted, a.decidedBy(), Roles.FM, "ADMISSION", "ADMITTED", null, a.note(), context);
        events.opened(admitted, customers.require(c.jobcenterId(), c.customerId()));
        return admitted;
    }

    private BfmCase decline(BfmCase c, Admission a, DecisionContext context) {
        if (a.declineReason() == null) {
            throw new RuleViolation("declineReason", "required", "Bei einer Ablehnung fehlt der Grund.");
        }
        BfmCase declined = store.update(c.decline(a.decidedBy(), a.declineReason(), a.note(), context));
        decisions.log(
                declined,
                a.decidedBy(),
                Roles.FM,
                "ADMISSION",
                "DECLINED",
                a.declineReason().name(),
                a.note(),
                context);
        events.decided(
                declined, "DECLINED", a.declineReason().name(), Roles.FM, context.policyVersion(), context.now());
        return declined;
    }

    private BfmCase firstConsultation(BfmCase c, FirstConsultation f, DecisionContext context) {
        BfmCase active = store.update(c.recordFirstConsultation(f.on(), context));
        decisions.log(
                active,
                c.caseManagerId(),
                Roles.FM,
                "FIRST_CONSULTATION",
                active.supportRole().name(),
                null,
                null,
                context);
        events.firstConsultationHeld(active, context.policyVersion(), context.now());
        return active;
    }

    private BfmCase reassign(BfmCase c, Reassignment r, DecisionContext context) {
        BfmCase reassigned = store.update(c.reassign(r.caseManagerId()));
        decisions.log(reassigned, r.caseManagerId(), Roles.FM, "REASSIGNMENT", r.caseManagerId(), null, null, context);
        events.reassigned(reassigned, c.caseManagerId(), false, context.policyVersion(), context.now());
        endRemovedDeputy(c, reassigned, r.caseManagerId(), "REASSIGNMENT", context);
        return reassigned;
    }

    /**
     * As {@link CaseWorkService#transfer} decides it on its day, by the FM who had the case, except the caseload
     * ratio (see the class comment). The running measures are those intake knows from planning's events: none yet
     * when a case is taken over for the first time, since planning's part follows intake's.
     */
    private BfmCase transfer(BfmCase c, Transfer t, DecisionContext context) {
        if (t.kind() == TransferKind.MARKET_NEAR_HANDOVER || t.kind() == TransferKind.MARKET_FAR_HANDBACK) {
            throw new RuleViolation(
                    "transferKind",
                    "TRANSFER_KIND_NOT_IMPORTED",
                    "Übergaben zwischen dem Fallmanagement für arbeitsmarktnahe und arbeitsmarktferne Kundinnen und"
                            + " Kunden werden nicht übernommen.");
        }
        if (t.despiteRunningMeasures() && (t.note() == null || t.note().isBlank())) {
            throw new RuleViolation(
                    "note", "NOTE_REQUIRED", "Ein Übergang trotz laufender Maßnahmen ist zu begründen.");
        }
        Customer customer = customers.require(c.jobcenterId(), c.customerId());
        int running = facts.runningMeasures(c.id(), t.on());
        BfmCase transferred = store.update(c.transfer(
                t.kind(),
                t.teamId(),
                t.caseManagerId(),
                customer.dateOfBirth(),
                running,
                t.despiteRunningMeasures(),
                null,
                context));
        String by = c.caseManagerId() != null ? c.caseManagerId() : t.caseManagerId();
        decisions.log(transferred, by, Roles.FM, "TRANSFER", t.kind().name(), null, t.note(), context);
        events.transferred(c, transferred, t.kind(), running, false, context.policyVersion(), context.now());
        endRemovedDeputy(c, transferred, by, "TRANSFER", context);
        return transferred;
    }

    /** As on the live path: a deputy who stood in for the previous assignment ends with it (BfmCase#deputyRemovedBy). */
    private void endRemovedDeputy(BfmCase before, BfmCase after, String by, String cause, DecisionContext context) {
        before.deputyRemovedBy(after, context.today()).ifPresent(ended -> {
            decisions.log(after, by, Roles.FM, "DEPUTY_END", ended.deputyId(), cause, null, context);
            events.deputyRemoved(after, ended, before.caseManagerId(), context.policyVersion(), context.now());
        });
    }

    private BfmCase deputy(BfmCase c, DeputyPeriod d, DecisionContext context) {
        BfmCase withDeputy = store.update(c.assignDeputy(d.deputyId(), d.on(), d.until(), d.customerAgreed(), context));
        decisions.log(
                withDeputy,
                c.caseManagerId(),
                Roles.FM,
                "DEPUTY",
                d.deputyId(),
                d.customerAgreed() ? "CUSTOMER_AGREED" : null,
                null,
                context);
        events.deputy(withDeputy, true, context.policyVersion(), context.now());
        return withDeputy;
    }

    private BfmCase close(BfmCase c, Closure closure, DecisionContext context) {
        c.requireClosable();
        ClosureReason reason = context.settings()
                .closureReason(closure.reasonCode())
                .orElseThrow(() -> new RuleViolation(
                        "reasonCode",
                        "CLOSURE_REASON_NOT_IN_CATALOGUE",
                        "Diesen Abgangsgrund sah die Richtlinie des Jobcenters an diesem Tag nicht vor."));
        BfmCase closed = store.update(c.close(
                reason,
                closure.on(),
                closure.closedBy(),
                closure.handover(),
                closure.afterCareUntil(),
                closure.note(),
                facts.aghRunning(c.id(), closure.on()),
                null,
                context));
        decisions.log(
                closed, closure.closedBy(), Roles.FM, "CLOSURE", "CLOSED", reason.code(), closure.note(), context);
        events.closed(closed);
        return closed;
    }
}
