package de.lotse.planning.reviews.domain;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.planning.reviews.domain.ContinuationReview.Basis;
import de.lotse.planning.reviews.domain.ContinuationReview.Decision;
import de.lotse.planning.reviews.domain.ContinuationReview.Extension;
import de.lotse.planning.reviews.domain.ContinuationReview.Prognosis;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Fortführungsprüfung and continuing past the maximum duration (BA2010 3c, PANKOW 4.5, TAH 4.11). */
class ContinuationReviewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW =
            TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();

    /** TAH-like: three years at most, no extension, but a running AGH continues FM. */
    private static final PlanningPolicy TAH = new PlanningPolicy(2, null, null, 6, "NONE", true, true);
    /** PANKOW-like: past the maximum only with the team lead's approval. */
    private static final PlanningPolicy PANKOW =
            new PlanningPolicy(5, null, null, 6, "TEAM_LEAD_APPROVAL", false, false);
    /** BA2010-like: documented reasons suffice; reviews every 4 months for this test. */
    private static final PlanningPolicy BA2010 =
            new PlanningPolicy(1, null, null, 4, "DOCUMENTED_REASONS", false, false);

    /** Admitted three years and four months ago; the three years ended on 23 July 2026. */
    private static final LocalDate TAH_ADMITTED = TODAY.minusYears(3).minusMonths(4);

    private static final LocalDate TAH_MAX = TAH_ADMITTED.plusMonths(36);
    /** Admitted two years and two months ago; the two years ended on 23 September 2026. */
    private static final LocalDate PANKOW_ADMITTED = TODAY.minusYears(2).minusMonths(2);

    private static final LocalDate PANKOW_MAX = PANKOW_ADMITTED.plusMonths(24);

    private static ContinuationReview review(
            Decision decision,
            LocalDate reviewedOn,
            String reasons,
            Prognosis prognosis,
            LocalDate extendedUntil,
            LocalDate admitted,
            LocalDate maxEnds,
            boolean aghRunning,
            LocalDate extensionUntil,
            PlanningPolicy policy) {
        return ContinuationReview.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                reviewedOn,
                decision,
                reasons,
                prognosis,
                extendedUntil,
                admitted,
                maxEnds,
                aghRunning,
                extensionUntil,
                policy,
                "fm-1",
                TODAY,
                NOW);
    }

    private static ContinuationReview tah(Decision decision, boolean aghRunning) {
        return review(
                decision,
                TODAY,
                "Stabilisierung in der AGH",
                Prognosis.MODERATE,
                TODAY.plusMonths(6),
                TAH_ADMITTED,
                TAH_MAX,
                aghRunning,
                null,
                TAH);
    }

    private static ContinuationReview pankowExtension(LocalDate extendedUntil) {
        return review(
                Decision.EXTEND,
                TODAY,
                "Wohnung in Aussicht, Therapie begonnen",
                Prognosis.GOOD,
                extendedUntil,
                PANKOW_ADMITTED,
                PANKOW_MAX,
                false,
                null,
                PANKOW);
    }

    private static ContinuationReview continueOn(
            LocalDate reviewedOn,
            LocalDate admitted,
            LocalDate maxEnds,
            LocalDate extensionUntil,
            PlanningPolicy policy) {
        return review(
                Decision.CONTINUE,
                reviewedOn,
                "Fortschritte bei der Schuldenregulierung",
                Prognosis.GOOD,
                null,
                admitted,
                maxEnds,
                false,
                extensionUntil,
                policy);
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> {
            assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
            assertThat(((RuleViolation) e).field()).isEqualTo(field);
        });
    }

    private static void assertConflict(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo(rule));
    }

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
