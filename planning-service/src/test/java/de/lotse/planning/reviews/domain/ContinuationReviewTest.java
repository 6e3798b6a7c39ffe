package de.lotse.planning.reviews.domain;

import de.lotse.planning.reviews.domain.ContinuationReview.Basis;
import de.lotse.planning.reviews.domain.ContinuationReview.Decision;
import de.lotse.planning.reviews.domain.ContinuationReview.Extension;
import de.lotse.planning.reviews.domain.ContinuationReview.Prognosis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Fortführungsprüfung (BA2010 3c, PANKOW 4.5, TAH 4.11): whether a case continues past its maximum duration, what
 * a decision needs, and when the next review is due.
 */
class ContinuationReviewTest extends ContinuationReviewFixtures {
    @Test
    void underTahARunningAghContinuesPastTheMaximumDuration() {
        ContinuationReview r = tah(Decision.CONTINUE, true);

        assertThat(r.basis()).isEqualTo(Basis.AGH_RUNNING);
        assertThat(r.extension()).isEqualTo(Extension.NOT_NEEDED);
        assertThat(r.nextReviewDueOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(r.policyVersion()).isEqualTo(2);
    }

    @Test
    void underTahWithoutAghTheMaximumDurationIsReached() {
        assertRule(() -> tah(Decision.CONTINUE, false), "MAX_DURATION_REACHED", "decision");
    }

    @Test
    void underTahThereIsNoExtension() {
        assertRule(() -> tah(Decision.EXTEND, true), "NO_EXTENSION_IN_POLICY", "decision");
    }

    @Test
    void aRunningAghDoesNotContinueACaseWhereThePolicyDoesNotSaySo() {
        assertRule(
                () -> review(
                        Decision.CONTINUE,
                        TODAY,
                        "AGH läuft",
                        Prognosis.MODERATE,
                        null,
                        PANKOW_ADMITTED,
                        PANKOW_MAX,
                        true,
                        null,
                        PANKOW),
                "MAX_DURATION_REACHED",
                "decision");
    }

    @Test
    void withinTheMaximumDurationACaseContinues() {
        ContinuationReview r = continueOn(TAH_MAX.minusDays(1), TAH_ADMITTED, TAH_MAX, null, TAH);

        assertThat(r.basis()).isEqualTo(Basis.WITHIN_MAX_DURATION);
        assertThat(r.extension()).isEqualTo(Extension.NOT_NEEDED);
    }

    @Test
    void withoutAMaximumDurationACaseContinues() {
        ContinuationReview r = continueOn(TODAY, TAH_ADMITTED, null, null, BA2010);

        assertThat(r.basis()).isEqualTo(Basis.NO_MAX_DURATION);
    }

    @Test
    void continuingNeedsReasons() {
        assertRule(
                () -> review(
                        Decision.CONTINUE,
                        TODAY,
                        null,
                        Prognosis.GOOD,
                        null,
                        PANKOW_ADMITTED,
                        null,
                        false,
                        null,
                        BA2010),
                "REASONS_REQUIRED",
                "reasons");
        assertRule(
                () -> review(
                        Decision.CONTINUE,
                        TODAY,
                        "  ",
                        Prognosis.GOOD,
                        null,
                        PANKOW_ADMITTED,
                        null,
                        false,
                        null,
                        BA2010),
                "REASONS_REQUIRED",
                "reasons");
    }

    @Test
    void continuingNeedsAPrognosis() {
        assertRule(
                () -> review(
                        Decision.CONTINUE, TODAY, "Gründe", null, null, PANKOW_ADMITTED, null, false, null, BA2010),
                "REASONS_REQUIRED",
                "reasons");
    }

    @Test
    void extendingNeedsReasonsAndAPrognosis() {
        assertRule(
                () -> review(
                        Decision.EXTEND,
                        TODAY,
                        null,
                        null,
                        TODAY.plusMonths(6),
                        PANKOW_ADMITTED,
                        PANKOW_MAX,
                        false,
                        null,
                        BA2010),
                "REASONS_REQUIRED",
                "reasons");
    }

    @Test
    void recommendingClosureNeedsNoReasons() {
        ContinuationReview r = review(Decision.CLOSE, TODAY, null, null, null, TAH_ADMITTED, TAH_MAX, false, null, TAH);

        assertThat(r.basis()).isEqualTo(Basis.CLOSURE);
        assertThat(r.extension()).isEqualTo(Extension.NOT_NEEDED);
        assertThat(r.nextReviewDueOn()).isNull();
    }

    @Test
    void theNextReviewIsDueAfterThePolicysInterval() {
        // BA2010 here: every 4 months; 31 October + 4 months = 28 February
        LocalDate reviewedOn = LocalDate.of(2026, 10, 31);

        assertThat(continueOn(reviewedOn, PANKOW_ADMITTED, null, null, BA2010).nextReviewDueOn())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(continueOn(reviewedOn, PANKOW_ADMITTED, null, null, PANKOW).nextReviewDueOn())
                .isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void theReviewLiesBetweenAdmissionAndToday() {
        assertRule(
                () -> continueOn(PANKOW_ADMITTED.minusDays(1), PANKOW_ADMITTED, null, null, BA2010),
                "OUTSIDE_CASE_AND_TODAY",
                "reviewedOn");
        assertRule(
                () -> continueOn(TODAY.plusDays(1), PANKOW_ADMITTED, null, null, BA2010),
                "OUTSIDE_CASE_AND_TODAY",
                "reviewedOn");
    }
}
