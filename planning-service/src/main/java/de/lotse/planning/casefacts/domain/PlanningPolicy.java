package de.lotse.planning.casefacts.domain;

import de.lotse.platform.codes.ContactFormat;

import java.util.Map;
import java.util.Set;

/**
 * The settings of a Jobcenter's policy that planning applies (DOMAIN.md §11), taken from
 * {@code policy-changed}. A Jobcenter whose policy has not arrived yet works under the BA's minimum
 * (EinV, reviews every 6 months, no contact rule), as intake does.
 *
 * @param version                        the policy version the settings belong to (0: none known yet)
 * @param agreementType                  EINV or KOOPERATIONSPLAN
 * @param agreementMaxValidityMonths     an agreement is valid at most this long (UCKERMARK 4.1.4; §15 SGB II: 6)
 * @param contactRule                    the contact density; none = no rule
 * @param continuationReviewMonths       Fortführungsprüfung interval
 * @param maxDurationExtension           NONE, DOCUMENTED_REASONS or TEAM_LEAD_APPROVAL
 * @param aghContinuesBeyondMaxDuration  a running AGH continues FM past the maximum duration (TAH)
 * @param deputyNeedsCustomerAgreement   a deputy reads FM-individual notes only with the customer's agreement (TAH 4.9)
 */
public record PlanningPolicy(int version, String agreementType, int agreementMaxValidityMonths, ContactRule contactRule,
                             int continuationReviewMonths, String maxDurationExtension,
                             boolean aghContinuesBeyondMaxDuration, boolean deputyNeedsCustomerAgreement) {

    /** §15 SGB II: the agreement is reviewed at the latest after six months. */
    public static final int DEFAULT_AGREEMENT_MONTHS = 6;
    public static final PlanningPolicy BA_MINIMUM = new PlanningPolicy(0, "EINV", DEFAULT_AGREEMENT_MONTHS, null, 6,
            "DOCUMENTED_REASONS", false, false);

    /**
     * @param minPerYear             at least this many counted contacts a year
     * @param maxGapMonths           never more than this many months without a counted contact
     * @param maxGapMonthsByCategory per profile/category code
     * @param countedFormats         the formats that count (a phone call only with a qualified note)
     */
    public record ContactRule(Integer minPerYear, Integer maxGapMonths, Map<String, Integer> maxGapMonthsByCategory,
                              Set<ContactFormat> countedFormats) {

        public ContactRule {
            maxGapMonthsByCategory = maxGapMonthsByCategory == null ? Map.of() : Map.copyOf(maxGapMonthsByCategory);
            countedFormats = countedFormats == null ? Set.of() : Set.copyOf(countedFormats);
        }

        public Integer maxGapFor(String categoryCode) {
            return categoryCode != null && maxGapMonthsByCategory.containsKey(categoryCode)
                    ? maxGapMonthsByCategory.get(categoryCode) : maxGapMonths;
        }
    }
}
