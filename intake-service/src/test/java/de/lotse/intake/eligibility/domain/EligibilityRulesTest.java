package de.lotse.intake.eligibility.domain;

import de.lotse.intake.policy.domain.ExclusionCriterion;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.lotse.intake.eligibility.domain.AccessReason.ENTRENCHMENT;
import static de.lotse.intake.eligibility.domain.AccessReason.MIN_CRITERIA_MET;
import static de.lotse.intake.eligibility.domain.AccessReason.PROPHYLAXIS_NEW_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access rules of each preset on the borderline cases of issue 3. */
class EligibilityRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static CustomerFacts facts(
            int performance, int living, int entrenched, Integer horizon, String profile, Boolean progress) {
        return new CustomerFacts(
                Map.of(
                        KeyGroup.PERFORMANCE_CAPACITY,
                        performance,
                        KeyGroup.LIVING_CONDITIONS,
                        living,
                        KeyGroup.MOTIVATION,
                        4),
                entrenched,
                horizon,
                profile,
                null,
                null,
                progress,
                null,
                null,
                null,
                Set.of(),
                Map.of());
    }

    private static Eligibility evaluate(Preset preset, CustomerFacts facts) {
        return EligibilityRules.evaluate(preset.settings(), 1, facts, TODAY);
    }

    private static CriterionResult criterion(Eligibility eligibility, String code) {
        return eligibility.criteria().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void ba2010AdmitsExactlyThreeNeedsInTheCountedGroupsButNotTwo() {
        Eligibility three = evaluate(Preset.BA2010, facts(2, 1, 0, null, "STABILISATION", true));
        assertThat(three.eligible()).isTrue();
        assertThat(three.satisfiedReasons()).containsExactly(MIN_CRITERIA_MET);
        assertThat(criterion(three, EligibilityRules.MIN_NEEDS).actual()).isEqualTo("3");

        // needs in other key groups (here: motivation) do not count
        Eligibility two = evaluate(Preset.BA2010, facts(1, 1, 0, null, "STABILISATION", true));
        assertThat(two.eligible()).isFalse();
        CriterionResult minNeeds = criterion(two, EligibilityRules.MIN_NEEDS);
        assertThat(minNeeds.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(minNeeds.required()).isEqualTo("≥ 3");
        assertThat(minNeeds.actual()).isEqualTo("2");
    }

    @Test
    void ba2010NeedsAComplexProfileAndTheExpectationOfProgress() {
        assertThat(evaluate(Preset.BA2010, facts(3, 0, 0, null, "PROMOTION", true))
                        .eligible())
                .isFalse();
        Eligibility noJudgement = evaluate(Preset.BA2010, facts(3, 0, 0, null, "SUPPORT", null));
        assertThat(noJudgement.eligible()).isFalse();
        assertThat(criterion(noJudgement, EligibilityRules.PROGRESS_EXPECTED).outcome())
                .isEqualTo(Outcome.UNKNOWN);
        assertThat(criterion(noJudgement, EligibilityRules.PROGRESS_EXPECTED).actual())
                .isEqualTo("fehlt");
    }

    @Test
    void pankowNeedsIntegrationNotExpectedWithinTwelveMonths() {
        assertThat(evaluate(Preset.PANKOW, facts(2, 1, 0, 12, null, true)).eligible())
                .isFalse();
        assertThat(evaluate(Preset.PANKOW, facts(2, 1, 0, 13, null, true)).eligible())
                .isTrue();
        Eligibility unknown = evaluate(Preset.PANKOW, facts(2, 1, 0, null, null, true));
        assertThat(criterion(unknown, EligibilityRules.INTEGRATION_HORIZON).outcome())
                .isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void twoNeedsWithOneEntrenchedSufficeUnderTahButNotUnderPankow() {
        CustomerFacts twoEntrenched = facts(1, 1, 1, 24, null, true);
        Eligibility tah = evaluate(Preset.TAH, twoEntrenched);
        assertThat(tah.eligible()).isTrue();
        assertThat(tah.satisfiedReasons()).containsExactly(ENTRENCHMENT);
        assertThat(tah.path(MIN_CRITERIA_MET).orElseThrow().satisfied()).isFalse();

        Eligibility pankow = evaluate(Preset.PANKOW, twoEntrenched);
        assertThat(pankow.eligible()).isFalse();
        assertThat(pankow.path(ENTRENCHMENT).orElseThrow().allowedByPolicy()).isFalse();
        assertThatThrownBy(() -> pankow.requireAdmissible(List.of(ENTRENCHMENT)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("ACCESS_REASON_NOT_IN_POLICY"));
    }

    @Test
    void prophylaxisUnderPankowFor150DaysNewButNot200() {
        CustomerFacts base = facts(1, 0, 0, 6, null, true);
        CustomerFacts new150 = new CustomerFacts(
                base.needsByKeyGroup(),
                0,
                6,
                null,
                TODAY.minusDays(150),
                true,
                true,
                null,
                null,
                null,
                Set.of(),
                Map.of());
        CustomerFacts new200 = new CustomerFacts(
                base.needsByKeyGroup(),
                0,
                6,
                null,
                TODAY.minusDays(200),
                true,
                true,
                null,
                null,
                null,
                Set.of(),
                Map.of());
        Eligibility at150 = evaluate(Preset.PANKOW, new150);
        assertThat(at150.satisfiedReasons()).containsExactly(PROPHYLAXIS_NEW_CUSTOMER);
        at150.requireAdmissible(List.of(PROPHYLAXIS_NEW_CUSTOMER));

        Eligibility at200 = evaluate(Preset.PANKOW, new200);
        assertThat(at200.eligible()).isFalse();
        assertThat(criterion(at200, EligibilityRules.NEW_CUSTOMER).actual()).isEqualTo("200 Tage");
        assertThatThrownBy(() -> at200.requireAdmissible(List.of(PROPHYLAXIS_NEW_CUSTOMER)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.field()).isEqualTo("facts.customerSince");
                    assertThat(violation.rule()).isEqualTo(EligibilityRules.NEW_CUSTOMER);
                });
        // BA2010 has no prophylaxis at all
        assertThat(evaluate(Preset.BA2010, new150)
                        .path(PROPHYLAXIS_NEW_CUSTOMER)
                        .orElseThrow()
                        .allowedByPolicy())
                .isFalse();
    }

    @Test
    void aPendingPensionApplicationBlocksUnderTahOnly() {
        CustomerFacts pension = new CustomerFacts(
                Map.of(KeyGroup.PERFORMANCE_CAPACITY, 3),
                0,
                24,
                "SUPPORT",
                null,
                null,
                true,
                null,
                null,
                null,
                Set.of(ExclusionCriterion.PENSION_APPLICATION_PENDING),
                Map.of());
        Eligibility tah = evaluate(Preset.TAH, pension);
        assertThat(tah.path(MIN_CRITERIA_MET).orElseThrow().satisfied()).isTrue();
        assertThat(tah.eligible()).isFalse();
        assertThatThrownBy(() -> tah.requireAdmissible(List.of(MIN_CRITERIA_MET)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.rule()).isEqualTo("EXCLUSION_PENSION_APPLICATION_PENDING");
                    assertThat(violation.field()).isEqualTo("facts.exclusions");
                });

        Eligibility ba = evaluate(Preset.BA2010, pension);
        assertThat(ba.exclusions()).isEmpty();
        assertThat(ba.eligible()).isTrue();
    }

    /** docs/domain.md §18.1 (UCKERMARK 2.1, 3): every customer has an FM; the category routes, it does not admit. */
    @Test
    void underUckermarkEveryCategoryHasAnFm_UCKERMARK_2_1_and_3() {
        for (String category : List.of("A", "B", "C", "D", "E", "S", "X", "Y", "Z")) {
            assertThat(evaluate(Preset.UCKERMARK, facts(0, 0, 0, null, category, null))
                            .eligible())
                    .as(category)
                    .isTrue();
        }
        assertThat(evaluate(Preset.UCKERMARK, facts(0, 0, 0, null, null, null)).eligible())
                .isTrue();
        assertThat(evaluate(Preset.UCKERMARK, facts(0, 0, 0, null, "E", null)).criteria())
                .extracting(CriterionResult::code)
                .containsExactly(EligibilityRules.EVERY_CUSTOMER);
    }

    @Test
    void everyFailedCriterionOfEveryNamedReasonIsReported() {
        Eligibility nothing = evaluate(
                Preset.BA2010,
                new CustomerFacts(null, null, null, null, null, null, null, null, null, null, Set.of(), Map.of()));
        assertThatThrownBy(() -> nothing.requireAdmissible(List.of(MIN_CRITERIA_MET)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule)
                        .containsExactly(
                                EligibilityRules.MIN_NEEDS,
                                EligibilityRules.COMPLEX_PROFILE,
                                EligibilityRules.PROGRESS_EXPECTED));
    }

    @Test
    void assessmentFactsWinOverTheAvsInput() {
        CustomerFacts input = facts(0, 0, 0, 3, "MARKET", true);
        AssessmentFacts assessment = new AssessmentFacts(
                java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(),
                2,
                Map.of(KeyGroup.PERFORMANCE_CAPACITY, 2, KeyGroup.LIVING_CONDITIONS, 2),
                1,
                18,
                "STABILISATION",
                "D",
                java.time.Instant.now());
        CustomerFacts merged =
                input.withAssessment(assessment, Preset.BA2010.settings().profileScheme());
        Eligibility eligibility = evaluate(Preset.BA2010, merged);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(criterion(eligibility, EligibilityRules.MIN_NEEDS).source()).isEqualTo(FactSource.ASSESSMENT);
        assertThat(criterion(eligibility, EligibilityRules.PROGRESS_EXPECTED).source())
                .isEqualTo(FactSource.INPUT);
        // the category of the same assessment under the UCKERMARK scheme
        assertThat(input.withAssessment(assessment, Preset.UCKERMARK.settings().profileScheme())
                        .profileCode())
                .isEqualTo("D");
    }
}
