package de.lotse.reporting.quality.domain;

import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.quality.ContactRule;
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
    private static final QualityStandards TAH = new QualityStandards(new ContactRule(null, 1, Map.of(),
            EnumSet.allOf(ContactFormat.class)), 6, true);
    private static final QualityStandards BA2010 = new QualityStandards(null, 6, false);

    private static CaseStatus pastMaximum(LocalDate extensionUntil, LocalDate nextReview) {
        return new CaseStatus(UUID.randomUUID(), "team-1", "fm-anna", ADMITTED, null, null, ADMITTED.plusMonths(36), null,
                nextReview, extensionUntil, null);
    }

    @Test
    void pastTheMaximumWithoutExtensionOrExceptionIsAFinding() {
        assertThat(BA2010.check(pastMaximum(null, TODAY.plusMonths(1)), List.of(), false, TODAY))
                .containsExactly(Finding.MAX_DURATION_EXCEEDED);
        assertThat(BA2010.check(pastMaximum(TODAY.plusMonths(2), TODAY.plusMonths(1)), List.of(), false, TODAY)).isEmpty();
        assertThat(BA2010.check(pastMaximum(TODAY.minusDays(1), TODAY.plusMonths(1)), List.of(), false, TODAY))
                .containsExactly(Finding.MAX_DURATION_EXCEEDED);
    }

    @Test
    void aRunningAghIsAnExceptionOnlyWhereThePolicyAllowsIt() {
        List<LocalDate> weekly = ADMITTED.datesUntil(TODAY, java.time.Period.ofWeeks(1)).toList();
        assertThat(TAH.check(pastMaximum(null, TODAY.plusMonths(1)), weekly, true, TODAY)).isEmpty();
        assertThat(BA2010.check(pastMaximum(null, TODAY.plusMonths(1)), weekly, true, TODAY))
                .containsExactly(Finding.MAX_DURATION_EXCEEDED);
    }

    @Test
    void theFirstReviewIsDueAfterTheIntervalFromAdmission() {
        CaseStatus young = new CaseStatus(UUID.randomUUID(), "team-1", "fm-anna", TODAY.minusMonths(6).minusDays(1), null,
                null, null, null, null, null, null);
        assertThat(BA2010.check(young, List.of(), false, TODAY)).containsExactly(Finding.REVIEW_OVERDUE);
        CaseStatus reviewed = new CaseStatus(young.caseId(), "team-1", "fm-anna", young.admittedOn(), null, null, null,
                null, TODAY.plusMonths(5), null, null);
        assertThat(BA2010.check(reviewed, List.of(), false, TODAY)).isEmpty();
    }

    @Test
    void smallCountsAreSuppressedButZeroIsNot() {
        assertThat(Cell.of(0)).isEqualTo(new Cell(0L, false));
        assertThat(Cell.of(4)).isEqualTo(new Cell(null, true));
        assertThat(Cell.of(5)).isEqualTo(new Cell(5L, false));
    }
}
