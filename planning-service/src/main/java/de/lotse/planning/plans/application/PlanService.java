package de.lotse.planning.plans.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.planning.casefacts.infrastructure.CaseFactsStore;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.planning.plans.infrastructure.LetterStore;
import de.lotse.planning.plans.infrastructure.PlanStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The integration plan and its agreement (docs/domain.md §6). The FM keeps the plan as a working draft
 * (incomplete drafts are saved and say what is missing); concluding an agreement needs a complete
 * plan, freezes a copy of it and publishes {@code plan-agreed} with counts only. Every read of the
 * texts is audited.
 */
@Singleton
public class PlanService {
    private final PlanStore plans;
    private final CaseFactsStore facts;
    private final CaseWork work;
    private final PlanningPolicies policies;
    private final OutboxWriter outbox;
    private final AuditLog audit;
    private final LetterStore letters;

    PlanService(
            PlanStore plans,
            CaseFactsStore facts,
            CaseWork work,
            PlanningPolicies policies,
            OutboxWriter outbox,
            AuditLog audit,
            LetterStore letters) {
        this.letters = letters;
        this.plans = plans;
        this.facts = facts;
        this.work = work;
        this.policies = policies;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The plan with the case's needs, and the open needs still without a strategy. */
    public record PlanState(Plan plan, List<CaseNeed> needs, List<CaseNeed> needsWithoutStrategy, boolean complete) {}

    /** What the FM submits as the new state of the draft. */
    public record Draft(
            long version,
            Goal leadGoal,
            List<Goal> intermediateGoals,
            List<Strategy> strategies,
            List<KeyGroup> workingOrder,
            String orderReason,
            boolean directPlacementFirst,
            List<Step> steps) {}

    @Transactional
    public PlanState read(CurrentUser user, UUID caseId) {
        CaseReference c = work.forReading(user, caseId);
        List<CaseNeed> needs = facts.needs(caseId);
        Plan plan = plans.find(caseId).orElse(null);
        audit.record(user, "READ", "plan", caseId.toString(), caseId, CaseWork.purpose(user));
        return state(plan, needs, c);
    }

    @Transactional
    public PlanState save(CurrentUser user, UUID caseId, Draft draft) {
        CaseReference c = work.forChange(user, caseId);
        List<CaseNeed> needs = facts.needs(caseId);
        long current = plans.find(caseId).map(Plan::version).orElse(0L);
        if (current != draft.version()) {
            throw new StateConflict(
                    "PLAN_CHANGED", "Der Plan wurde inzwischen geändert (Version " + current + "). Bitte neu laden.");
        }
        Instant now = work.clock().instant();
        Plan plan = Plan.draft(
                caseId,
                c.jobcenterId(),
                draft.leadGoal(),
                draft.intermediateGoals(),
                draft.strategies(),
                draft.workingOrder(),
                draft.orderReason(),
                draft.directPlacementFirst(),
                draft.steps(),
                needs,
                user.subject(),
                now,
                draft.version());
        long version = plans.save(plan);
        Plan saved = new Plan(
                plan.caseId(),
                plan.jobcenterId(),
                plan.leadGoal(),
                plan.intermediateGoals(),
                plan.strategies(),
                plan.workingOrder(),
                plan.orderReason(),
                plan.directPlacementFirst(),
                plan.steps(),
                plan.updatedBy(),
                plan.updatedAt(),
                version);
        return state(saved, needs, c);
    }

    /**
     * Concludes the agreement on the current plan. An EinV or Kooperationsplan needs a complete plan
     * (a strategy for every open need); working without an agreement needs an allowed exception.
     */
    @Transactional
    public Agreement agree(CurrentUser user, UUID caseId, Agreement.Terms terms, String agreedByName) {
        CaseReference c = work.forChange(user, caseId);
        List<CaseNeed> needs = facts.needs(caseId);
        Plan plan = plans.find(caseId).orElse(null);
        if (!Agreement.NONE.equals(terms.type()) && plan != null) {
            plan.requireComplete(needs);
        }
        PlanningPolicy policy = policies.of(c.jobcenterId());
        LatestAssessment assessment = facts.latestAssessment(caseId).orElse(null);
        Agreement previous = plans.latestAgreement(caseId).orElse(null);
        LocalDate today = work.today();
        Agreement agreement = Agreement.conclude(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                terms,
                plan,
                previous,
                assessment,
                c.minorOn(terms.agreedOnOr(today)),
                policy,
                letters.legalForms(),
                user.subject(),
                agreedByName,
                today,
                work.clock().instant());
        plans.insert(agreement);
        int withoutStrategy = plan == null
                ? (int) needs.stream().filter(CaseNeed::open).count()
                : plan.needsWithoutStrategy(needs).size();
        outbox.append(
                c.jobcenterId(),
                caseId,
                PlanAgreed.builder()
                        .caseId(caseId)
                        .planId(agreement.id())
                        .agreementType(agreement.type())
                        .agreedOn(agreement.agreedOn())
                        .validUntil(agreement.validUntil())
                        .strategyCount(plan == null ? 0 : plan.strategies().size())
                        .needsWithoutStrategy(withoutStrategy)
                        .agreedAt(agreement.agreedAt())
                        .reviewOn(agreement.reviewOn())
                        .build());
        return agreement;
    }

    @Transactional
    public List<Agreement> agreements(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<Agreement> all = plans.agreements(caseId);
        audit.recordListOfCase(
                user, "agreement", caseId, all.stream().map(Agreement::id).toList(), CaseWork.purpose(user));
        return all;
    }

    @Transactional
    public Agreement agreement(CurrentUser user, UUID caseId, UUID agreementId) {
        CaseReference c = work.forReading(user, caseId);
        Agreement agreement =
                plans.agreement(c.jobcenterId(), caseId, agreementId).orElseThrow(() -> NotFound.of("Vereinbarung"));
        audit.record(user, "READ", "agreement", agreementId.toString(), caseId, CaseWork.purpose(user));
        return agreement;
    }

    private static PlanState state(Plan plan, List<CaseNeed> needs, CaseReference c) {
        List<CaseNeed> missing =
                plan == null ? needs.stream().filter(CaseNeed::open).toList() : plan.needsWithoutStrategy(needs);
        boolean complete = plan != null
                && plan.leadGoal() != null
                && plan.leadGoal().targetCategory() != null
                && missing.isEmpty();
        return new PlanState(plan, needs, missing, complete);
    }
}
