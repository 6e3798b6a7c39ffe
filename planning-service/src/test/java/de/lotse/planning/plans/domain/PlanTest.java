package de.lotse.planning.plans.domain;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The integration plan's rules (Integrationsplan, UCKERMARK 4.1.2–4.1.4), without any framework. */
class PlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW =
            TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    private static final UUID CASE = UUID.randomUUID();
    private static final Goal LEAD = new Goal(
            UUID.randomUUID(),
            "Beschäftigung als Fachlagerist/in",
            KeyGroup.PROFESSIONAL_COMPETENCE,
            TODAY.plusMonths(12));

    private static CaseNeed need(KeyGroup group, String code, String status) {
        return new CaseNeed(UUID.randomUUID(), group, code, status);
    }

    private static Strategy strategyFor(CaseNeed need) {
        return new Strategy(null, need.needId(), null, "Strategie für " + need.code(), null);
    }

    private static Plan draft(
            Goal lead,
            List<Strategy> strategies,
            List<KeyGroup> order,
            String reason,
            List<Step> steps,
            List<CaseNeed> needs) {
        return Plan.draft(
                CASE, "jc-1", lead, List.of(), strategies, order, reason, false, steps, needs, "fm-1", NOW, 0);
    }

    private static Plan draft(List<Strategy> strategies, List<CaseNeed> needs) {
        return draft(LEAD, strategies, null, null, List.of(), needs);
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule, RuleViolation.Broken::field)
                        .contains(tuple(rule, field)));
    }

    @Test
    void aPlanIsIncompleteWhileAnOpenNeedHasNoStrategy() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        CaseNeed health = need(KeyGroup.PERFORMANCE_CAPACITY, "HEALTH_RELATED", "IN_PROGRESS");
        List<CaseNeed> needs = List.of(debt, health);
        // the working draft may still miss strategies ...
        Plan plan = draft(List.of(strategyFor(debt)), needs);
        assertThat(plan.needsWithoutStrategy(needs)).containsExactly(health);

        // ... but it cannot be agreed: the missing strategy is named
        assertThatThrownBy(() -> plan.requireComplete(needs))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    List<RuleViolation.Broken> broken = ((RuleViolation) e).broken();
                    assertThat(broken)
                            .extracting(RuleViolation.Broken::rule, RuleViolation.Broken::field)
                            .containsExactly(tuple("NEED_WITHOUT_STRATEGY", "strategies"));
                    assertThat(broken.get(0).message())
                            // in the users' words: the need's key group, no id or code
                            .contains("Leistungsfähigkeit")
                            .doesNotContain("Rahmenbedingungen")
                            .doesNotContain(health.needId().toString())
                            .doesNotContain("HEALTH_RELATED");
                });
    }

    @Test
    void requireCompleteNamesEveryNeedWithoutStrategy() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        CaseNeed motivation = need(KeyGroup.MOTIVATION, "MOTIVATION", "IDENTIFIED");
        List<CaseNeed> needs = List.of(debt, motivation);
        Plan plan = draft(List.of(), needs);

        assertThatThrownBy(() -> plan.requireComplete(needs))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule)
                        .containsExactly("NEED_WITHOUT_STRATEGY", "NEED_WITHOUT_STRATEGY"));
    }

    @Test
    void resolvedNeedsNeedNoStrategy() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        CaseNeed housing = need(KeyGroup.LIVING_CONDITIONS, "HOUSING", "RESOLVED");
        List<CaseNeed> needs = List.of(debt, housing);
        Plan plan = draft(List.of(strategyFor(debt)), needs);

        assertThat(plan.needsWithoutStrategy(needs)).isEmpty();
        assertThatNoException().isThrownBy(() -> plan.requireComplete(needs));
    }

    @Test
    void aCompletePlanWithLeadGoalIsReadyToBeAgreed() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        Plan plan = draft(List.of(strategyFor(debt)), List.of(debt));

        assertThatNoException().isThrownBy(() -> plan.requireComplete(List.of(debt)));
        assertThat(plan.caseId()).isEqualTo(CASE);
        assertThat(plan.updatedBy()).isEqualTo("fm-1");
        assertThat(plan.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void oneStrategyPerNeed() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");

        assertRule(
                () -> draft(List.of(strategyFor(debt), strategyFor(debt)), List.of(debt)),
                "ONE_STRATEGY_PER_NEED",
                "strategies[1].needId");
    }

    @Test
    void aStrategyForAnUnknownNeedIsRefused() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        Strategy unknown = new Strategy(null, UUID.randomUUID(), KeyGroup.MOTIVATION, "irgendwas", null);

        assertRule(
                () -> draft(List.of(strategyFor(debt), unknown), List.of(debt)),
                "UNKNOWN_OR_RESOLVED_NEED",
                "strategies[1].needId");
    }

    @Test
    void aStrategyForAResolvedNeedIsRefused() {
        CaseNeed housing = need(KeyGroup.LIVING_CONDITIONS, "HOUSING", "RESOLVED");

        assertRule(
                () -> draft(List.of(strategyFor(housing)), List.of(housing)),
                "UNKNOWN_OR_RESOLVED_NEED",
                "strategies[0].needId");
    }

    @Test
    void aStrategyEndsInAnIntermediateGoalOfThePlan() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        Strategy toNowhere = new Strategy(null, debt.needId(), null, "Schuldnerberatung", UUID.randomUUID());

        assertRule(() -> draft(List.of(toNowhere), List.of(debt)), "UNKNOWN_GOAL", "strategies[0].intermediateGoalId");
    }

    @Test
    void aStrategyTakesTheKeyGroupOfItsNeedAndGetsAnId() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        Strategy wrongGroup = new Strategy(null, debt.needId(), KeyGroup.MOTIVATION, "Schuldnerberatung", null);

        Strategy s = draft(List.of(wrongGroup), List.of(debt)).strategies().get(0);
        assertThat(s.keyGroup()).isEqualTo(KeyGroup.LIVING_CONDITIONS);
        assertThat(s.id()).isNotNull();
    }

    @Test
    void withoutAnOrderTheDefaultOrderApplies() {
        Plan plan = draft(LEAD, List.of(), null, null, List.of(), List.of());

        assertThat(plan.workingOrder())
                .containsExactly(
                        KeyGroup.LIVING_CONDITIONS,
                        KeyGroup.PERFORMANCE_CAPACITY,
                        KeyGroup.MOTIVATION,
                        KeyGroup.SOCIAL_COMPETENCE,
                        KeyGroup.PROFESSIONAL_COMPETENCE);
    }

    @Test
    void aDifferentWorkingOrderNeedsAReason() {
        List<KeyGroup> motivationFirst = List.of(
                KeyGroup.MOTIVATION,
                KeyGroup.LIVING_CONDITIONS,
                KeyGroup.PERFORMANCE_CAPACITY,
                KeyGroup.SOCIAL_COMPETENCE,
                KeyGroup.PROFESSIONAL_COMPETENCE);

        assertRule(
                () -> draft(LEAD, List.of(), motivationFirst, null, List.of(), List.of()),
                "ORDER_REASON_REQUIRED",
                "orderReason");
        assertRule(
                () -> draft(LEAD, List.of(), motivationFirst, "  ", List.of(), List.of()),
                "ORDER_REASON_REQUIRED",
                "orderReason");
    }

    @Test
    void aDifferentWorkingOrderWithReasonIsKept() {
        List<KeyGroup> motivationFirst = List.of(
                KeyGroup.MOTIVATION,
                KeyGroup.LIVING_CONDITIONS,
                KeyGroup.PERFORMANCE_CAPACITY,
                KeyGroup.SOCIAL_COMPETENCE,
                KeyGroup.PROFESSIONAL_COMPETENCE);

        Plan plan =
                draft(LEAD, List.of(), motivationFirst, "Ohne Motivation greift keine Strategie", List.of(), List.of());
        assertThat(plan.workingOrder()).isEqualTo(motivationFirst);
        assertThat(plan.orderReason()).isEqualTo("Ohne Motivation greift keine Strategie");
    }

    @Test
    void theWorkingOrderListsEachOfTheFiveKeyGroups() {
        List<KeyGroup> four = List.of(
                KeyGroup.LIVING_CONDITIONS,
                KeyGroup.PERFORMANCE_CAPACITY,
                KeyGroup.MOTIVATION,
                KeyGroup.SOCIAL_COMPETENCE);
        List<KeyGroup> duplicate = List.of(
                KeyGroup.LIVING_CONDITIONS,
                KeyGroup.LIVING_CONDITIONS,
                KeyGroup.PERFORMANCE_CAPACITY,
                KeyGroup.MOTIVATION,
                KeyGroup.SOCIAL_COMPETENCE);

        assertRule(() -> draft(LEAD, List.of(), four, "Grund", List.of(), List.of()), "ALL_KEY_GROUPS", "workingOrder");
        assertRule(
                () -> draft(LEAD, List.of(), duplicate, "Grund", List.of(), List.of()),
                "ALL_KEY_GROUPS",
                "workingOrder");
    }

    @Test
    void strategiesAreSortedByTheDefaultWorkingOrder() {
        CaseNeed professional = need(KeyGroup.PROFESSIONAL_COMPETENCE, "QUALIFICATION", "IDENTIFIED");
        CaseNeed motivation = need(KeyGroup.MOTIVATION, "MOTIVATION", "IDENTIFIED");
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        CaseNeed health = need(KeyGroup.PERFORMANCE_CAPACITY, "HEALTH_RELATED", "IDENTIFIED");
        List<CaseNeed> needs = List.of(professional, motivation, debt, health);

        Plan plan = draft(needs.stream().map(PlanTest::strategyFor).toList(), needs);
        assertThat(plan.strategies())
                .extracting(Strategy::needId)
                .containsExactly(debt.needId(), health.needId(), motivation.needId(), professional.needId());
    }

    @Test
    void strategiesAreSortedByADifferentWorkingOrder() {
        CaseNeed professional = need(KeyGroup.PROFESSIONAL_COMPETENCE, "QUALIFICATION", "IDENTIFIED");
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        CaseNeed motivation = need(KeyGroup.MOTIVATION, "MOTIVATION", "IDENTIFIED");
        List<CaseNeed> needs = List.of(debt, professional, motivation);
        List<KeyGroup> order = List.of(
                KeyGroup.PROFESSIONAL_COMPETENCE,
                KeyGroup.MOTIVATION,
                KeyGroup.LIVING_CONDITIONS,
                KeyGroup.PERFORMANCE_CAPACITY,
                KeyGroup.SOCIAL_COMPETENCE);

        Plan plan = draft(
                LEAD,
                needs.stream().map(PlanTest::strategyFor).toList(),
                order,
                "Direkte Vermittlung in Ausbildung möglich",
                List.of(),
                needs);
        assertThat(plan.strategies())
                .extracting(Strategy::keyGroup)
                .containsExactly(KeyGroup.PROFESSIONAL_COMPETENCE, KeyGroup.MOTIVATION, KeyGroup.LIVING_CONDITIONS);
    }

    @Test
    void aPartnersStepNamesThePartner() {
        Step withoutPartner =
                new Step(null, null, "Bewerbungstraining", StepOwner.PARTNER, null, TODAY.plusWeeks(2), false);

        assertRule(
                () -> draft(LEAD, List.of(), null, null, List.of(withoutPartner), List.of()),
                "PARTNER_REQUIRED",
                "steps[0].partnerId");
    }

    @Test
    void aPartnersStepWithPartnerIsKeptAndGetsAnId() {
        UUID partner = UUID.randomUUID();
        Step step = new Step(null, null, "Bewerbungstraining", StepOwner.PARTNER, partner, TODAY.plusWeeks(2), false);

        Plan plan = draft(LEAD, List.of(), null, null, List.of(step), List.of());
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.id()).isNotNull();
            assertThat(s.partnerId()).isEqualTo(partner);
            assertThat(s.owner()).isEqualTo(StepOwner.PARTNER);
        });
    }

    @Test
    void aStepBelongsToAStrategyOfThePlan() {
        Step step = new Step(
                null,
                UUID.randomUUID(),
                "Termin Schuldnerberatung",
                StepOwner.CUSTOMER,
                null,
                TODAY.plusWeeks(1),
                false);

        assertRule(
                () -> draft(LEAD, List.of(), null, null, List.of(step), List.of()),
                "UNKNOWN_STRATEGY",
                "steps[0].strategyId");
    }

    @Test
    void aStepHasADueDate() {
        Step dated =
                new Step(null, null, "Lebenslauf aktualisieren", StepOwner.CUSTOMER, null, TODAY.plusWeeks(1), false);
        Step undated = new Step(null, null, "Termin Schuldnerberatung", StepOwner.CUSTOMER, null, null, false);

        assertRule(
                () -> draft(LEAD, List.of(), null, null, List.of(dated, undated), List.of()),
                "DUE_DATE_REQUIRED",
                "steps[1].dueOn");
    }

    @Test
    void aPlanWithoutLeadGoalIsNotComplete() {
        Plan plan = draft(null, List.of(), null, null, List.of(), List.of());

        assertRule(() -> plan.requireComplete(List.of()), "LEAD_GOAL_REQUIRED", "leadGoal");
    }

    @Test
    void theLeadGoalNamesItsTextAndTargetCategory() {
        Goal withoutCategory = new Goal(UUID.randomUUID(), "Beschäftigung", null, null);
        Goal withoutText = new Goal(UUID.randomUUID(), " ", KeyGroup.PROFESSIONAL_COMPETENCE, null);

        assertRule(
                () -> draft(withoutCategory, List.of(), null, null, List.of(), List.of())
                        .requireComplete(List.of()),
                "LEAD_GOAL_REQUIRED",
                "leadGoal");
        assertRule(
                () -> draft(withoutText, List.of(), null, null, List.of(), List.of())
                        .requireComplete(List.of()),
                "LEAD_GOAL_REQUIRED",
                "leadGoal");
    }

    @Test
    void everyBrokenRuleOfADraftIsReportedAtOnce() {
        CaseNeed debt = need(KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        Strategy unknown = new Strategy(null, UUID.randomUUID(), null, "?", null);
        Step withoutPartner = new Step(null, null, "Kurs", StepOwner.PARTNER, null, null, false);

        assertThatThrownBy(() -> draft(
                        LEAD,
                        List.of(unknown),
                        List.of(KeyGroup.MOTIVATION),
                        null,
                        List.of(withoutPartner),
                        List.of(debt)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule)
                        .containsExactly(
                                "UNKNOWN_OR_RESOLVED_NEED", "ALL_KEY_GROUPS", "DUE_DATE_REQUIRED", "PARTNER_REQUIRED"));
    }
}
