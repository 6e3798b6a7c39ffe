package de.lotse.planning.plans.api;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.plans.application.PlanService;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.Strategy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Answers of the plan API. */
final class PlanViews {
    private PlanViews() {}

    @Serdeable
    @Schema(
            name = "Handlungsbedarf",
            description = "Bedarf aus dem Assessment (gesundheitsbezogene als HEALTH_RELATED)")
    record NeedView(UUID needId, String keyGroup, String code, String status) {
        static NeedView of(CaseNeed n) {
            return new NeedView(n.needId(), n.keyGroup().name(), n.code(), n.status());
        }
    }

    @Serdeable
    @Schema(name = "ZielAnsicht")
    record GoalView(
            UUID id,
            String text,
            @Nullable String targetCategory,
            @Nullable LocalDate targetDate) {
        static GoalView of(Goal g) {
            return g == null
                    ? null
                    : new GoalView(
                            g.id(),
                            g.text(),
                            g.targetCategory() == null
                                    ? null
                                    : g.targetCategory().name(),
                            g.targetDate());
        }
    }

    @Serdeable
    @Schema(name = "StrategieAnsicht")
    record StrategyView(
            UUID id,
            UUID needId,
            String keyGroup,
            String text,
            @Nullable UUID intermediateGoalId) {
        static StrategyView of(Strategy s) {
            return new StrategyView(s.id(), s.needId(), s.keyGroup().name(), s.text(), s.intermediateGoalId());
        }
    }

    @Serdeable
    @Schema(name = "SchrittAnsicht")
    record StepView(
            UUID id,
            @Nullable UUID strategyId,
            String text,
            String owner,
            @Nullable UUID partnerId,
            @Nullable LocalDate dueOn,
            boolean done) {
        static StepView of(Step s) {
            return new StepView(s.id(), s.strategyId(), s.text(), s.owner().name(), s.partnerId(), s.dueOn(), s.done());
        }
    }

    @Serdeable
    @Schema(
            name = "PlanAnsicht",
            description = "Der Plan mit den Bedarfen des Falls; unvollständig, solange ein offener "
                    + "Bedarf keine Strategie hat")
    record PlanView(
            long version,
            @Nullable GoalView leadGoal,
            List<GoalView> intermediateGoals,
            List<StrategyView> strategies,
            List<String> workingOrder,
            @Nullable String orderReason,
            boolean directPlacementFirst,
            List<StepView> steps,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            List<NeedView> needs,
            List<NeedView> needsWithoutStrategy,
            boolean complete) {
        static PlanView of(PlanService.PlanState state) {
            Plan p = state.plan();
            List<NeedView> needs = state.needs().stream().map(NeedView::of).toList();
            List<NeedView> missing =
                    state.needsWithoutStrategy().stream().map(NeedView::of).toList();
            if (p == null) {
                return new PlanView(
                        0,
                        null,
                        List.of(),
                        List.of(),
                        Plan.DEFAULT_ORDER.stream().map(Enum::name).toList(),
                        null,
                        false,
                        List.of(),
                        null,
                        null,
                        needs,
                        missing,
                        false);
            }
            return of(p, needs, missing, state.complete());
        }

        static PlanView of(Plan p, List<NeedView> needs, List<NeedView> missing, boolean complete) {
            return new PlanView(
                    p.version(),
                    GoalView.of(p.leadGoal()),
                    p.intermediateGoals().stream().map(GoalView::of).toList(),
                    p.strategies().stream().map(StrategyView::of).toList(),
                    p.workingOrder().stream().map(Enum::name).toList(),
                    p.orderReason(),
                    p.directPlacementFirst(),
                    p.steps().stream().map(StepView::of).toList(),
                    p.updatedBy(),
                    p.updatedAt(),
                    needs,
                    missing,
                    complete);
        }
    }

    @Serdeable
    @Schema(name = "VereinbarungAnsicht")
    record AgreementView(
            UUID id,
            String type,
            LocalDate agreedOn,
            @Nullable LocalDate validUntil,

            @Schema(description = "gemeinsame Überprüfung spätestens am") @Nullable
            LocalDate reviewOn,

            List<String> jobcenterServices,
            List<String> customerObligations,
            boolean legalConsequenceInstruction,
            @Nullable LocalDate guardianSignedOn,
            @Nullable String exception,
            @Nullable String exceptionNote,
            @Nullable Integer assessmentVersion,
            @Nullable PlanView plan,
            int policyVersion,
            String agreedBy,
            Instant agreedAt,
            String documentUrl) {
        static AgreementView of(Agreement a) {
            return new AgreementView(
                    a.id(),
                    a.type(),
                    a.agreedOn(),
                    a.validUntil(),
                    a.reviewOn(),
                    a.jobcenterServices(),
                    a.customerObligations(),
                    a.legalConsequenceInstruction(),
                    a.guardianSignedOn(),
                    a.exception() == null ? null : a.exception().name(),
                    a.exceptionNote(),
                    a.assessmentVersion(),
                    a.plan() == null ? null : PlanView.of(a.plan(), List.of(), List.of(), true),
                    a.policyVersion(),
                    a.agreedBy(),
                    a.agreedAt(),
                    "/api/cases/" + a.caseId() + "/agreements/" + a.id() + "/document");
        }
    }
}
