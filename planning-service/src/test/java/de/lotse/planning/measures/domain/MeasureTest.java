package de.lotse.planning.measures.domain;

import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measures on a case (§16 SGB II instruments), without any framework. */
class MeasureTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW =
            TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    private static final LocalDate ADMITTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    private static Measure start(LocalDate startedOn, LocalDate plannedEndOn) {
        return Measure.start(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                MeasureInstrument.AGH_16D,
                "AGH Stadtteilgarten",
                null,
                startedOn,
                plannedEndOn,
                ADMITTED,
                "fm-1",
                NOW);
    }

    private static Measure agh() {
        return start(START, START.plusMonths(6));
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> {
            assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
            assertThat(((RuleViolation) e).field()).isEqualTo(field);
        });
    }

    @Test
    void aMeasureStarts() {
        Measure m = agh();

        assertThat(m.instrument()).isEqualTo(MeasureInstrument.AGH_16D);
        assertThat(m.startedOn()).isEqualTo(START);
        assertThat(m.plannedEndOn()).isEqualTo(START.plusMonths(6));
        assertThat(m.endedOn()).isNull();
        assertThat(m.outcome()).isNull();
        assertThat(m.version()).isZero();
    }

    @Test
    void aMeasureDoesNotStartBeforeTheAdmission() {
        assertRule(() -> start(ADMITTED.minusDays(1), null), "BEFORE_ADMISSION", "startedOn");
    }

    @Test
    void aMeasureStartsOnTheDayOfAdmission() {
        assertThat(start(ADMITTED, null).startedOn()).isEqualTo(ADMITTED);
    }

    @Test
    void thePlannedEndIsNotBeforeTheStart() {
        assertRule(() -> start(START, START.minusDays(1)), "BEFORE_START", "plannedEndOn");
    }

    @Test
    void aOneDayMeasureIsPlanned() {
        assertThat(start(START, START).plannedEndOn()).isEqualTo(START);
    }

    @Test
    void aMeasureEndsWithItsOutcome() {
        Measure ended = agh().end(START.plusMonths(3), Measure.Outcome.ABORTED_FOR_INTEGRATION, TODAY);

        assertThat(ended.endedOn()).isEqualTo(START.plusMonths(3));
        assertThat(ended.outcome()).isEqualTo(Measure.Outcome.ABORTED_FOR_INTEGRATION);
        assertThat(ended.outcome().successful()).isTrue();
    }

    @Test
    void aMeasureEndsOnlyOnce() {
        Measure ended = agh().end(START.plusMonths(3), Measure.Outcome.COMPLETED, TODAY);

        assertThatThrownBy(() -> ended.end(START.plusMonths(4), Measure.Outcome.ABORTED_OTHER, TODAY))
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo("MEASURE_ENDED"));
    }

    @Test
    void theEndLiesBetweenStartAndToday() {
        Measure m = agh();

        assertRule(
                () -> m.end(START.minusDays(1), Measure.Outcome.COMPLETED, TODAY),
                "OUTSIDE_MEASURE_AND_TODAY",
                "endedOn");
        assertRule(
                () -> m.end(TODAY.plusDays(1), Measure.Outcome.COMPLETED, TODAY),
                "OUTSIDE_MEASURE_AND_TODAY",
                "endedOn");
    }

    @Test
    void anOpenMeasureRunsFromItsStart() {
        Measure m = agh();

        assertThat(m.runningOn(START.minusDays(1))).isFalse();
        assertThat(m.runningOn(START)).isTrue();
        assertThat(m.runningOn(TODAY)).isTrue();
        // the planned end does not stop it: only the recorded end does
        assertThat(m.runningOn(START.plusMonths(6).plusDays(1))).isTrue();
    }

    @Test
    void anEndedMeasureRunsUntilTheDayBeforeItsEnd() {
        // same convention as intake's case_measure query: ended_on > day
        LocalDate endedOn = START.plusMonths(3);
        Measure ended = agh().end(endedOn, Measure.Outcome.COMPLETED, TODAY);

        assertThat(ended.runningOn(endedOn.minusDays(1))).isTrue();
        assertThat(ended.runningOn(endedOn)).isFalse();
        assertThat(ended.runningOn(TODAY)).isFalse();
    }

    @Test
    void outcomesAreSuccessfulOrNot() {
        assertThat(Measure.Outcome.COMPLETED_SUCCESSFULLY.successful()).isTrue();
        assertThat(Measure.Outcome.ABORTED_BY_CUSTOMER.successful()).isFalse();
    }
}
