package de.lotse.planning.plans.application;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.planning.plans.infrastructure.PlanStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.RuleViolation;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A case's integration plan as another system kept it (docs/import.md), taken over through the plan's own rules
 * ({@link Plan#draft}: strategies address known open needs, one each, steps have their due days and belong to
 * strategies of the plan). The goals, strategies and steps are known by ids derived from their source ids: imported
 * again they change nothing, new ones are added to the plan (beside what the FM has added since), a step done since
 * is marked done; anything else changed is refused (history is not rewritten by an import). The plan publishes no
 * event (its texts stay in planning), as a saved draft does not.
 */
@Singleton
public class PlanHistory {
    private final PlanStore plans;

    PlanHistory(PlanStore plans) {
        this.plans = plans;
    }

    /** The plan of the source system, its items with their derived ids (a goal's, strategy's and step's). */
    public record Imported(Goal leadGoal, List<Goal> intermediateGoals, List<Strategy> strategies, List<Step> steps) {}

    /**
     * Takes the plan over against the case's needs; returns what was added ({@code plan.strategies[1]}). Every
     * broken rule is named by its field in the record ({@code plan.strategies[1].need}).
     */
    public List<String> take(CaseReference c, Imported imported, List<CaseNeed> needs, String by, Instant at) {
        Plan stored = plans.find(c.caseId()).orElse(null);
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        Goal lead = stored == null ? null : stored.leadGoal();
        if (imported.leadGoal() != null) {
            if (lead == null) {
                lead = imported.leadGoal();
                changes.add("plan.leadGoal");
            } else if (!Objects.equals(lead.text(), imported.leadGoal().text())
                    || lead.targetCategory() != imported.leadGoal().targetCategory()
                    || !Objects.equals(lead.targetDate(), imported.leadGoal().targetDate())) {
                broken.add(changed("plan.leadGoal"));
            }
        }
        List<Goal> goals = merge(
                "plan.intermediateGoals",
                imported.intermediateGoals(),
                stored == null ? List.of() : stored.intermediateGoals(),
                Goal::id,
                (was, now) ->
                        Objects.equals(was.text(), now.text()) && Objects.equals(was.targetDate(), now.targetDate())
                                ? was
                                : null,
                broken,
                changes);
        List<Strategy> strategies = merge(
                "plan.strategies",
                imported.strategies(),
                stored == null ? List.of() : stored.strategies(),
                Strategy::id,
                (was, now) -> was.needId().equals(now.needId())
                                && Objects.equals(was.text(), now.text())
                                && Objects.equals(was.intermediateGoalId(), now.intermediateGoalId())
                        ? was
                        : null,
                broken,
                changes);
        List<Step> steps = merge(
                "plan.steps",
                imported.steps(),
                stored == null ? List.of() : stored.steps(),
                Step::id,
                (was, now) -> Objects.equals(was.strategyId(), now.strategyId())
                                && Objects.equals(was.text(), now.text())
                                && was.owner() == now.owner()
                                && Objects.equals(was.partnerId(), now.partnerId())
                                && Objects.equals(was.dueOn(), now.dueOn())
                                && (was.done() == now.done() || now.done())
                        ? now
                        : null,
                broken,
                changes);
        for (int i = 0; i < imported.steps().size(); i++) {
            Step now = imported.steps().get(i);
            Optional<Step> was = stored == null
                    ? Optional.empty()
                    : stored.steps().stream()
                            .filter(s -> s.id().equals(now.id()))
                            .findFirst();
            if (was.isPresent() && !was.get().done() && now.done()) {
                changes.add("plan.steps[" + i + "].done");
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        Plan plan;
        try {
            plan = Plan.draft(
                    c.caseId(),
                    c.jobcenterId(),
                    lead,
                    goals,
                    strategies,
                    stored == null ? null : stored.workingOrder(),
                    stored == null ? null : stored.orderReason(),
                    stored != null && stored.directPlacementFirst(),
                    steps,
                    needs,
                    by,
                    at,
                    stored == null ? 0 : stored.version());
        } catch (RuleViolation violation) {
            throw new RuleViolation(violation.broken().stream()
                    .map(b -> new RuleViolation.Broken(recordField(b.field()), b.rule(), b.message()))
                    .toList());
        }
        plans.save(plan);
        return changes;
    }

    /**
     * The imported items first, in the record's order (so that the plan's rules name them by the record's index),
     * then what the plan has besides them (added by the FM since). An item known with other content is refused.
     */
    private static <T> List<T> merge(
            String field,
            List<T> imported,
            List<T> stored,
            Function<T, UUID> id,
            java.util.function.BinaryOperator<T> same,
            List<RuleViolation.Broken> broken,
            List<String> changes) {
        List<T> merged = new ArrayList<>();
        List<UUID> importedIds = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            T now = imported.get(i);
            importedIds.add(id.apply(now));
            Optional<T> was = stored.stream()
                    .filter(s -> id.apply(s).equals(id.apply(now)))
                    .findFirst();
            if (was.isEmpty()) {
                merged.add(now);
                changes.add(field + "[" + i + "]");
            } else {
                T kept = same.apply(was.get(), now);
                if (kept == null) {
                    broken.add(changed(field + "[" + i + "]"));
                } else {
                    merged.add(kept);
                }
            }
        }
        stored.stream().filter(s -> !importedIds.contains(id.apply(s))).forEach(merged::add);
        return merged;
    }

    /** The plan's field ({@code strategies[1].needId}) as the record names it ({@code plan.strategies[1].need}). */
    private static String recordField(String field) {
        return "plan."
                + field.replace(".needId", ".need")
                        .replace(".intermediateGoalId", ".intermediateGoal")
                        .replace(".strategyId", ".strategy")
                        .replace(".partnerId", ".partner");
    }

    private static RuleViolation.Broken changed(String field) {
        return new RuleViolation.Broken(
                field,
                "IMPORTED_HISTORY_CHANGED",
                "Dieser Teil des Plans ist bereits übernommen und lässt sich durch eine erneute Übernahme nicht"
                        + " ändern; eine Korrektur erfolgt im Fall selbst.");
    }
}
