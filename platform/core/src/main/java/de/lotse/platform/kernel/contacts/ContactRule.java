package de.lotse.platform.kernel.contacts;

import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.policyreference.PolicyReference;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Jobcenter's contact-density rule (docs/domain.md §7, §11) as {@code policy-changed} carries it; planning
 * applies it to each case, reporting checks it across a Jobcenter.
 *
 * @param minPerYear             at least this many counted contacts a year
 * @param maxGapMonths           never more than this many months without a counted contact
 * @param maxGapMonthsByCategory per profile/category code (UCKERMARK)
 * @param countedFormats         the formats that count (a phone call only with a qualified note)
 * @param exemptCategories       categories the rule does not apply to (UCKERMARK X, Y, Z: the resubmission governs)
 */
public record ContactRule(
        Integer minPerYear,
        Integer maxGapMonths,
        Map<String, Integer> maxGapMonthsByCategory,
        Set<ContactFormat> countedFormats,
        Set<String> exemptCategories) {
    private static final String PREFIX = "contactRule.";
    private static final String BY_CATEGORY = PREFIX + "maxGapMonthsByCategory.";

    public ContactRule {
        maxGapMonthsByCategory = maxGapMonthsByCategory == null ? Map.of() : Map.copyOf(maxGapMonthsByCategory);
        countedFormats = countedFormats == null ? Set.of() : Set.copyOf(countedFormats);
        exemptCategories = exemptCategories == null ? Set.of() : Set.copyOf(exemptCategories);
    }

    /** A rule for every category. */
    public ContactRule(
            Integer minPerYear,
            Integer maxGapMonths,
            Map<String, Integer> maxGapMonthsByCategory,
            Set<ContactFormat> countedFormats) {
        this(minPerYear, maxGapMonths, maxGapMonthsByCategory, countedFormats, Set.of());
    }

    /** Whether the rule applies to a case of that category (none known: it applies). */
    public boolean appliesTo(String categoryCode) {
        return categoryCode == null || !exemptCategories.contains(categoryCode);
    }

    public Integer maxGapFor(String categoryCode) {
        return categoryCode != null && maxGapMonthsByCategory.containsKey(categoryCode)
                ? maxGapMonthsByCategory.get(categoryCode)
                : maxGapMonths;
    }

    /** The rule of the policy (flattened keys {@code contactRule.*}); none if the policy has no contact rule. */
    public static Optional<ContactRule> of(PolicyReference p) {
        if (p.settings().keySet().stream().noneMatch(key -> key.startsWith(PREFIX))) {
            return Optional.empty();
        }
        Map<String, Integer> byCategory = new HashMap<>();
        p.settings().forEach((key, value) -> {
            if (key.startsWith(BY_CATEGORY)) {
                byCategory.put(key.substring(BY_CATEGORY.length()), Integer.valueOf(value));
            }
        });
        Set<ContactFormat> counted = EnumSet.noneOf(ContactFormat.class);
        p.listSetting(PREFIX + "countedFormats").forEach(format -> counted.add(ContactFormat.valueOf(format.trim())));
        Set<String> exempt = new HashSet<>();
        p.listSetting(PREFIX + "exemptCategories").forEach(code -> exempt.add(code.trim()));
        return Optional.of(new ContactRule(
                p.intSetting(PREFIX + "minPerYear").orElse(null),
                p.intSetting(PREFIX + "maxGapMonths").orElse(null),
                byCategory,
                counted,
                exempt));
    }
}
