package de.lotse.reporting.caseload.domain;

import java.util.Optional;

/**
 * The Betreuungsschlüssel of a Jobcenter's policy: customers per full-time case manager, as intake's
 * {@code CaseloadRatio} defines it and {@code policy-changed} carries it flattened (keys below).
 * PANKOW: 90 per full-time case manager, U25 and Ü25 alike, not below 1:75; UCKERMARK: 150 Ü25 or
 * 75 U25, leads and assistants included; TAH: 75.
 *
 * <p><b>Capacity share.</b> A case takes {@code 1/maxU25} or {@code 1/maxUe25} of one full-time
 * case manager's capacity, depending on the customer's age group. A line's share is therefore
 * {@code u25/maxU25 + ue25/maxUe25}. An age group without a limit is not limited (as in intake,
 * which then assigns without a check): its cases take no share.
 *
 * <p><b>Utilisation</b> (Auslastung) = share ÷ case managers of the line: for a case manager's own
 * line the share itself; for a team or the total the average over the case managers with open
 * cases. Since the share is linear in the counts, the sum of the case managers' shares equals the
 * share of the summed counts, so a team needs only its U25/Ü25 totals and its number of case managers.
 *
 * <p><b>Limit</b> of a line = the open cases one full-time case manager could hold at the line's
 * mix before the share reaches 1 = {@code openCases ÷ share}, i.e. the mix-weighted (harmonic)
 * limit: a pure U25 or Ü25 caseload gets exactly that group's limit. For a team it is the limit per
 * case manager, to be compared with the cases per case manager; utilisation = cases per case
 * manager ÷ limit. Rounded half up for display, never for the status.
 *
 * <p><b>Status.</b> {@link RatioStatus#OVER} when utilisation &gt; 1. {@link RatioStatus#UNDER} when
 * the policy sets {@code targetMin} and the (cases per) case manager lies below {@code targetMin}
 * scaled by the same mix, that is below {@code targetMin × limit ÷ referenceLimit}; the reference
 * limit is {@code maxUe25} (the general ratio, U25 caseloads being the special smaller one), or
 * {@code maxU25} when only that is set. Equivalently: utilisation &lt; {@code targetMin ÷
 * referenceLimit}. With PANKOW's equal limits this is simply "fewer than 75 cases" for any mix; with
 * unequal limits a U25 caseload's minimum shrinks in proportion to its smaller limit. Otherwise
 * {@link RatioStatus#WITHIN}. {@link RatioStatus#NONE} when the line holds only cases of unlimited
 * age groups or no case manager at all (nothing to measure); a policy without any limit yields no
 * ratio at all ({@link #of}).
 *
 * <p>{@code includesLeadsAndAssistants} is carried for display only: Lotse knows only case managers,
 * so a Jobcenter that counts leads and assistants into the ratio gets the case managers' view.
 *
 * <p>All comparisons use exact integer arithmetic, so a line at exactly the limit is within it.
 *
 * @param maxUe25                    upper limit of Ü25 customers per full-time case manager, or {@code null}
 * @param maxU25                     upper limit of U25 customers per full-time case manager, or {@code null}
 * @param targetMin                  the caseload should not fall below this, or {@code null}
 * @param includesLeadsAndAssistants the Jobcenter counts leads and assistants into the ratio
 */
public record CaseloadRatio(Integer maxUe25, Integer maxU25, Integer targetMin, boolean includesLeadsAndAssistants) {
    /** Keys of the flattened policy settings in {@code policy-changed}. */
    public static final String MAX_UE25 = "caseloadRatio.maxUe25";

    public static final String MAX_U25 = "caseloadRatio.maxU25";
    public static final String TARGET_MIN = "caseloadRatio.targetMin";
    public static final String INCLUDES_LEADS_AND_ASSISTANTS = "caseloadRatio.includesLeadsAndAssistants";

    public CaseloadRatio {
        if (maxUe25 == null && maxU25 == null) {
            throw new IllegalArgumentException("a caseload ratio needs a limit for U25 or Ü25");
        }
        positive(maxUe25, "maxUe25");
        positive(maxU25, "maxU25");
        positive(targetMin, "targetMin");
    }

    /** The ratio of a policy; empty when it sets no upper limit for either age group. */
    public static Optional<CaseloadRatio> of(
            Integer maxUe25, Integer maxU25, Integer targetMin, boolean includesLeadsAndAssistants) {
        if (maxUe25 == null && maxU25 == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseloadRatio(maxUe25, maxU25, targetMin, includesLeadsAndAssistants));
    }

    /** The line measured against this ratio (see the class comment for the formulas). */
    public Utilisation assess(CaseloadLine line) {
        // share = num / den with den the product of the set limits: exact, no floating point at the limit
        long limitU25 = maxU25 == null ? 1 : maxU25;
        long limitUe25 = maxUe25 == null ? 1 : maxUe25;
        long den = limitU25 * limitUe25;
        long num = (maxU25 == null ? 0 : line.u25() * limitUe25) + (maxUe25 == null ? 0 : line.ue25() * limitU25);
        if (num == 0 || line.caseManagers() == 0) {
            return Utilisation.none();
        }
        // utilisation = num / capacity
        long capacity = den * line.caseManagers();
        long reference = maxUe25 != null ? maxUe25 : maxU25;
        RatioStatus status;
        if (num > capacity) {
            status = RatioStatus.OVER;
        } else if (targetMin != null && num * reference < targetMin * capacity) {
            status = RatioStatus.UNDER;
        } else {
            status = RatioStatus.WITHIN;
        }
        return new Utilisation(
                Math.toIntExact(roundHalfUp(line.openCases() * den, num)),
                Math.toIntExact(roundHalfUp(100 * num, capacity)),
                status);
    }

    private static long roundHalfUp(long dividend, long divisor) {
        return (2 * dividend + divisor) / (2 * divisor);
    }

    private static void positive(Integer value, String name) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
