package de.lotse.reporting.caseload.domain;

import de.lotse.reporting.disclosure.domain.Figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The open cases (Fallbestand) a viewer may see, one line per case manager or team, and against
 * the Jobcenter's Betreuungsschlüssel.
 *
 * @param scope          what the viewer may see
 * @param grouping       how the lines are keyed
 * @param lines          sorted by key, so the answer does not depend on the database's collation or plan
 * @param total          everything in the scope as one line (key {@code null}); its case managers are
 *                       counted once even when they hold cases in several teams, so they need not add up
 *                       to the teams' numbers
 * @param ratio          the policy's ratio, or {@code null} when it sets none (or no policy arrived yet)
 * @param reportingDate  management: the reporting date the figures are for; none for the live, exact views
 *                       of a team lead and a case manager
 * @param takenAt        management: when the figures were taken after the reporting date's end
 * @param withheld       management: the withheld figures ({@link Figures} identifiers); empty for exact views
 */
public record Caseload(
        CaseloadScope scope,
        CaseloadGrouping grouping,
        List<CaseloadLine> lines,
        CaseloadLine total,
        CaseloadRatio ratio,
        LocalDate reportingDate,
        Instant takenAt,
        Set<String> withheld) {

    public Caseload {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(total, "total");
        lines = lines.stream()
                .sorted(Comparator.comparing(CaseloadLine::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        withheld = Set.copyOf(withheld);
    }

    /** The live, exact view of a team lead or case manager (nothing withheld). */
    public static Caseload exact(
            CaseloadScope scope,
            CaseloadGrouping grouping,
            List<CaseloadLine> lines,
            CaseloadLine total,
            CaseloadRatio ratio) {
        return new Caseload(scope, grouping, lines, total, ratio, null, null, Set.of());
    }

    /**
     * Whether the viewer gets aggregates only (management: the whole Jobcenter), so small counts are
     * withheld (docs/domain.md §12) — a team lead and an FM see their own lines exactly.
     */
    public boolean aggregatesOnly() {
        return scope.teamId() == null && scope.caseManagerId() == null;
    }

    /** What of a line (the total line: key {@code null}) is withheld. */
    public Withheld withheld(CaseloadLine line) {
        if (withheld.isEmpty()) {
            return Withheld.NOTHING;
        }
        Function<String, String> id = line.key() == null
                ? Figures::jobcenter
                : grouping == CaseloadGrouping.CASE_MANAGER
                        ? field -> Figures.caseManager(line.key(), field)
                        : field -> Figures.team(line.key(), field);
        return new Withheld(
                withheld.contains(id.apply(Figures.OPEN)),
                withheld.contains(id.apply(Figures.U25)),
                withheld.contains(id.apply(Figures.UE25)));
    }

    /**
     * The counts of a line that are withheld. What is computed from them goes with them: cases per case
     * manager with the open cases; limit and utilisation with the U25/Ü25 split — or, where the policy's
     * limits are the same for both age groups, with the open cases alone. The rating stays: its bounds are
     * part of what cell suppression protects against.
     */
    public record Withheld(boolean openCases, boolean u25, boolean ue25) {
        static final Withheld NOTHING = new Withheld(false, false, false);

        public boolean any() {
            return openCases || u25 || ue25;
        }

        /** Whether limit and utilisation must be withheld under the ratio. */
        public boolean measures(CaseloadRatio ratio) {
            boolean sameLimits =
                    ratio != null && ratio.maxU25() != null && ratio.maxU25().equals(ratio.maxUe25());
            return sameLimits ? openCases : any();
        }
    }

    /** A line (or the total) against the ratio; {@link Utilisation#none()} without one. */
    public Utilisation utilisation(CaseloadLine line) {
        return ratio == null ? Utilisation.none() : ratio.assess(line);
    }
}
