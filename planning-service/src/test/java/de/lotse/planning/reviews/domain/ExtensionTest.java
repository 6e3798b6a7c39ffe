package de.lotse.planning.reviews.domain;

import de.lotse.planning.reviews.domain.ContinuationReview.Basis;
import de.lotse.planning.reviews.domain.ContinuationReview.Decision;
import de.lotse.planning.reviews.domain.ContinuationReview.Extension;
import de.lotse.planning.reviews.domain.ContinuationReview.Prognosis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extending a case past its maximum duration (PANKOW 4.5, BA2010 3c): requested from and decided once by the team
 * lead under PANKOW, approved at once on documented reasons under BA2010, and continuing the case while it covers
 * the review day.
 */
class ExtensionTest extends ContinuationReviewFixtures {
    @Test
    void underPankowAnExtensionIsRequestedFromTheTeamLead() {
        ContinuationReview r = pankowExtension(TODAY.plusMonths(6));

        assertThat(r.decision()).isEqualTo(Decision.EXTEND);
        assertThat(r.basis()).isEqualTo(Basis.EXTENSION);
        assertThat(r.extension()).isEqualTo(Extension.REQUESTED);
        assertThat(r.extendedUntil()).isEqualTo(TODAY.plusMonths(6));
        assertThat(r.extensionApproved()).isFalse();
        assertThat(r.decidedBy()).isNull();
    }

    @Test
    void theTeamLeadApprovesARequestedExtension() {
        ContinuationReview requested = pankowExtension(TODAY.plusMonths(6));

        ContinuationReview approved = requested.decide("tl-1", true, "Therapieplatz ab Januar gesichert");
        assertThat(approved.extension()).isEqualTo(Extension.APPROVED);
        assertThat(approved.extensionApproved()).isTrue();
        assertThat(approved.decidedBy()).isEqualTo("tl-1");
        assertThat(approved.decisionNote()).isEqualTo("Therapieplatz ab Januar gesichert");
        assertThat(approved.extendedUntil()).isEqualTo(requested.extendedUntil());
        assertThat(approved.nextReviewDueOn()).isEqualTo(requested.nextReviewDueOn());
        assertThat(approved.id()).isEqualTo(requested.id());
    }

    @Test
    void theTeamLeadRejectsARequestedExtension() {
        ContinuationReview rejected = pankowExtension(TODAY.plusMonths(6)).decide("tl-1", false, "keine Fortschritte");

        assertThat(rejected.extension()).isEqualTo(Extension.REJECTED);
        assertThat(rejected.extensionApproved()).isFalse();
    }

    @Test
    void anExtensionIsDecidedOnlyOnce() {
        ContinuationReview approved = pankowExtension(TODAY.plusMonths(6)).decide("tl-1", true, "ok");

        assertConflict(() -> approved.decide("tl-2", false, "doch nicht"), "NO_EXTENSION_REQUESTED");
    }

    @Test
    void onlyARequestedExtensionIsDecided() {
        ContinuationReview continued = tah(Decision.CONTINUE, true);

        assertConflict(() -> continued.decide("tl-1", true, "ok"), "NO_EXTENSION_REQUESTED");
    }

    @Test
    void theTeamLeadsDecisionNeedsANote() {
        ContinuationReview requested = pankowExtension(TODAY.plusMonths(6));

        assertRule(() -> requested.decide("tl-1", true, null), "NOTE_REQUIRED", "note");
        assertRule(() -> requested.decide("tl-1", true, " "), "NOTE_REQUIRED", "note");
    }

    @Test
    void anExtensionEndsAfterTheMaximumDurationAndAtMostTwelveMonthsAfterTheReview() {
        assertRule(() -> pankowExtension(null), "EXTENSION_PERIOD", "extendedUntil");
        assertRule(() -> pankowExtension(PANKOW_MAX), "EXTENSION_PERIOD", "extendedUntil");
        assertRule(() -> pankowExtension(TODAY.plusMonths(12).plusDays(1)), "EXTENSION_PERIOD", "extendedUntil");
    }

    @Test
    void anExtensionOfTwelveMonthsIsAllowed() {
        assertThat(pankowExtension(TODAY.plusMonths(12)).extendedUntil()).isEqualTo(TODAY.plusMonths(12));
    }

    @Test
    void withoutAMaximumDurationThereIsNothingToExtend() {
        assertRule(
                () -> review(
                        Decision.EXTEND,
                        TODAY,
                        "Gründe",
                        Prognosis.GOOD,
                        TODAY.plusMonths(6),
                        PANKOW_ADMITTED,
                        null,
                        false,
                        null,
                        PANKOW),
                "NO_MAX_DURATION",
                "decision");
    }

    @Test
    void underBa2010DocumentedReasonsApproveTheExtensionAtOnce() {
        ContinuationReview r = review(
                Decision.EXTEND,
                TODAY,
                "Stabilisierung fortgeschritten",
                Prognosis.GOOD,
                TODAY.plusMonths(6),
                PANKOW_ADMITTED,
                PANKOW_MAX,
                false,
                null,
                BA2010);

        assertThat(r.extension()).isEqualTo(Extension.APPROVED);
        assertThat(r.extensionApproved()).isTrue();
        assertThat(r.basis()).isEqualTo(Basis.EXTENSION);
    }

    @Test
    void anApprovedExtensionCoveringTheReviewDayContinuesTheCase() {
        ContinuationReview r = continueOn(TODAY, PANKOW_ADMITTED, PANKOW_MAX, TODAY.plusMonths(3), BA2010);

        assertThat(r.basis()).isEqualTo(Basis.EXTENSION);
        assertThat(r.extension()).isEqualTo(Extension.NOT_NEEDED);
    }

    @Test
    void anExtensionEndingOnTheReviewDayStillCoversIt() {
        assertThat(continueOn(TODAY, PANKOW_ADMITTED, PANKOW_MAX, TODAY, BA2010).basis())
                .isEqualTo(Basis.EXTENSION);
    }

    @Test
    void anExpiredExtensionDoesNotContinueTheCase() {
        assertRule(
                () -> continueOn(TODAY, PANKOW_ADMITTED, PANKOW_MAX, TODAY.minusDays(1), BA2010),
                "MAX_DURATION_REACHED",
                "decision");
    }
}
