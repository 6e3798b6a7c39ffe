package de.lotse.planning.plans.domain;

import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Concluding an agreement (§ 15 SGB II; docs/domain.md §15): the legal form follows the date, the review is due within
 * the law's six months, validity is limited only by the policy, and what the agreement must contain.
 */
class AgreementTest extends AgreementFixtures {
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
    void theLastDayThereIsIsRefusedAsInTheFutureRatherThanBreakingTheDateArithmetic() {
        assertRule(
                () -> conclude(terms(null, LocalDate.MAX, TODAY.plusMonths(6), null, false), LIMITED),
                "IN_FUTURE",
                "agreedOn");
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
