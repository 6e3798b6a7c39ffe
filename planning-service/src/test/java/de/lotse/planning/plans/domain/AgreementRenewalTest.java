package de.lotse.planning.plans.domain;

import de.lotse.planning.casefacts.domain.LatestAssessment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement rests on a completed assessment, and a renewal on one completed after the previous agreement
 * (docs/domain.md §15) — unless the case worked without an agreement.
 */
class AgreementRenewalTest extends AgreementFixtures {
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
}
