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

/**
 * Concluding an agreement or working without one (§ 15 SGB II; docs/domain.md §15), without any framework: the legal
 * form follows the date, the review is due within the law's six months, validity is limited only by the policy.
 */
class AgreementTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = at(TODAY);
    private static final UUID CASE = UUID.randomUUID();

    /** UCKERMARK-like: an agreement is valid at most 6 months (UCKERMARK 4.1.4). */
    private static final PlanningPolicy LIMITED = new PlanningPolicy(3, 6, null, 6, "DOCUMENTED_REASONS", false, false);
    /** PANKOW-like: the policy does not limit validity. */
    private static final PlanningPolicy UNLIMITED =
            new PlanningPolicy(4, null, null, 6, "TEAM_LEAD_APPROVAL", false, false);

    static final List<LegalForm> FORMS = List.of(
            new LegalForm(
                    LocalDate.of(2005, 1, 1),
                    "EINV",
                    "Eingliederungsvereinbarung (a. F.)",
                    "§ 15 SGB II in der bis 30.06.2023 geltenden Fassung",
                    true,
                    false,
                    6),
            new LegalForm(
                    LocalDate.of(2023, 7, 1), "KOOPERATIONSPLAN", "Kooperationsplan", "§ 15 SGB II", false, true, 6));
    private static final LocalDate OLD = LocalDate.of(2023, 5, 10);

    private static final LatestAssessment ASSESSMENT = assessment(2, TODAY.minusDays(7), "D");
    private static final Plan PLAN = plan();

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(BERLIN).toInstant();
    }

    private static LatestAssessment assessment(int version, LocalDate completedOn, String category) {
        return new LatestAssessment(
                version, completedOn, at(completedOn), category, category, completedOn.plusMonths(6));
    }

    private static Plan plan() {
        CaseNeed debt = new CaseNeed(UUID.randomUUID(), KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        return Plan.draft(
                CASE,
                "jc-1",
                new Goal(
                        UUID.randomUUID(), "Beschäftigung als Fachlagerist/in", KeyGroup.PROFESSIONAL_COMPETENCE, null),
                List.of(),
                List.of(new Strategy(null, debt.needId(), null, "Schuldnerberatung", null)),
                null,
                null,
                false,
                List.of(),
                List.of(debt),
                "fm-1",
                NOW,
                0);
    }

    private static Agreement.Terms terms(
            String type, LocalDate agreedOn, LocalDate validUntil, LocalDate reviewOn, boolean instruction) {
        return new Agreement.Terms(
                type,
                agreedOn,
                validUntil,
                reviewOn,
                List.of("Übernahme der Kosten der Schuldnerberatung"),
                List.of("Termin bei der Schuldnerberatung wahrnehmen"),
                instruction,
                null,
                null,
                null);
    }

    private static Agreement.Terms plan6() {
        return terms(null, TODAY, TODAY.plusMonths(6), null, false);
    }

    private static Agreement.Terms none(AgreementException exception, String note) {
        return new Agreement.Terms(
                Agreement.NONE, TODAY, null, null, List.of(), List.of(), false, null, exception, note);
    }

    private static Agreement conclude(
            Agreement.Terms terms,
            Agreement previous,
            LatestAssessment assessment,
            boolean minor,
            PlanningPolicy policy,
            Instant now) {
        return Agreement.conclude(
                UUID.randomUUID(),
                CASE,
                "jc-1",
                terms,
                PLAN,
                previous,
                assessment,
                minor,
                policy,
                FORMS,
                "fm-1",
                "Anna Schmidt",
                TODAY,
                now);
    }

    private static Agreement conclude(Agreement.Terms terms, PlanningPolicy policy) {
        return conclude(terms, null, ASSESSMENT, false, policy, NOW);
    }

    private static Agreement concludedOn(LocalDate day, Agreement.Terms terms, LatestAssessment assessment) {
        return Agreement.conclude(
                UUID.randomUUID(),
                CASE,
                "jc-1",
                terms,
                PLAN,
                null,
                assessment,
                false,
                LIMITED,
                FORMS,
                "fm-1",
                null,
                day,
                at(day));
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule, RuleViolation.Broken::field)
                        .contains(tuple(rule, field)));
    }

    @Test
    void fromJuly2023EveryAgreementIsAKooperationsplanWhateverThePolicy() {
        Agreement a = conclude(plan6(), LIMITED);

        assertThat(a.type()).isEqualTo("KOOPERATIONSPLAN");
        assertThat(a.legalFormFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(a.agreedOn()).isEqualTo(TODAY);
        assertThat(a.reviewOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(a.validUntil()).isEqualTo(TODAY.plusMonths(6));
        assertThat(a.legalConsequenceInstruction()).isFalse();
        assertThat(a.assessmentVersion()).isEqualTo(2);
        assertThat(a.policyVersion()).isEqualTo(3);
        assertThat(a.plan()).isSameAs(PLAN);
        assertThat(a.agreedBy()).isEqualTo("fm-1");
        assertThat(a.agreedByName()).isEqualTo("Anna Schmidt");
        assertThat(a.agreedAt()).isEqualTo(NOW);
        assertRule(
                () -> conclude(terms("EINV", TODAY, TODAY.plusMonths(6), null, true), LIMITED),
                "LEGAL_FORM_OF_DATE",
                "type");
    }

    @Test
    void anAgreementFromBeforeJuly2023IsAnEinvOfTheOldLaw() {
        Agreement old = Agreement.conclude(
                UUID.randomUUID(),
                CASE,
                "jc-1",
                terms(null, OLD, OLD.plusMonths(6), null, true),
                PLAN,
                null,
                assessment(1, OLD.minusDays(3), "D"),
                false,
                LIMITED,
                FORMS,
                "fm-1",
                null,
                TODAY,
                NOW);

        assertThat(old.type()).isEqualTo("EINV");
        assertThat(old.legalFormFrom()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(old.legalConsequenceInstruction()).isTrue();
        assertRule(
                () -> Agreement.conclude(
                        UUID.randomUUID(),
                        CASE,
                        "jc-1",
                        terms("KOOPERATIONSPLAN", OLD, OLD.plusMonths(6), null, false),
                        PLAN,
                        null,
                        assessment(1, OLD.minusDays(3), "D"),
                        false,
                        LIMITED,
                        FORMS,
                        "fm-1",
                        null,
                        TODAY,
                        NOW),
                "LEGAL_FORM_OF_DATE",
                "type");
    }

    @Test
    void theLawAsksForAJointReviewWithinSixMonths() {
        assertThat(conclude(terms(null, TODAY, null, TODAY.plusMonths(3), false), UNLIMITED)
                        .reviewOn())
                .isEqualTo(TODAY.plusMonths(3));
        assertRule(
                () -> conclude(terms(null, TODAY, null, TODAY.plusMonths(6).plusDays(1), false), UNLIMITED),
                "REVIEW_TOO_LATE",
                "reviewOn");
        assertRule(() -> conclude(terms(null, TODAY, null, TODAY, false), UNLIMITED), "REVIEW_TOO_LATE", "reviewOn");
    }

    @Test
    void withoutALimitInThePolicyAnAgreementNeedsNoEndOfValidity() {
        Agreement a = conclude(terms(null, TODAY, null, null, false), UNLIMITED);

        assertThat(a.validUntil()).isNull();
        assertThat(a.reviewOn()).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void whereThePolicyLimitsItTheValidityIsRequiredAndAtMostTheLimit() {
        assertRule(
                () -> conclude(terms(null, TODAY, TODAY.plusMonths(6).plusDays(1), null, false), LIMITED),
                "VALIDITY_TOO_LONG",
                "validUntil");
        assertRule(() -> conclude(terms(null, TODAY, null, null, false), LIMITED), "VALIDITY_TOO_LONG", "validUntil");
        assertRule(() -> conclude(terms(null, TODAY, TODAY, null, false), LIMITED), "VALIDITY_TOO_LONG", "validUntil");
        assertRule(
                () -> conclude(terms(null, TODAY, TODAY.minusDays(1), null, false), UNLIMITED),
                "VALIDITY_TOO_LONG",
                "validUntil");
    }

    @Test
    void withoutADateTheAgreementIsConcludedToday() {
        assertThat(conclude(terms(null, null, TODAY.plusMonths(3), null, false), LIMITED)
                        .agreedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void anAgreementIsNotConcludedInTheFuture() {
        assertRule(
                () -> conclude(terms(null, TODAY.plusDays(1), TODAY.plusMonths(6), null, false), LIMITED),
                "IN_FUTURE",
                "agreedOn");
    }

    @Test
    void anAgreementRestsOnACompletedAssessment() {
        assertRule(() -> conclude(plan6(), null, null, false, LIMITED, NOW), "ASSESSMENT_REQUIRED", "assessment");
    }

    @Test
    void aRenewalNeedsAnAssessmentCompletedAfterThePreviousAgreement() {
        LocalDate previousOn = TODAY.minusMonths(6);
        LatestAssessment old = assessment(1, previousOn.minusDays(5), "D");
        Agreement previous =
                concludedOn(previousOn, terms(null, previousOn, previousOn.plusMonths(6), null, false), old);

        assertRule(
                () -> conclude(plan6(), previous, old, false, LIMITED, NOW), "FRESH_ASSESSMENT_REQUIRED", "assessment");
    }

    @Test
    void anAssessmentCompletedAtTheSameInstantAsThePreviousAgreementIsNotFresh() {
        LocalDate previousOn = TODAY.minusMonths(6);
        LatestAssessment sameInstant = assessment(1, previousOn, "D");
        Agreement previous =
                concludedOn(previousOn, terms(null, previousOn, previousOn.plusMonths(6), null, false), sameInstant);

        assertRule(
                () -> conclude(plan6(), previous, sameInstant, false, LIMITED, NOW),
                "FRESH_ASSESSMENT_REQUIRED",
                "assessment");
    }

    @Test
    void aRenewalOnAFreshAssessmentIsConcluded() {
        LocalDate previousOn = TODAY.minusMonths(6);
        Agreement previous = concludedOn(
                previousOn,
                terms(null, previousOn, previousOn.plusMonths(6), null, false),
                assessment(1, previousOn.minusDays(5), "D"));

        assertThat(conclude(plan6(), previous, ASSESSMENT, false, LIMITED, NOW).assessmentVersion())
                .isEqualTo(2);
    }

    @Test
    void afterWorkingWithoutAnAgreementNoFreshAssessmentIsNeeded() {
        LocalDate previousOn = TODAY.minusMonths(2);
        LatestAssessment x = assessment(1, previousOn.minusDays(5), "X");
        Agreement previous = concludedOn(
                previousOn,
                new Agreement.Terms(
                        Agreement.NONE,
                        previousOn,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        false,
                        null,
                        AgreementException.CATEGORY_X_Y_Z,
                        null),
                x);

        assertThat(conclude(plan6(), previous, x, false, LIMITED, NOW).type()).isEqualTo("KOOPERATIONSPLAN");
    }

    @Test
    void theGuardianCoSignsForAMinor() {
        assertRule(
                () -> conclude(plan6(), null, ASSESSMENT, true, LIMITED, NOW),
                "GUARDIAN_SIGNATURE_REQUIRED",
                "guardianSignedOn");
        Agreement.Terms signed = new Agreement.Terms(
                null,
                TODAY,
                TODAY.plusMonths(6),
                null,
                List.of("Ausbildungssuche"),
                List.of("Bewerbungen"),
                false,
                TODAY,
                null,
                null);
        assertThat(conclude(signed, null, ASSESSMENT, true, LIMITED, NOW).guardianSignedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void anEinvOfTheOldLawDocumentsTheLegalConsequenceInstruction() {
        assertRule(
                () -> Agreement.conclude(
                        UUID.randomUUID(),
                        CASE,
                        "jc-1",
                        terms(null, OLD, OLD.plusMonths(6), null, false),
                        PLAN,
                        null,
                        assessment(1, OLD.minusDays(3), "D"),
                        false,
                        LIMITED,
                        FORMS,
                        "fm-1",
                        null,
                        TODAY,
                        NOW),
                "INSTRUCTION_REQUIRED",
                "legalConsequenceInstruction");
    }

    @Test
    void aKooperationsplanHasNoLegalConsequenceInstruction() {
        assertRule(
                () -> conclude(terms(null, TODAY, TODAY.plusMonths(6), null, true), LIMITED),
                "NO_LEGAL_CONSEQUENCES",
                "legalConsequenceInstruction");
    }

    @Test
    void servicesAndObligationsAreRequired() {
        Agreement.Terms empty = new Agreement.Terms(
                null, TODAY, TODAY.plusMonths(6), null, List.of(), List.of(), false, null, null, null);

        assertRule(() -> conclude(empty, LIMITED), "REQUIRED", "jobcenterServices");
        assertRule(() -> conclude(empty, LIMITED), "REQUIRED", "customerObligations");
    }

    @Test
    void anAgreementNeedsAPlan() {
        assertRule(
                () -> Agreement.conclude(
                        UUID.randomUUID(),
                        CASE,
                        "jc-1",
                        plan6(),
                        null,
                        null,
                        ASSESSMENT,
                        false,
                        LIMITED,
                        FORMS,
                        "fm-1",
                        null,
                        TODAY,
                        NOW),
                "PLAN_REQUIRED",
                "plan");
    }

    @Test
    void anExceptionBelongsOnlyToNoAgreement() {
        Agreement.Terms withException = new Agreement.Terms(
                null,
                TODAY,
                TODAY.plusMonths(6),
                null,
                List.of("a"),
                List.of("b"),
                false,
                null,
                AgreementException.CANNOT_OVERSEE_CONSEQUENCES,
                "Grund");

        assertRule(() -> conclude(withException, LIMITED), "EXCEPTION_ONLY_WITHOUT_AGREEMENT", "exception");
    }

    @Test
    void noAgreementNeedsAnException() {
        assertRule(() -> conclude(none(null, null), LIMITED), "EXCEPTION_REQUIRED", "exception");
    }

    @Test
    void noAgreementForCategoryXyzOnlyWhenTheLatestAssessmentSaysSo() {
        assertRule(
                () -> conclude(
                        none(AgreementException.CATEGORY_X_Y_Z, null),
                        null,
                        assessment(1, TODAY, "D"),
                        false,
                        LIMITED,
                        NOW),
                "NOT_CATEGORY_X_Y_Z",
                "exception");
        assertRule(
                () -> conclude(none(AgreementException.CATEGORY_X_Y_Z, null), null, null, false, LIMITED, NOW),
                "NOT_CATEGORY_X_Y_Z",
                "exception");
    }

    @Test
    void noAgreementInCategoryXyz() {
        for (String category : List.of("X", "Y", "Z")) {
            Agreement a = conclude(
                    none(AgreementException.CATEGORY_X_Y_Z, null),
                    null,
                    assessment(5, TODAY, category),
                    false,
                    LIMITED,
                    NOW);
            assertThat(a.type()).isEqualTo(Agreement.NONE);
            assertThat(a.exception()).isEqualTo(AgreementException.CATEGORY_X_Y_Z);
            assertThat(a.validUntil()).isNull();
            assertThat(a.reviewOn()).isNull();
            assertThat(a.assessmentVersion()).isEqualTo(5);
        }
    }

    @Test
    void cannotOverseeTheConsequencesNeedsANote() {
        assertRule(
                () -> conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, null), LIMITED),
                "NOTE_REQUIRED",
                "exceptionNote");
        assertRule(
                () -> conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, " "), LIMITED),
                "NOTE_REQUIRED",
                "exceptionNote");
    }

    @Test
    void noAgreementBecauseTheCustomerCannotOverseeTheConsequences() {
        Agreement a =
                conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, "akute psychische Krise"), UNLIMITED);

        assertThat(a.type()).isEqualTo(Agreement.NONE);
        assertThat(a.exception()).isEqualTo(AgreementException.CANNOT_OVERSEE_CONSEQUENCES);
        assertThat(a.exceptionNote()).isEqualTo("akute psychische Krise");
        assertThat(a.jobcenterServices()).isEmpty();
        assertThat(a.legalConsequenceInstruction()).isFalse();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Agreement.Terms bad = new Agreement.Terms(
                "EINV", TODAY, TODAY.plusMonths(7), null, List.of(), List.of(), false, null, null, null);

        assertThatThrownBy(() -> conclude(bad, null, ASSESSMENT, true, LIMITED, NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule)
                        .containsExactly(
                                "LEGAL_FORM_OF_DATE",
                                "VALIDITY_TOO_LONG",
                                "REQUIRED",
                                "REQUIRED",
                                "GUARDIAN_SIGNATURE_REQUIRED"));
    }
}
