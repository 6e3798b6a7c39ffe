package de.lotse.intake.policy.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A deadline in calendar or working days, e.g. first consultation within 14 days (TAH 4.3) or
 * within 10 working days (UCKERMARK 3).
 *
 * @param amount number of days, at least 1
 * @param unit   CALENDAR_DAYS or WORKING_DAYS (Monday to Friday; public holidays are not known to Lotse)
 */
public record Deadline(int amount, DayCount unit) {

    public enum DayCount { CALENDAR_DAYS, WORKING_DAYS }

    /** The last day that still meets the deadline when it starts on {@code start}. */
    public LocalDate from(LocalDate start) {
        if (unit == DayCount.CALENDAR_DAYS) {
            return start.plusDays(amount);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
