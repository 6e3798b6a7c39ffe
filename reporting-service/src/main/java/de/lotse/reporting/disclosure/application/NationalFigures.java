package de.lotse.reporting.disclosure.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national view of one reporting date: every Jobcenter's line as taken at the cut-off (true values,
 * never served as such) and which figures are withheld.
 *
 * @param evaluatedThrough the day through which the refresh job had evaluated every finding
 */
@Serdeable
public record NationalFigures(
        LocalDate reportingDate,
        Instant takenAt,
        @Nullable LocalDate evaluatedThrough,
        List<Line> jobcenters,
        Set<String> withheld) {
    /** Stored as JSON, where empty collections are left out: read back as empty. */
    public NationalFigures {
        jobcenters = jobcenters == null ? List.of() : jobcenters;
        withheld = withheld == null ? Set.of() : withheld;
    }

    /**
     * @param caseManagers FMs with at least one open case (not a count of customers: always shown)
     */
    @Serdeable
    public record Line(
            String jobcenterId,
            long openCases,
            long u25,
            long referred,
            long caseManagers,
            Map<String, Long> findings,
            long overdueRechecks) {
        public Line {
            findings = findings == null ? Map.of() : findings;
        }
    }

    public NationalFigures withWithheld(Set<String> ids) {
        return new NationalFigures(reportingDate, takenAt, evaluatedThrough, jobcenters, ids);
    }
}
