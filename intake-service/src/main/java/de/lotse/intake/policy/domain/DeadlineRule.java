package de.lotse.intake.policy.domain;

import de.lotse.intake.jobcenter.domain.WorkingDays;

import java.time.LocalDate;

/**
 * A deadline in calendar or working days, e.g. first consultation within 14 days (TAH 4.3) or
 * within 10 working days (UCKERMARK 3).
 *
 * @param amount number of days, at least 1
 * @param unit       CALENDAR_DAYS or WORKING_DAYS (Monday to Friday without the public holidays of the Jobcenter's
 *                   Bundesland and region, docs/domain.md §13)
 * @param countsFrom the day the deadline starts: ADMISSION (none given) or APPLICATION — UCKERMARK counts the
 *                   Einstiegsberatung from the day the benefit application was handed in (docs/domain.md §18.2)
 */
public record DeadlineRule(int amount, DayCount unit, CountsFrom countsFrom) {

    public enum DayCount {
        CALENDAR_DAYS,
        WORKING_DAYS
    }

    /** The event a first-consultation deadline counts from. */
    public enum CountsFrom {
        ADMISSION,
        APPLICATION
    }

    /** A deadline counted from the admission. */
    public DeadlineRule(int amount, DayCount unit) {
        this(amount, unit, null);
    }

    /** Whether the deadline counts from the application date (Antragstellung) rather than the admission. */
    public boolean fromApplication() {
        return countsFrom == CountsFrom.APPLICATION;
    }

    /**
     * The last day that still meets the deadline when it starts on {@code start}; the start day is not counted.
     * Calendar days are not moved for a holiday or a weekend, working days skip both (docs/domain.md §13).
     */
    public LocalDate from(LocalDate start, WorkingDays workingDays) {
        if (unit == DayCount.CALENDAR_DAYS) {
            return start.plusDays(amount);
        }
        return workingDays.after(start, amount);
    }
}
