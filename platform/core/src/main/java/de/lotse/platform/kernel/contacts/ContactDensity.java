package de.lotse.platform.kernel.contacts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's contact density against the policy's rule (docs/domain.md §7): PANKOW at least 10 counted
 * contacts a year, never more than 2 months apart; TAH monthly; UCKERMARK by category (A monthly,
 * B every 3 months, others every 6). The status judges the last twelve months (a gap long past does
 * not mark a case for ever): the gaps run from the admission over every counted contact to today, and
 * those reaching into the window count; the yearly minimum is prorated while a case is younger than a
 * year, a contact being required only once its share of the year has fully passed.
 *
 * @param status            NOT_APPLICABLE (the policy has no rule, or none for the case's category), COMPLIANT or
 *                          NOT_COMPLIANT
 * @param maxGapMonths      the gap the rule allows for this case
 * @param minPerYear        the yearly minimum, if the rule has one
 * @param requiredSoFar     counted contacts required in the last 12 months (prorated)
 * @param countedLastYear   counted contacts in the last 12 months
 * @param longestGapDays    the longest gap without a counted contact
 * @param gaps              every gap longer than allowed
 * @param nextContactDueOn  the latest day for the next counted contact
 * @param overdue           that day has passed
 */
public record ContactDensity(
        String status,
        Integer maxGapMonths,
        Integer minPerYear,
        int requiredSoFar,
        int countedLastYear,
        long longestGapDays,
        List<Gap> gaps,
        LocalDate nextContactDueOn,
        boolean overdue) {

    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    public static final String COMPLIANT = "COMPLIANT";
    public static final String NOT_COMPLIANT = "NOT_COMPLIANT";

    /** A gap without a counted contact longer than the rule allows. */
    public record Gap(LocalDate from, LocalDate to, long days) {}

    /**
     * @param counted   the days of the counted contacts, any order
     * @param category  the latest assessment's category (UCKERMARK rules differ by it)
     */
    public static ContactDensity evaluate(
            ContactRule rule, LocalDate admittedOn, List<LocalDate> counted, String category, LocalDate today) {
        List<LocalDate> days = counted.stream()
                .filter(d -> !d.isBefore(admittedOn) && !d.isAfter(today))
                .sorted()
                .distinct()
                .toList();
        LocalDate last = days.isEmpty() ? admittedOn : days.get(days.size() - 1);
        LocalDate windowStart = today.minusYears(1).isAfter(admittedOn) ? today.minusYears(1) : admittedOn;
        int lastYear = (int) days.stream().filter(d -> !d.isBefore(windowStart)).count();
        if (rule == null || !rule.appliesTo(category)) {
            return new ContactDensity(NOT_APPLICABLE, null, null, 0, lastYear, 0, List.of(), null, false);
        }
        Integer gapMonths = rule.maxGapFor(category);
        List<LocalDate> points = new ArrayList<>();
        points.add(admittedOn);
        points.addAll(days);
        points.add(today);
        long longest = 0;
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            LocalDate from = points.get(i - 1);
            LocalDate to = points.get(i);
            long length = ChronoUnit.DAYS.between(from, to);
            longest = Math.max(longest, length);
            if (gapMonths != null && to.isAfter(from.plusMonths(gapMonths)) && to.isAfter(windowStart)) {
                gaps.add(new Gap(from, to, length));
            }
        }
        int required = 0;
        if (rule.minPerYear() != null) {
            long window = ChronoUnit.DAYS.between(windowStart, today);
            required = (int) Math.floor(rule.minPerYear() * Math.min(window, 365) / 365.0);
        }
        LocalDate due = gapMonths == null ? null : last.plusMonths(gapMonths);
        boolean compliant = gaps.isEmpty() && lastYear >= required;
        return new ContactDensity(
                compliant ? COMPLIANT : NOT_COMPLIANT,
                gapMonths,
                rule.minPerYear(),
                required,
                lastYear,
                longest,
                gaps,
                due,
                due != null && due.isBefore(today));
    }
}
