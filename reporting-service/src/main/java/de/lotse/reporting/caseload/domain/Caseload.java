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

    /** A line (or the total) against the ratio; {@link Utilisation#none()} without one. */
    public Utilisation utilisation(CaseloadLine line) {
        return ratio == null ? Utilisation.none() : ratio.assess(line);
    }
}
