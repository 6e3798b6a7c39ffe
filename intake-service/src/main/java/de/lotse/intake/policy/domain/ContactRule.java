package de.lotse.intake.policy.domain;

import de.lotse.platform.codes.ContactFormat;

import java.util.Map;
import java.util.Set;

/**
 * The contact density a Jobcenter requires (Kontaktdichte, docs/domain.md §7). Planning checks it per
 * case; reporting measures compliance.
 *
 * @param minPerYear             at least this many counted contacts a year (PANKOW 6: 10), or none
 * @param maxGapMonths           never more than this many months between counted contacts (PANKOW: 2,
 *                               TAH: 1 = monthly, UCKERMARK: 6 for categories without their own rule)
 * @param maxGapMonthsByCategory a different gap per profile/category code (UCKERMARK: A monthly, B every 3 months)
 * @param countedFormats         which contact formats count toward the density
 * @param exemptCategories       categories without a contact rule (UCKERMARK 4.1.1: X, Y, Z — their resubmission date
 *                               governs, docs/domain.md §18.8)
 */
public record ContactRule(
        Integer minPerYear,
        Integer maxGapMonths,
        Map<String, Integer> maxGapMonthsByCategory,
        Set<ContactFormat> countedFormats,
        Set<String> exemptCategories) {

    public ContactRule {
        maxGapMonthsByCategory = maxGapMonthsByCategory == null ? Map.of() : Map.copyOf(maxGapMonthsByCategory);
        countedFormats = countedFormats == null ? Set.of() : Set.copyOf(countedFormats);
        exemptCategories = exemptCategories == null ? Set.of() : Set.copyOf(exemptCategories);
    }

    /** A rule that applies to every category. */
    public ContactRule(
            Integer minPerYear,
            Integer maxGapMonths,
            Map<String, Integer> maxGapMonthsByCategory,
            Set<ContactFormat> countedFormats) {
        this(minPerYear, maxGapMonths, maxGapMonthsByCategory, countedFormats, Set.of());
    }
}
