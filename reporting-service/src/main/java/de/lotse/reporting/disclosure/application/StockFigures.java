package de.lotse.reporting.disclosure.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Jobcenter's stock figures of one reporting date as taken at the cut-off: open cases by team, case
 * manager and age group, referrals waiting and findings per team, overdue re-checks per AV team — the true
 * values (never served as such) and which of the figures built from them are withheld.
 *
 * @param takenAt     when the figures were read (the state of the read model at that moment)
 * @param firstMonth  the first month of the outcomes kept with this date (the window management can read)
 * @param earlierCases whether the Jobcenter admitted cases before that month (then a team's stock is not just
 *                    the sum of its flows in the window)
 * @param pairs       open cases of each case manager in each team (the link between the two breakdowns)
 * @param teams       every team with counters: referrals waiting for an FM, cases per finding
 * @param rechecks    overdue re-checks of non-referrals per AV team
 * @param withheld    identifiers of the withheld stock figures ({@link Figures})
 */
@Serdeable
public record StockFigures(
        String jobcenterId,
        LocalDate reportingDate,
        Instant takenAt,
        int policyVersion,
        @Nullable Ratio ratio,
        String firstMonth,
        boolean earlierCases,
        List<Pair> pairs,
        List<TeamCounts> teams,
        Map<String, Long> rechecks,
        Set<String> withheld) {
    /** Stored as JSON, where empty collections are left out: read back as empty. */
    public StockFigures {
        pairs = pairs == null ? List.of() : pairs;
        teams = teams == null ? List.of() : teams;
        rechecks = rechecks == null ? Map.of() : rechecks;
        withheld = withheld == null ? Set.of() : withheld;
    }

    /**
     * The Betreuungsschlüssel as the policy set it at the cut-off: caseload's {@code CaseloadRatio} as plain
     * values, so that the published figures depend on no feature (caseload and snapshots convert).
     */
    @Serdeable
    public record Ratio(
            @Nullable Integer maxUe25,
            @Nullable Integer maxU25,
            @Nullable Integer targetMin,
            boolean includesLeadsAndAssistants) {}

    /** Open cases of one case manager within one team. */
    @Serdeable
    public record Pair(String teamId, String caseManagerId, long u25, long ue25) {
        public long open() {
            return u25 + ue25;
        }
    }

    /** A team's counters besides its open cases. */
    @Serdeable
    public record TeamCounts(String teamId, long referred, Map<String, Long> findings) {
        public TeamCounts {
            findings = findings == null ? Map.of() : findings;
        }
    }

    public StockFigures withWithheld(Set<String> ids) {
        return new StockFigures(
                jobcenterId,
                reportingDate,
                takenAt,
                policyVersion,
                ratio,
                firstMonth,
                earlierCases,
                pairs,
                teams,
                rechecks,
                ids);
    }
}
