package de.lotse.reporting.caseload.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The open cases (Fallbestand) a viewer may see, one line per case manager or team.
 *
 * @param scope    what the viewer may see
 * @param grouping how the lines are keyed
 * @param lines    sorted by key, so the answer does not depend on the database's collation or plan
 */
public record Caseload(CaseloadScope scope, CaseloadGrouping grouping, List<CaseloadLine> lines) {

    public Caseload {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grouping, "grouping");
        lines = lines.stream()
                .sorted(Comparator.comparing(CaseloadLine::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public long total() {
        return lines.stream().mapToLong(CaseloadLine::openCases).sum();
    }
}
