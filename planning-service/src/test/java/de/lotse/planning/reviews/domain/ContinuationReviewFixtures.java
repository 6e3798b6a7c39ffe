package de.lotse.planning.reviews.domain;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.planning.reviews.domain.ContinuationReview.Decision;
import de.lotse.planning.reviews.domain.ContinuationReview.Prognosis;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reviews under the three policies' rules (TAH, PANKOW, BA2010) with cases admitted so that today lies past or
 * within their maximum duration; the tests decide on them and read the broken rules.
 */
abstract class ContinuationReviewFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW =
            TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();

    /** TAH-like: three years at most, no extension, but a running AGH continues FM. */
    static final PlanningPolicy TAH = new PlanningPolicy(2, null, null, 6, "NONE", true, true);
    /** PANKOW-like: past the maximum only with the team lead's approval. */
    static final PlanningPolicy PANKOW = new PlanningPolicy(5, null, null, 6, "TEAM_LEAD_APPROVAL", false, false);
    /** BA2010-like: documented reasons suffice; reviews every 4 months for this test. */
    static final PlanningPolicy BA2010 = new PlanningPolicy(1, null, null, 4, "DOCUMENTED_REASONS", false, false);

    /** Admitted three years and four months ago; the three years ended on 23 July 2026. */
    static final LocalDate TAH_ADMITTED = TODAY.minusYears(3).minusMonths(4);

    static final LocalDate TAH_MAX = TAH_ADMITTED.plusMonths(36);
    /** Admitted two years and two months ago; the two years ended on 23 September 2026. */
    static final LocalDate PANKOW_ADMITTED = TODAY.minusYears(2).minusMonths(2);

    static final LocalDate PANKOW_MAX = PANKOW_ADMITTED.plusMonths(24);

    static ContinuationReview review(
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

    static ContinuationReview tah(Decision decision, boolean aghRunning) {
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

    static ContinuationReview pankowExtension(LocalDate extendedUntil) {
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

    static ContinuationReview continueOn(
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

    static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> {
            assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
            assertThat(((RuleViolation) e).field()).isEqualTo(field);
        });
    }

    static void assertConflict(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo(rule));
    }
}
