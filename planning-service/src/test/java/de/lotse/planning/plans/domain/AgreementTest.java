package de.lotse.planning.plans.domain;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Concluding an EinV / Kooperationsplan or working without one (§15 SGB II), without any framework. */
class AgreementTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = at(TODAY);
    private static final UUID CASE = UUID.randomUUID();

    /** BA2010-like: Eingliederungsvereinbarung for at most 6 months. */
    private static final PlanningPolicy EINV_POLICY = new PlanningPolicy(3, "EINV", 6, null, 6, "DOCUMENTED_REASONS",
            false, false);
    /** Kooperationsplan for at most 12 months. */
    private static final PlanningPolicy KOOPERATIONSPLAN_POLICY = new PlanningPolicy(4, "KOOPERATIONSPLAN", 12, null, 6,
            "TEAM_LEAD_APPROVAL", false, false);

    private static final LatestAssessment ASSESSMENT = assessment(2, TODAY.minusDays(7), "D");
    private static final Plan PLAN = plan();

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(BERLIN).toInstant();
    }

    private static LatestAssessment assessment(int version, LocalDate completedOn, String category) {
        return new LatestAssessment(version, completedOn, at(completedOn), category, category, completedOn.plusMonths(6));
    }

    private static Plan plan() {
        CaseNeed debt = new CaseNeed(UUID.randomUUID(), KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        return Plan.draft(CASE, "jc-1", new Goal(UUID.randomUUID(), "Beschäftigung als Fachlagerist/in",
                        KeyGroup.PROFESSIONAL_COMPETENCE, null), List.of(),
                List.of(new Strategy(null, debt.needId(), null, "Schuldnerberatung", null)), null, null, false, List.of(),
                List.of(debt), "fm-1", NOW, 0);
    }

    private static Agreement.Terms terms(String type, LocalDate agreedOn, LocalDate validUntil, boolean instruction) {
        return new Agreement.Terms(type, agreedOn, validUntil, List.of("Übernahme der Kosten der Schuldnerberatung"),
                List.of("Termin bei der Schuldnerberatung wahrnehmen"), instruction, null, null, null);
    }

    private static Agreement.Terms einv() {
        return terms("EINV", TODAY, TODAY.plusMonths(6), true);
    }

    private static Agreement.Terms none(AgreementException exception, String note) {
        return new Agreement.Terms(Agreement.NONE, TODAY, null, List.of(), List.of(), false, null, exception, note);
    }

    private static Agreement conclude(Agreement.Terms terms, Agreement previous, LatestAssessment assessment, boolean minor,
                                      PlanningPolicy policy, Instant now) {
        return Agreement.conclude(UUID.randomUUID(), CASE, "jc-1", terms, PLAN, previous, assessment, minor, policy, "fm-1",
                TODAY, now);
    }

    private static Agreement conclude(Agreement.Terms terms, PlanningPolicy policy) {
        return conclude(terms, null, ASSESSMENT, false, policy, NOW);
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(
                ((RuleViolation) e).broken()).extracting(RuleViolation.Broken::rule, RuleViolation.Broken::field)
                .contains(tuple(rule, field)));
    }

    @Test
    void anEinvIsConcludedUnderAnEinvPolicy() {
        Agreement a = conclude(einv(), EINV_POLICY);

        assertThat(a.type()).isEqualTo("EINV");
        assertThat(a.agreedOn()).isEqualTo(TODAY);
        assertThat(a.validUntil()).isEqualTo(TODAY.plusMonths(6));
        assertThat(a.legalConsequenceInstruction()).isTrue();
        assertThat(a.assessmentVersion()).isEqualTo(2);
        assertThat(a.policyVersion()).isEqualTo(3);
        assertThat(a.plan()).isSameAs(PLAN);
        assertThat(a.exception()).isNull();
        assertThat(a.agreedBy()).isEqualTo("fm-1");
        assertThat(a.agreedAt()).isEqualTo(NOW);
    }

    @Test
    void aKooperationsplanIsConcludedUnderAKooperationsplanPolicyForUpToItsMaximum() {
        Agreement a = conclude(terms("KOOPERATIONSPLAN", TODAY, TODAY.plusMonths(12), false), KOOPERATIONSPLAN_POLICY);

        assertThat(a.type()).isEqualTo("KOOPERATIONSPLAN");
        assertThat(a.validUntil()).isEqualTo(TODAY.plusMonths(12));
        assertThat(a.legalConsequenceInstruction()).isFalse();
        assertThat(a.policyVersion()).isEqualTo(4);
    }

    @Test
    void withoutADateTheAgreementIsConcludedToday() {
        Agreement a = conclude(terms("EINV", null, TODAY.plusMonths(3), true), EINV_POLICY);

        assertThat(a.agreedOn()).isEqualTo(TODAY);
    }

    @Test
    void theTypeIsThePolicys() {
        assertRule(() -> conclude(terms("KOOPERATIONSPLAN", TODAY, TODAY.plusMonths(6), false), EINV_POLICY),
                "AGREEMENT_TYPE_OF_POLICY", "type");
        assertRule(() -> conclude(einv(), KOOPERATIONSPLAN_POLICY), "AGREEMENT_TYPE_OF_POLICY", "type");
    }

    @Test
    void theValidityIsAtMostThePolicysMaximum() {
        assertRule(() -> conclude(terms("EINV", TODAY, TODAY.plusMonths(6).plusDays(1), true), EINV_POLICY),
                "VALIDITY_TOO_LONG", "validUntil");
        assertRule(() -> conclude(terms("KOOPERATIONSPLAN", TODAY, TODAY.plusMonths(12).plusDays(1), false),
                KOOPERATIONSPLAN_POLICY), "VALIDITY_TOO_LONG", "validUntil");
    }

    @Test
    void theValidityEndsAfterTheAgreement() {
        assertRule(() -> conclude(terms("EINV", TODAY, TODAY, true), EINV_POLICY), "VALIDITY_TOO_LONG", "validUntil");
        assertRule(() -> conclude(terms("EINV", TODAY, TODAY.minusDays(1), true), EINV_POLICY), "VALIDITY_TOO_LONG",
                "validUntil");
        assertRule(() -> conclude(terms("EINV", TODAY, null, true), EINV_POLICY), "VALIDITY_TOO_LONG", "validUntil");
    }

    @Test
    void anAgreementIsNotConcludedInTheFuture() {
        assertRule(() -> conclude(terms("EINV", TODAY.plusDays(1), TODAY.plusMonths(6), true), EINV_POLICY), "IN_FUTURE",
                "agreedOn");
    }

    @Test
    void anAgreementRestsOnACompletedAssessment() {
        assertRule(() -> conclude(einv(), null, null, false, EINV_POLICY, NOW), "ASSESSMENT_REQUIRED", "assessment");
    }

    @Test
    void aRenewalNeedsAnAssessmentCompletedAfterThePreviousAgreement() {
        // previous EinV concluded on 2026-05-25, the latest assessment is older (2026-05-20)
        LocalDate previousOn = TODAY.minusMonths(6);
        LatestAssessment old = assessment(1, previousOn.minusDays(5), "D");
        Agreement previous = Agreement.conclude(UUID.randomUUID(), CASE, "jc-1", terms("EINV", previousOn,
                previousOn.plusMonths(6), true), PLAN, null, old, false, EINV_POLICY, "fm-1", previousOn, at(previousOn));

        assertRule(() -> conclude(einv(), previous, old, false, EINV_POLICY, NOW), "FRESH_ASSESSMENT_REQUIRED",
                "assessment");
    }

    @Test
    void anAssessmentCompletedAtTheSameInstantAsThePreviousAgreementIsNotFresh() {
        LocalDate previousOn = TODAY.minusMonths(6);
        LatestAssessment sameInstant = assessment(1, previousOn, "D");
        Agreement previous = Agreement.conclude(UUID.randomUUID(), CASE, "jc-1", terms("EINV", previousOn,
                previousOn.plusMonths(6), true), PLAN, null, sameInstant, false, EINV_POLICY, "fm-1", previousOn,
                at(previousOn));

        assertRule(() -> conclude(einv(), previous, sameInstant, false, EINV_POLICY, NOW), "FRESH_ASSESSMENT_REQUIRED",
                "assessment");
    }

    @Test
    void aRenewalOnAFreshAssessmentIsConcluded() {
        LocalDate previousOn = TODAY.minusMonths(6);
        Agreement previous = Agreement.conclude(UUID.randomUUID(), CASE, "jc-1", terms("EINV", previousOn,
                previousOn.plusMonths(6), true), PLAN, null, assessment(1, previousOn.minusDays(5), "D"), false,
                EINV_POLICY, "fm-1", previousOn, at(previousOn));

        Agreement renewed = conclude(einv(), previous, ASSESSMENT, false, EINV_POLICY, NOW);
        assertThat(renewed.assessmentVersion()).isEqualTo(2);
    }

    @Test
    void afterWorkingWithoutAnAgreementNoFreshAssessmentIsNeeded() {
        LocalDate previousOn = TODAY.minusMonths(2);
        LatestAssessment x = assessment(1, previousOn.minusDays(5), "X");
        Agreement previous = Agreement.conclude(UUID.randomUUID(), CASE, "jc-1",
                new Agreement.Terms(Agreement.NONE, previousOn, null, List.of(), List.of(), false, null,
                        AgreementException.CATEGORY_X_Y_Z, null), PLAN, null, x, false, EINV_POLICY, "fm-1", previousOn,
                at(previousOn));

        assertThat(conclude(einv(), previous, x, false, EINV_POLICY, NOW).type()).isEqualTo("EINV");
    }

    @Test
    void theGuardianCoSignsForAMinor() {
        assertRule(() -> conclude(einv(), null, ASSESSMENT, true, EINV_POLICY, NOW), "GUARDIAN_SIGNATURE_REQUIRED",
                "guardianSignedOn");
    }

    @Test
    void aMinorsAgreementWithTheGuardiansSignatureIsConcluded() {
        Agreement.Terms signed = new Agreement.Terms("EINV", TODAY, TODAY.plusMonths(6), List.of("Ausbildungssuche"),
                List.of("Bewerbungen"), true, TODAY, null, null);

        assertThat(conclude(signed, null, ASSESSMENT, true, EINV_POLICY, NOW).guardianSignedOn()).isEqualTo(TODAY);
    }

    @Test
    void anEinvDocumentsTheLegalConsequenceInstruction() {
        assertRule(() -> conclude(terms("EINV", TODAY, TODAY.plusMonths(6), false), EINV_POLICY), "INSTRUCTION_REQUIRED",
                "legalConsequenceInstruction");
    }

    @Test
    void aKooperationsplanHasNoLegalConsequenceInstruction() {
        assertRule(() -> conclude(terms("KOOPERATIONSPLAN", TODAY, TODAY.plusMonths(6), true), KOOPERATIONSPLAN_POLICY),
                "NO_LEGAL_CONSEQUENCES", "legalConsequenceInstruction");
    }

    @Test
    void servicesAndObligationsAreRequired() {
        Agreement.Terms empty = new Agreement.Terms("EINV", TODAY, TODAY.plusMonths(6), List.of(), List.of(), true, null,
                null, null);

        assertRule(() -> conclude(empty, EINV_POLICY), "REQUIRED", "jobcenterServices");
        assertRule(() -> conclude(empty, EINV_POLICY), "REQUIRED", "customerObligations");
    }

    @Test
    void anAgreementNeedsAPlan() {
        assertRule(() -> Agreement.conclude(UUID.randomUUID(), CASE, "jc-1", einv(), null, null, ASSESSMENT, false,
                EINV_POLICY, "fm-1", TODAY, NOW), "PLAN_REQUIRED", "plan");
    }

    @Test
    void anExceptionBelongsOnlyToNoAgreement() {
        Agreement.Terms withException = new Agreement.Terms("EINV", TODAY, TODAY.plusMonths(6), List.of("a"),
                List.of("b"), true, null, AgreementException.CANNOT_OVERSEE_CONSEQUENCES, "Grund");

        assertRule(() -> conclude(withException, EINV_POLICY), "EXCEPTION_ONLY_WITHOUT_AGREEMENT", "exception");
    }

    @Test
    void noAgreementNeedsAnException() {
        assertRule(() -> conclude(none(null, null), EINV_POLICY), "EXCEPTION_REQUIRED", "exception");
    }

    @Test
    void noAgreementForCategoryXyzOnlyWhenTheLatestAssessmentSaysSo() {
        assertRule(() -> conclude(none(AgreementException.CATEGORY_X_Y_Z, null), null, assessment(1, TODAY, "D"), false,
                EINV_POLICY, NOW), "NOT_CATEGORY_X_Y_Z", "exception");
        assertRule(() -> conclude(none(AgreementException.CATEGORY_X_Y_Z, null), null, null, false, EINV_POLICY, NOW),
                "NOT_CATEGORY_X_Y_Z", "exception");
    }

    @Test
    void noAgreementInCategoryXyz() {
        for (String category : List.of("X", "Y", "Z")) {
            Agreement a = conclude(none(AgreementException.CATEGORY_X_Y_Z, null), null, assessment(5, TODAY, category),
                    false, EINV_POLICY, NOW);
            assertThat(a.type()).isEqualTo(Agreement.NONE);
            assertThat(a.exception()).isEqualTo(AgreementException.CATEGORY_X_Y_Z);
            assertThat(a.validUntil()).isNull();
            assertThat(a.assessmentVersion()).isEqualTo(5);
        }
    }

    @Test
    void cannotOverseeTheConsequencesNeedsANote() {
        assertRule(() -> conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, null), EINV_POLICY),
                "NOTE_REQUIRED", "exceptionNote");
        assertRule(() -> conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, " "), EINV_POLICY),
                "NOTE_REQUIRED", "exceptionNote");
    }

    @Test
    void noAgreementBecauseTheCustomerCannotOverseeTheConsequences() {
        // the policy's type does not matter without an agreement
        Agreement a = conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, "akute psychische Krise"),
                KOOPERATIONSPLAN_POLICY);

        assertThat(a.type()).isEqualTo(Agreement.NONE);
        assertThat(a.exception()).isEqualTo(AgreementException.CANNOT_OVERSEE_CONSEQUENCES);
        assertThat(a.exceptionNote()).isEqualTo("akute psychische Krise");
        assertThat(a.jobcenterServices()).isEmpty();
        assertThat(a.legalConsequenceInstruction()).isFalse();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Agreement.Terms bad = new Agreement.Terms("KOOPERATIONSPLAN", TODAY, TODAY.plusMonths(7), List.of(), List.of(),
                false, null, null, null);

        assertThatThrownBy(() -> conclude(bad, null, ASSESSMENT, true, EINV_POLICY, NOW))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule).containsExactly("AGREEMENT_TYPE_OF_POLICY",
                                "VALIDITY_TOO_LONG", "REQUIRED", "REQUIRED", "GUARDIAN_SIGNATURE_REQUIRED"));
    }
}
