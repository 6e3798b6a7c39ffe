package de.lotse.intake.jobcenter.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What a working day (Arbeitstag) is for one Jobcenter: Monday to Friday and not a public holiday of its Bundesland
 * and region (docs/domain.md §13; UCKERMARK 3 counts "innerhalb von 10 Arbeitstagen"). A Jobcenter that has not
 * entered its record yet counts with the holidays every Land keeps ({@link #nationwide}).
 */
public final class WorkingDays {
    private final IntFunction<Set<LocalDate>> holidaysOfYear;
    private final String description;

    private WorkingDays(IntFunction<Set<LocalDate>> holidaysOfYear, String description) {
        this.holidaysOfYear = holidaysOfYear;
        this.description = description;
    }

    /** The working days of a Jobcenter in that Land (and region, if not {@code null}). */
    public static WorkingDays of(HolidayCalendar calendar, Bundesland state, String region) {
        return new WorkingDays(
                year -> calendar.holidays(state, region, year),
                state.germanName() + (region == null ? "" : " (" + region + ")"));
    }

    /** Fallback for a Jobcenter without a record: weekends and the holidays of every Land. */
    public static WorkingDays nationwide(HolidayCalendar calendar) {
        return new WorkingDays(year -> calendar.holidays(null, null, year), "bundesweite Feiertage");
    }

    /** Monday to Friday, no public holidays at all: for rules that are not about holidays (unit tests). */
    public static WorkingDays mondayToFriday() {
        return new WorkingDays(year -> Set.of(), "Montag bis Freitag");
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidaysOfYear.apply(day.getYear()).contains(day);
    }

    /**
     * The day on which {@code count} working days after {@code start} have passed: the start day itself is not
     * counted, the deadline is the last counted day (docs/domain.md §13).
     */
    public LocalDate after(LocalDate start, int count) {
        LocalDate day = start;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public String toString() {
        return "WorkingDays[" + description + "]";
    }
}
