package de.lotse.reporting.snapshots.application;

import de.lotse.reporting.disclosure.DisclosureAudit;
import de.lotse.reporting.disclosure.application.FlowFigures;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.disclosure.domain.CellSuppression;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Suppression;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated Jobcenter — teams of different sizes, a case manager in two teams, admissions and closures
 * over three months — through the service's own model and suppression, audited with the full linear program.
 * The seed fixes the data; the run time is printed, never asserted.
 */
class SyntheticJobcenterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 9);

    @Test
    void everyWithheldFigureOfAGeneratedJobcenterKeepsItsProtectionInterval() {
        Random random = new Random(7);
        Map<String, long[]> pairs = new TreeMap<>();
        Map<String, Long> flows = new TreeMap<>();
        String[][] teams = {
            {"team-a", "fm-a1", "fm-a2", "fm-a3"},
            {"team-b", "fm-b1", "fm-b2", "fm-a3"},
            {"team-c", "fm-c1"},
            {"team-d", "fm-d1"}
        };
        int[] sizes = {28, 16, 3, 5};
        String[] routes = {"AV", "SELF", "OTHER"};
        String[] reasons = {"EMPLOYMENT", "TRAINING", "MOVED", "OTHER"};
        for (int t = 0; t < teams.length; t++) {
            String team = teams[t][0];
            for (int i = 0; i < sizes[t]; i++) {
                String fm = teams[t][1 + i % (teams[t].length - 1)];
                LocalDate admitted = DAY.minusDays(10 + random.nextInt(100));
                boolean u25 = random.nextInt(100) < 25;
                String route = routes[random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(2)];
                count(flows, "ADMISSIONS", admitted, team, route);
                boolean closed = team.equals("team-d") || random.nextInt(100) < 30;
                if (closed) {
                    LocalDate closedOn =
                            admitted.plusDays(random.nextInt((int) (DAY.toEpochDay() - admitted.toEpochDay())));
                    String reason = reasons[random.nextInt(reasons.length)];
                    count(flows, "CLOSURES", closedOn, team, reason);
                    long days = closedOn.toEpochDay() - admitted.toEpochDay();
                    count(flows, "DURATION", closedOn, team, days < 183 ? "0-6" : "6-12");
                    if (reason.equals("EMPLOYMENT") || reason.equals("TRAINING")) {
                        count(flows, "INTEGRATIONS", closedOn, team, reason);
                    }
                } else {
                    pairs.computeIfAbsent(team + "|" + fm, k -> new long[2])[u25 ? 0 : 1]++;
                }
            }
        }
        List<StockFigures.Pair> stockPairs = new ArrayList<>();
        pairs.forEach((key, n) ->
                stockPairs.add(new StockFigures.Pair(key.split("\\|")[0], key.split("\\|")[1], n[0], n[1])));
        Map<String, Long> findings = new LinkedHashMap<>();
        findings.put("REVIEW_OVERDUE", 3L);
        Map<String, Long> few = new LinkedHashMap<>();
        few.put("REVIEW_OVERDUE", 9L);
        few.put("MAX_DURATION_EXCEEDED", 2L);
        StockFigures stock = new StockFigures(
                "jc-1",
                DAY,
                Instant.EPOCH,
                3,
                new StockFigures.Ratio(60, 40, 45, false),
                YearMonth.from(DAY).minusMonths(35).toString(),
                false,
                stockPairs,
                List.of(
                        new StockFigures.TeamCounts("team-a", 6, few),
                                new StockFigures.TeamCounts("team-b", 1, findings),
                        new StockFigures.TeamCounts("team-c", 0, Map.of()),
                                new StockFigures.TeamCounts("team-d", 0, Map.of())),
                Map.of("team-av1", 7L, "team-av2", 2L),
                Set.of());
        List<FlowFigures.Flow> rows = new ArrayList<>();
        flows.forEach((id, n) -> {
            String[] p = id.split("\\|");
            rows.add(new FlowFigures.Flow(
                    p[0], p[1], p[2].equals("*") ? null : p[2], p[3].equals("*") ? null : p[3], n, n));
        });

        JobcenterModel.Built built = JobcenterModel.build(stock, rows);
        long started = System.nanoTime();
        Suppression suppression = CellSuppression.standard().protect(built.tables());
        System.out.printf(
                "synthetic Jobcenter: %d figures, %d sensitive, %d complements, %d ms%n",
                built.tables().quantities().size(),
                suppression.sensitive().size(),
                suppression.complements().size(),
                (System.nanoTime() - started) / 1_000_000);

        LinkedTables tables = built.tables();
        assertThat(suppression.sensitive()).hasSizeGreaterThan(20);
        assertThat(suppression.complements()).isNotEmpty();
        assertThat(DisclosureAudit.audit(tables, suppression.withheld(), suppression.sensitive(), Map.of())
                        .exposures())
                .isEmpty();
        assertThat(DisclosureAudit.anyExposed(tables, suppression.sensitive(), suppression.sensitive(), Map.of()))
                .as("primary suppression alone")
                .isTrue();
    }

    /** A flow and its sums: per team and key, the team over all keys, the Jobcenter per key and over all keys. */
    private static void count(Map<String, Long> flows, String metric, LocalDate day, String team, String key) {
        String month = YearMonth.from(day).toString();
        for (String t : List.of(team, "*")) {
            flows.merge(metric + "|" + month + "|" + t + "|" + key, 1L, Long::sum);
            flows.merge(metric + "|" + month + "|" + t + "|*", 1L, Long::sum);
        }
    }
}
