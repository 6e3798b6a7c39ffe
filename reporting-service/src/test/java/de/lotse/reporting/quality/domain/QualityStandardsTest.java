package de.lotse.reporting.quality.domain;

import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.kernel.contacts.ContactRule;
import de.lotse.reporting.quality.domain.CaseStatus.Period;
import de.lotse.reporting.quality.domain.CaseStatus.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class QualityStandardsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate ADMITTED = TODAY.minusMonths(40);
    private static final QualityStandards TAH =
            new QualityStandards(new ContactRule(null, 1, Map.of(), EnumSet.allOf(ContactFormat.class)), 6, true);
    private static final QualityStandards BA2010 = new QualityStandards(null, 6, false);

    private static CaseStatus open(
            LocalDate admittedOn,
            LocalDate maxDurationEndsOn,
            LocalDate nextReview,
            LocalDate extensionUntil,
            List<LocalDate> contacts,
            List<Period> agh) {
        return new CaseStatus(
                UUID.randomUUID(),
                Stage.OPEN,
                "team-1",
                "fm-anna",
                "UE25",
                null,
                admittedOn,
                null,
                null,
                maxDurationEndsOn,
                null,
                null,
                nextReview,
                extensionUntil,
                null,
                contacts,
                agh);
    }

    private static CaseStatus pastMaximum(LocalDate extensionUntil, LocalDate nextReview) {
        return open(ADMITTED, ADMITTED.plusMonths(36), nextReview, extensionUntil, List.of(), List.of());
    }

    private static CaseStatus referred(LocalDate dueOn) {
        return new CaseStatus(
                UUID.randomUUID(),
                Stage.REFERRED,
                "team-1",
                null,
                "UE25",
                dueOn,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
    }

    /** docs/domain.md §15.2: a Kooperationsplan without a validity limit is overdue once its joint review has passed. */
    @Test
    void anAgreementWhoseJointReviewHasPassedIsAFindingEvenWithoutAValidityLimit() {
        CaseStatus reviewOverdue = new CaseStatus(
                UUID.randomUUID(),
                Stage.OPEN,
                "team-1",
                "fm-anna",
                "UE25",
                null,
                ADMITTED,
                null,
                null,
                null,
                null,
                TODAY.minusDays(1),
                TODAY.plusMonths(1),
                null,
                null,
                List.of(),
                List.of());
        CaseStatus reviewAhead = new CaseStatus(
                UUID.randomUUID(),
                Stage.OPEN,
                "team-1",
                "fm-anna",
                "UE25",
                null,
                ADMITTED,
                null,
                null,
                null,
                null,
                TODAY.plusDays(1),
                TODAY.plusMonths(1),
                null,
                null,
                List.of(),
                List.of());
        assertThat(BA2010.check(reviewOverdue, TODAY)).contains(Finding.AGREEMENT_EXPIRED);
        assertThat(BA2010.check(reviewAhead, TODAY)).doesNotContain(Finding.AGREEMENT_EXPIRED);
    }

    @Test
    void pastTheMaximumWithoutExtensionOrExceptionIsAFinding() {
        assertThat(BA2010.check(pastMaximum(null, TODAY.plusMonths(1)), TODAY))
                .containsExactly(Finding.MAX_DURATION_EXCEEDED);
        assertThat(BA2010.check(pastMaximum(TODAY.plusMonths(2), TODAY.plusMonths(1)), TODAY))
                .isEmpty();
        assertThat(BA2010.check(pastMaximum(TODAY.minusDays(1), TODAY.plusMonths(1)), TODAY))
                .containsExactly(Finding.MAX_DURATION_EXCEEDED);
    }

    @Test
    void aRunningAghIsAnExceptionOnlyWhereThePolicyAllowsIt() {
        List<LocalDate> weekly =
                ADMITTED.datesUntil(TODAY, java.time.Period.ofWeeks(1)).toList();
        CaseStatus inAgh = open(
                ADMITTED,
                ADMITTED.plusMonths(36),
                TODAY.plusMonths(1),
                null,
                weekly,
                List.of(new Period(TODAY.minusMonths(2), null)));
        assertThat(TAH.check(inAgh, TODAY)).isEmpty();
        assertThat(BA2010.check(inAgh, TODAY)).containsExactly(Finding.MAX_DURATION_EXCEEDED);
        CaseStatus aghEnded = open(
                ADMITTED,
                ADMITTED.plusMonths(36),
                TODAY.plusMonths(1),
                null,
                weekly,
                List.of(new Period(TODAY.minusMonths(2), TODAY.minusDays(3))));
        assertThat(TAH.check(aghEnded, TODAY)).containsExactly(Finding.MAX_DURATION_EXCEEDED);
    }

    @Test
    void theFirstReviewIsDueAfterTheIntervalFromAdmission() {
        CaseStatus young = open(TODAY.minusMonths(6).minusDays(1), null, null, null, List.of(), List.of());
        assertThat(BA2010.check(young, TODAY)).containsExactly(Finding.REVIEW_OVERDUE);
        CaseStatus reviewed = open(young.admittedOn(), null, TODAY.plusMonths(5), null, List.of(), List.of());
        assertThat(BA2010.check(reviewed, TODAY)).isEmpty();
    }

    @Test
    void aReferralWaitingForAnFmPastTheDeadlineIsAFindingAndNothingElseIsCheckedOnIt() {
        assertThat(TAH.check(referred(TODAY.minusDays(1)), TODAY)).containsExactly(Finding.SECONDARY_ASSIGNMENT_MISSED);
        assertThat(TAH.check(referred(TODAY), TODAY)).isEmpty();
        assertThat(TAH.check(referred(null), TODAY))
                .as("a policy without the deadline")
                .isEmpty();
    }

    @Test
    void evaluationSaysFromWhichDayTheFindingsChangeWithoutAnEvent() {
        assertThat(TAH.evaluate(referred(TODAY.plusDays(3)), TODAY))
                .isEqualTo(new QualityStandards.Evaluation(EnumSet.noneOf(Finding.class), TODAY.plusDays(4)));
        // review due in ten days, no contact rule: overdue from the eleventh day
        CaseStatus c = open(TODAY.minusMonths(3), null, TODAY.plusDays(10), null, List.of(), List.of());
        assertThat(BA2010.evaluate(c, TODAY).changesOn()).isEqualTo(TODAY.plusDays(11));
        assertThat(BA2010.evaluate(c, TODAY.plusDays(11)).findings()).containsExactly(Finding.REVIEW_OVERDUE);
        // nothing in sight: looked at again after the horizon
        CaseStatus calm = open(TODAY.minusMonths(3), null, TODAY.plusMonths(4), null, List.of(), List.of());
        assertThat(BA2010.evaluate(calm, TODAY))
                .isEqualTo(new QualityStandards.Evaluation(
                        EnumSet.noneOf(Finding.class), TODAY.plusDays(QualityStandards.HORIZON_DAYS)));
    }

    @Test
    void monthlyContactsFallBehindTheDayAfterTheNextContactWasDue() {
        LocalDate last = TODAY.minusDays(20);
        CaseStatus c = open(
                TODAY.minusMonths(5),
                null,
                TODAY.plusMonths(1),
                null,
                TODAY.minusMonths(5)
                        .datesUntil(last.plusDays(1), java.time.Period.ofDays(25))
                        .toList(),
                List.of());
        QualityStandards.Evaluation evaluation = TAH.evaluate(c, TODAY);
        assertThat(evaluation.findings()).isEmpty();
        LocalDate lastContact = c.countedContacts().get(c.countedContacts().size() - 1);
        assertThat(evaluation.changesOn()).isEqualTo(lastContact.plusMonths(1).plusDays(1));
        assertThat(TAH.check(c, evaluation.changesOn())).containsExactly(Finding.CONTACT_DENSITY_NOT_MET);
    }
}
