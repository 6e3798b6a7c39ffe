package de.lotse.reporting.snapshots.application;

import de.lotse.reporting.disclosure.application.NationalFigures;
import de.lotse.reporting.disclosure.domain.Figures;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Protection;
import de.lotse.reporting.quality.domain.Finding;

import java.util.ArrayList;
import java.util.List;

import static de.lotse.reporting.disclosure.domain.Figures.OPEN;
import static de.lotse.reporting.disclosure.domain.Figures.RECHECKS;
import static de.lotse.reporting.disclosure.domain.Figures.REFERRED;
import static de.lotse.reporting.disclosure.domain.Figures.U25;

/**
 * The national view as linked tables: per column the country's total is the sum of the Jobcenters' lines;
 * U25 and the findings count within the open cases (the assignment deadline within the waiting referrals);
 * the open cases are at least the case managers with cases (shown). A Jobcenter's line is that Jobcenter's
 * own total, which a national user from that Jobcenter also sees in its own answers: every line is a group,
 * and protection must hold with any one group known. Where a Jobcenter's Ü25 are 1–4, its own answers
 * withhold its U25 (U25 + Ü25 = open cases), so the national view withholds and protects that U25 too.
 */
final class NationalModel {
    private NationalModel() {}

    static LinkedTables build(List<NationalFigures.Line> lines) {
        LinkedTables t = new LinkedTables();
        List<String> columns = new ArrayList<>(List.of(OPEN, U25, REFERRED, RECHECKS));
        for (Finding f : Finding.values()) {
            columns.add(Figures.finding(f.name()));
        }
        long[] totals = new long[columns.size()];
        for (NationalFigures.Line line : lines) {
            String j = line.jobcenterId();
            long[] values = values(line);
            for (int i = 0; i < columns.size(); i++) {
                t.figure(Figures.national(j, columns.get(i)), values[i]);
                totals[i] += values[i];
            }
            String open = Figures.national(j, OPEN);
            t.atLeast(open, line.caseManagers());
            t.within(Figures.national(j, U25), open).atMost("U25 of " + j, Figures.national(j, U25), open);
            for (Finding f : Finding.values()) {
                String figure = Figures.national(j, Figures.finding(f.name()));
                String population = Figures.national(j, f == Finding.SECONDARY_ASSIGNMENT_MISSED ? REFERRED : OPEN);
                t.within(figure, population).atMost(f.name() + " of " + j, figure, population);
            }
            t.group(j, columns.stream().map(c -> Figures.national(j, c)).toList());
            if (Protection.primary(line.openCases() - line.u25())) {
                t.protectedForOthers(Figures.national(j, U25));
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String total = Figures.national(null, column);
            // the country's totals are what the view is for: withheld only where nothing else protects a figure
            t.figure(total, totals[i])
                    .tier(total, LinkedTables.Tier.MARGIN)
                    .sum(
                            "country " + column,
                            total,
                            lines.stream()
                                    .map(l -> Figures.national(l.jobcenterId(), column))
                                    .toList());
        }
        return t;
    }

    /** A line's values in the order of the columns. */
    private static long[] values(NationalFigures.Line line) {
        long[] values = new long[4 + Finding.values().length];
        values[0] = line.openCases();
        values[1] = line.u25();
        values[2] = line.referred();
        values[3] = line.overdueRechecks();
        for (Finding f : Finding.values()) {
            values[4 + f.ordinal()] = line.findings().getOrDefault(f.name(), 0L);
        }
        return values;
    }
}
