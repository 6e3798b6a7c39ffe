package de.lotse.reporting.caseload.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The open cases (Fallbestand) a viewer may see, one line per case manager or team, and against
 * the Jobcenter's Betreuungsschlüssel.
 *
 * @param scope    what the viewer may see
 * @param grouping how the lines are keyed
 * @param lines    sorted by key, so the answer does not depend on the database's collation or plan
 * @param total    everything in the scope as one line (key {@code null}); its case managers are
 *                 counted once even when they hold cases in several teams, so they need not add up
 *                 to the teams' numbers
 * @param ratio    the policy's ratio, or {@code null} when it sets none (or no policy arrived yet)
 */
public record Caseload(CaseloadScope scope, CaseloadGrouping grouping, List<CaseloadLine> lines, CaseloadLine total,
                       CaseloadRatio ratio) {

    public Caseload {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(total, "total");
        lines = lines.stream()
                .sorted(Comparator.comparing(CaseloadLine::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Whether the viewer gets aggregates only (management: the whole Jobcenter), so counts of 1 to 4
     * customers are withheld (DOMAIN.md §12) — a team lead and an FM see their own lines exactly.
     */
    public boolean aggregatesOnly() {
        return scope.teamId() == null && scope.caseManagerId() == null;
    }

    /** What of a line the viewer may see: all, or without the age split, or no count at all. */
    public Disclosure disclosure(CaseloadLine line) {
        if (!aggregatesOnly()) {
            return Disclosure.ALL;
        }
        if (small(line.openCases())) {
            return Disclosure.NO_COUNTS;
        }
        if (!small(line.u25()) && !small(line.ue25())) {
            return Disclosure.ALL;
        }
        // with different limits for U25 and Ü25, limit and utilisation would give the split away
        boolean mixShows = ratio != null && !java.util.Objects.equals(ratio.maxU25(), ratio.maxUe25());
        return mixShows ? Disclosure.NO_AGE_SPLIT_NOR_MIX : Disclosure.NO_AGE_SPLIT;
    }

    /** Levels of a line's disclosure. */
    public enum Disclosure {
        ALL,
        /** U25 and Ü25 withheld (one of them counts 1–4 customers; the other would give it away) */
        NO_AGE_SPLIT,
        /** as {@link #NO_AGE_SPLIT}, and limit and utilisation too: the policy's limits differ by age group */
        NO_AGE_SPLIT_NOR_MIX,
        /** every count and what is derived from it withheld (1–4 open cases); the rating stays */
        NO_COUNTS
    }

    private static boolean small(long count) {
        return count > 0 && count < 5;
    }

    /** A line (or the total) against the ratio; {@link Utilisation#none()} without one. */
    public Utilisation utilisation(CaseloadLine line) {
        return ratio == null ? Utilisation.none() : ratio.assess(line);
    }
}
