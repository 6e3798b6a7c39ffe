package de.lotse.intake.jobcenter.infrastructure;

import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.Region;
import de.lotse.intake.jobcenter.domain.WorkingDays;
import de.lotse.intake.policy.domain.DeadlineRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days from the holiday library (docs/domain.md §13): Monday to Friday without the public holidays of the
 * Jobcenter's Bundesland and region; UCKERMARK 3 counts its first-consultation deadline in such days.
 */
class JollydayHolidayCalendarTest {
    /** one per test class: the library takes a second or two to read its configuration */
    private static final JollydayHolidayCalendar CALENDAR = new JollydayHolidayCalendar();

    private static final DeadlineRule TEN_WORKING_DAYS = new DeadlineRule(10, DeadlineRule.DayCount.WORKING_DAYS);

    private static WorkingDays in(Bundesland state) {
        return WorkingDays.of(CALENDAR, state, null);
    }

    @Test
    void tenWorkingDaysOverChristmasSkipBothChristmasDaysAndNewYear_domain13_UCKERMARK_3() {
        // Friday 18 Dec 2026: 21, 22, 23, 24, (25, 26 holidays; 26/27 weekend) 28, 29, 30, 31, (1 Jan) 4, 5 Jan
        assertThat(TEN_WORKING_DAYS.from(LocalDate.of(2026, 12, 18), in(Bundesland.BB)))
                .isEqualTo(LocalDate.of(2027, 1, 5));
        // weekends alone would end on Friday 1 January
        assertThat(TEN_WORKING_DAYS.from(LocalDate.of(2026, 12, 18), WorkingDays.mondayToFriday()))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void reformationDayIsAHolidayInBrandenburgButNotInBerlin_domain13() {
        LocalDate reformationDay = LocalDate.of(2025, 10, 31); // a Friday
        assertThat(in(Bundesland.BB).isWorkingDay(reformationDay)).isFalse();
        assertThat(in(Bundesland.BE).isWorkingDay(reformationDay)).isTrue();
        // so a deadline over it ends a day later in Brandenburg: Thursday 30 Oct 2025 + 1 working day
        assertThat(new DeadlineRule(1, DeadlineRule.DayCount.WORKING_DAYS)
                        .from(LocalDate.of(2025, 10, 30), in(Bundesland.BB)))
                .isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(new DeadlineRule(1, DeadlineRule.DayCount.WORKING_DAYS)
                        .from(LocalDate.of(2025, 10, 30), in(Bundesland.BE)))
                .isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void internationalWomensDayIsAHolidayInBerlinOnlyOfTheseLaender_domain13() {
        LocalDate womensDay = LocalDate.of(2027, 3, 8); // a Monday
        assertThat(in(Bundesland.BE).isWorkingDay(womensDay)).isFalse();
        assertThat(in(Bundesland.BB).isWorkingDay(womensDay)).isTrue();
        assertThat(in(Bundesland.BY).isWorkingDay(womensDay)).isTrue();
    }

    @Test
    void augsburgKeepsItsPeaceFestivalTheRestOfBavariaWorks_domain13() {
        LocalDate peaceFestival = LocalDate.of(2025, 8, 8); // a Friday
        assertThat(CALENDAR.regions(Bundesland.BY)).extracting(Region::code).contains("AG");
        assertThat(CALENDAR.regions(Bundesland.BY))
                .filteredOn(r -> r.code().equals("AG"))
                .singleElement()
                .satisfies(r -> assertThat(r.label()).startsWith("Augsburg").contains("Friedensfest"));
        assertThat(WorkingDays.of(CALENDAR, Bundesland.BY, "AG").isWorkingDay(peaceFestival))
                .isFalse();
        assertThat(in(Bundesland.BY).isWorkingDay(peaceFestival)).isTrue();
    }

    @Test
    void withoutARecordOnlyTheNationwideHolidaysAreSkipped_domain13() {
        WorkingDays fallback = WorkingDays.nationwide(CALENDAR);
        assertThat(fallback.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(fallback.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse(); // a Saturday anyway
        assertThat(fallback.isWorkingDay(LocalDate.of(2027, 5, 6))).isFalse(); // Ascension Day
        assertThat(fallback.isWorkingDay(LocalDate.of(2025, 10, 31))).isTrue(); // Reformationstag: some Länder only
        assertThat(fallback.isWorkingDay(LocalDate.of(2027, 3, 8))).isTrue(); // Frauentag: Berlin, MV
    }

    @ParameterizedTest
    @EnumSource(Bundesland.class)
    void theLibraryKnowsEveryLandAndOnlyBavariaHasRegions(Bundesland state) {
        assertThat(CALENDAR.holidays(state, null, 2026)).contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
        if (state == Bundesland.BY) {
            assertThat(CALENDAR.regions(state)).isNotEmpty();
        } else {
            assertThat(CALENDAR.regions(state)).isEmpty();
        }
    }
}
