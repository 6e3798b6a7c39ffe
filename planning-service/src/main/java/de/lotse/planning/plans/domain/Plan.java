package de.lotse.planning.plans.domain;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The integration plan of a case (docs/domain.md §6, UCKERMARK 4.1.2–4.1.4): a lead goal with its target
 * category, intermediate goals, one strategy per open need, worked in the default order
 * Rahmenbedingungen → Leistungsfähigkeit → Motivation → soziale → berufliche Kompetenzen unless a
 * reason says otherwise, steps with owner and due date, and whether a direct placement opportunity
 * comes first. The FM keeps it as a working draft; an agreement freezes a copy.
 *
 * @param workingOrder          the key groups in the order the needs are worked on
 * @param orderReason           why the order differs from the default
 * @param directPlacementFirst  a direct placement opportunity takes precedence over the strategies
 * @param version               optimistic lock
 */
public record Plan(
        UUID caseId,
        String jobcenterId,
        Goal leadGoal,
        List<Goal> intermediateGoals,
        List<Strategy> strategies,
        List<KeyGroup> workingOrder,
        String orderReason,
        boolean directPlacementFirst,
        List<Step> steps,
        String updatedBy,
        Instant updatedAt,
        long version) {

    /** UCKERMARK 4.1.3: Rahmenbedingungen before Leistungsfähigkeit before Motivation before berufliche Kompetenzen. */
    public static final List<KeyGroup> DEFAULT_ORDER = List.of(
            KeyGroup.LIVING_CONDITIONS,
            KeyGroup.PERFORMANCE_CAPACITY,
            KeyGroup.MOTIVATION,
            KeyGroup.SOCIAL_COMPETENCE,
            KeyGroup.PROFESSIONAL_COMPETENCE);

    public Plan {
        intermediateGoals = List.copyOf(intermediateGoals);
        strategies = List.copyOf(strategies);
        workingOrder = workingOrder == null || workingOrder.isEmpty() ? DEFAULT_ORDER : List.copyOf(workingOrder);
        steps = List.copyOf(steps);
    }

    /**
     * A new state of the draft, checked against the case's needs: strategies address known open
     * needs (one each), goals and steps fit together, every step has its due date, a different
     * working order has a reason.
     */
    public static Plan draft(
            UUID caseId,
            String jobcenterId,
            Goal leadGoal,
            List<Goal> intermediateGoals,
            List<Strategy> strategies,
            List<KeyGroup> workingOrder,
            String orderReason,
            boolean directPlacementFirst,
            List<Step> steps,
            List<CaseNeed> needs,
            String by,
            Instant at,
            long version) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        Map<UUID, CaseNeed> byId = needs.stream().collect(Collectors.toMap(CaseNeed::needId, Function.identity()));
        Set<UUID> addressed = new HashSet<>();
        Set<UUID> goalIds = intermediateGoals.stream().map(Goal::id).collect(Collectors.toSet());
        List<Strategy> normalised = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            Strategy s = strategies.get(i);
            CaseNeed need = byId.get(s.needId());
            if (need == null || !need.open()) {
                broken.add(
                        new RuleViolation.Broken(
                                "strategies[" + i + "].needId",
                                "UNKNOWN_OR_RESOLVED_NEED",
                                "Dieser Handlungsbedarf ist kein offener Bedarf des Falls (mehr). Bitte die Ansicht neu laden."));
                continue;
            }
            if (!addressed.add(s.needId())) {
                broken.add(new RuleViolation.Broken(
                        "strategies[" + i + "].needId",
                        "ONE_STRATEGY_PER_NEED",
                        "Für diesen Handlungsbedarf gibt es schon eine Strategie."));
            }
            if (s.intermediateGoalId() != null && !goalIds.contains(s.intermediateGoalId())) {
                broken.add(new RuleViolation.Broken(
                        "strategies[" + i + "].intermediateGoalId",
                        "UNKNOWN_GOAL",
                        "Die Strategie mündet in ein Zwischenziel des Plans."));
            }
            normalised.add(new Strategy(
                    s.id() != null ? s.id() : UUID.randomUUID(),
                    s.needId(),
                    need.keyGroup(),
                    s.text(),
                    s.intermediateGoalId()));
        }
        List<KeyGroup> order = workingOrder == null || workingOrder.isEmpty() ? DEFAULT_ORDER : workingOrder;
        if (order.size() != DEFAULT_ORDER.size() || !new HashSet<>(order).containsAll(DEFAULT_ORDER)) {
            broken.add(new RuleViolation.Broken(
                    "workingOrder",
                    "ALL_KEY_GROUPS",
                    "Die Reihenfolge nennt jede der fünf Schlüsselgruppen genau einmal."));
        } else if (!order.equals(DEFAULT_ORDER) && (orderReason == null || orderReason.isBlank())) {
            broken.add(
                    new RuleViolation.Broken(
                            "orderReason",
                            "ORDER_REASON_REQUIRED",
                            "Die Bearbeitung weicht von der "
                                    + "Reihenfolge Rahmenbedingungen → Leistungsfähigkeit → Motivation → Kompetenzen ab: bitte begründen."));
        }
        Set<UUID> strategyIds = normalised.stream().map(Strategy::id).collect(Collectors.toSet());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.strategyId() != null && !strategyIds.contains(step.strategyId())) {
                broken.add(new RuleViolation.Broken(
                        "steps[" + i + "].strategyId",
                        "UNKNOWN_STRATEGY",
                        "Der Schritt gehört zu einer Strategie des Plans."));
            }
            if (step.dueOn() == null) {
                broken.add(new RuleViolation.Broken(
                        "steps[" + i + "].dueOn",
                        "DUE_DATE_REQUIRED",
                        "Jeder Schritt hat einen Termin, bis wann er erledigt ist."));
            }
            if (step.owner() == StepOwner.PARTNER && step.partnerId() == null) {
                broken.add(new RuleViolation.Broken(
                        "steps[" + i + "].partnerId",
                        "PARTNER_REQUIRED",
                        "Ein Schritt eines Netzwerkpartners nennt den Partner."));
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        List<Strategy> sorted = normalised.stream()
                .sorted(Comparator.comparingInt(s -> order.indexOf(s.keyGroup())))
                .toList();
        return new Plan(
                caseId,
                jobcenterId,
                leadGoal,
                intermediateGoals,
                sorted,
                order,
                orderReason,
                directPlacementFirst,
                steps.stream()
                        .map(s -> s.id() != null
                                ? s
                                : new Step(
                                        UUID.randomUUID(),
                                        s.strategyId(),
                                        s.text(),
                                        s.owner(),
                                        s.partnerId(),
                                        s.dueOn(),
                                        s.done()))
                        .toList(),
                by,
                at,
                version);
    }

    /** The open needs of the case without a strategy in this plan. */
    public List<CaseNeed> needsWithoutStrategy(List<CaseNeed> needs) {
        Set<UUID> addressed = strategies.stream().map(Strategy::needId).collect(Collectors.toSet());
        return needs.stream()
                .filter(CaseNeed::open)
                .filter(n -> !addressed.contains(n.needId()))
                .toList();
    }

    /**
     * Ready to be agreed: a lead goal with its target category, and a strategy for every open need;
     * otherwise refused naming each need without a strategy.
     */
    public void requireComplete(List<CaseNeed> needs) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        if (leadGoal == null
                || leadGoal.text() == null
                || leadGoal.text().isBlank()
                || leadGoal.targetCategory() == null) {
            broken.add(new RuleViolation.Broken(
                    "leadGoal",
                    "LEAD_GOAL_REQUIRED",
                    "Der Plan braucht ein Leitziel mit Zielkategorie (Schlüsselgruppe)."));
        }
        for (CaseNeed need : needsWithoutStrategy(needs)) {
            broken.add(new RuleViolation.Broken(
                    "strategies",
                    "NEED_WITHOUT_STRATEGY",
                    "Für einen offenen Handlungsbedarf (" + need.keyGroup().label() + ") fehlt eine Strategie."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }
}
