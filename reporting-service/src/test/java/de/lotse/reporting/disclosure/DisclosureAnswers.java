package de.lotse.reporting.disclosure;

import de.lotse.reporting.outcomes.api.OutcomeLabels;
import de.lotse.reporting.outcomes.domain.Metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What management's answers publish, by the disclosure audit's identifiers: every figure shown or withheld,
 * collected from the JSON, and the same cells read from JSON and CSV alike for comparing the two.
 */
final class DisclosureAnswers {
    private DisclosureAnswers() {}

    // --- what the answers published ----------------------------------------------------------------------

    /** Published values and withheld figures, by the test's identifiers. */
    static final class Published {
        final Map<String, Long> values = new TreeMap<>();
        final Set<String> withheld = new TreeSet<>();

        void add(String id, Map<String, Object> cell) {
            if (Boolean.TRUE.equals(cell.get("suppressed"))) {
                assertThat(cell).as(id + " withheld: no value").doesNotContainKey("value");
                withheld.add(id);
            } else {
                values.put(id, ((Number) cell.get("value")).longValue());
            }
        }

        void add(String id, Object value) {
            if (value == null) {
                withheld.add(id);
            } else {
                values.put(id, ((Number) value).longValue());
            }
        }
    }

    static void caseload(Published published, Map<String, Object> caseload, String kind) {
        for (Map<String, Object> row : list(caseload.get("rows"))) {
            String key = (String) row.get("key");
            published.add(kind + "|" + key + "|O", row.get("openCases"));
            published.add(kind + "|" + key + "|U", row.get("u25"));
            published.add(kind + "|" + key + "|E", row.get("ue25"));
            assertThat(row.get("suppressed"))
                    .isEqualTo(!row.containsKey("openCases") || !row.containsKey("u25") || !row.containsKey("ue25"));
        }
        Map<String, Object> total = map(caseload.get("totalLine"));
        published.add("jc|O", total.get("openCases"));
        published.add("jc|U", total.get("u25"));
        published.add("jc|E", total.get("ue25"));
    }

    static void quality(Published published, Map<String, Object> summary) {
        for (Map<String, Object> line : list(summary.get("teams"))) {
            qualityLine(published, "team|" + line.get("key"), line);
        }
        qualityLine(published, "jc", map(summary.get("total")));
        map(summary.getOrDefault("overdueRechecks", Map.of()))
                .forEach((av, cell) -> published.add("recheck|" + av, map(cell)));
        published.add("jc|K", cellOf(map(summary.get("total")), "overdueRechecks"));
    }

    static void qualityLine(Published published, String prefix, Map<String, Object> line) {
        published.add(prefix + "|O", map(line.get("openCases")));
        published.add(prefix + "|U", map(line.get("u25")));
        published.add(prefix + "|R", map(line.get("referred")));
        map(line.get("findings")).forEach((f, cell) -> published.add(prefix + "|F|" + f, map(cell)));
    }

    static void outcomes(Published published, Map<String, Object> outcomes) {
        assertThat(outcomes).containsEntry("reportingDate", DisclosureAuditFixtures.REPORTING_DATE.toString());
        for (Map<String, Object> row : list(outcomes.get("rows"))) {
            Map<String, Object> cell = new HashMap<>();
            cell.put("suppressed", row.get("suppressed"));
            if (row.containsKey("value")) {
                cell.put("value", row.get("value"));
            }
            published.add(flowId(row), cell);
        }
    }

    /** The test's identifier of an outcome row: metric, month, team or "*", key or "*". */
    static String flowId(Map<String, Object> row) {
        return "out|" + row.get("metric") + "|" + row.get("month") + "|"
                + (Boolean.TRUE.equals(row.get("total")) ? "*" : row.get("teamId")) + "|"
                + (row.get("key") == null ? "*" : row.get("key"));
    }

    static Map<String, String> jsonCaseload(Map<String, Object> caseload) {
        Map<String, String> cells = new TreeMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(list(caseload.get("rows")));
        for (Map<String, Object> row : rows) {
            for (String field : List.of("openCases", "u25", "ue25")) {
                cells.put(row.get("key") + "|" + field, text(row.get(field)));
            }
        }
        Map<String, Object> total = map(caseload.get("totalLine"));
        for (String field : List.of("openCases", "u25", "ue25")) {
            cells.put("Gesamt|" + field, text(total.get(field)));
        }
        return cells;
    }

    /** The national view's cells by Jobcenter ("Gesamt" for the country) and column. */
    static Map<String, String> jsonNational(Map<String, Object> view, List<String> columns) {
        Map<String, String> cells = new TreeMap<>();
        List<Map<String, Object>> lines = new ArrayList<>(list(view.get("jobcenters")));
        Map<String, Object> total = new HashMap<>(map(view.get("total")));
        total.put("key", "Gesamt");
        lines.add(total);
        for (Map<String, Object> line : lines) {
            for (String column : columns) {
                cells.put(
                        line.get("key") + "|" + column,
                        text(cellOf(line, column).get("value")));
            }
            cells.put(line.get("key") + "|caseManagers", String.valueOf(line.get("caseManagers")));
        }
        return cells;
    }

    /** The national CSV: Jobcenter, open, U25, referred, case managers, six findings, overdue re-checks. */
    static Map<String, String> csvNational(String csv) {
        List<String> order = List.of(
                "openCases",
                "u25",
                "referred",
                "caseManagers",
                "CONTACT_DENSITY_NOT_MET",
                "REVIEW_OVERDUE",
                "AGREEMENT_EXPIRED",
                "FIRST_CONSULTATION_MISSED",
                "MAX_DURATION_EXCEEDED",
                "SECONDARY_ASSIGNMENT_MISSED",
                "overdueRechecks");
        Map<String, String> cells = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] c = line.split(";", -1);
            for (int i = 0; i < order.size(); i++) {
                cells.put(c[0] + "|" + order.get(i), c[1 + i]);
            }
        });
        return cells;
    }

    static Map<String, String> csvCaseload(String csv) {
        Map<String, String> cells = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] c = line.split(";", -1);
            cells.put(c[0] + "|openCases", c[1]);
            cells.put(c[0] + "|u25", c[2]);
            cells.put(c[0] + "|ue25", c[3]);
        });
        return cells;
    }

    static Map<String, String> jsonSummary(Map<String, Object> summary) {
        Map<String, String> cells = new TreeMap<>();
        List<Map<String, Object>> lines = new ArrayList<>(list(summary.get("teams")));
        for (Map<String, Object> line : lines) {
            summaryLine(cells, (String) line.get("key"), line);
        }
        summaryLine(cells, "Gesamt", map(summary.get("total")));
        map(summary.getOrDefault("overdueRechecks", Map.of()))
                .forEach(
                        (av, cell) -> cells.put(av + "|rechecks", text(map(cell).get("value"))));
        cells.put(
                "Gesamt|rechecks",
                text(cellOf(map(summary.get("total")), "overdueRechecks").get("value")));
        return cells;
    }

    static void summaryLine(Map<String, String> cells, String key, Map<String, Object> line) {
        cells.put(key + "|open", text(map(line.get("openCases")).get("value")));
        cells.put(key + "|u25", text(map(line.get("u25")).get("value")));
        cells.put(key + "|referred", text(map(line.get("referred")).get("value")));
        int i = 0;
        for (String f : List.of(
                "CONTACT_DENSITY_NOT_MET",
                "REVIEW_OVERDUE",
                "AGREEMENT_EXPIRED",
                "FIRST_CONSULTATION_MISSED",
                "MAX_DURATION_EXCEEDED",
                "SECONDARY_ASSIGNMENT_MISSED")) {
            cells.put(
                    key + "|f" + i++, text(map(map(line.get("findings")).get(f)).get("value")));
        }
        if (!key.equals("Gesamt")) {
            cells.put(key + "|rechecks", "0");
        }
    }

    static Map<String, String> csvSummary(String csv) {
        Map<String, String> cells = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] c = line.split(";", -1);
            if (!c[1].isEmpty()) {
                cells.put(c[0] + "|open", c[1]);
                cells.put(c[0] + "|u25", c[2]);
                cells.put(c[0] + "|referred", c[3]);
                for (int i = 0; i < 6; i++) {
                    cells.put(c[0] + "|f" + i, c[4 + i]);
                }
            }
            cells.put(c[0] + "|rechecks", c[10]);
        });
        return cells;
    }

    /** The JSON's outcome cells as the CSV names them: the metric's name and the key's label instead of the codes. */
    static Map<String, String> jsonOutcomesInWords(Map<String, Object> outcomes) {
        Map<String, String> cells = new TreeMap<>();
        for (Map<String, Object> row : list(outcomes.get("rows"))) {
            Metric metric = Metric.valueOf((String) row.get("metric"));
            String key = (String) row.get("key");
            cells.put(
                    "out|" + OutcomeLabels.metric(metric) + "|" + row.get("month") + "|"
                            + (Boolean.TRUE.equals(row.get("total")) ? "*" : row.get("teamId")) + "|"
                            + (key == null ? "*" : OutcomeLabels.key(metric, key)),
                    text(row.get("value")));
        }
        return cells;
    }

    static Map<String, String> csvOutcomes(String csv) {
        Map<String, String> cells = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] c = line.split(";", -1);
            cells.put(
                    "out|" + c[0] + "|" + c[1] + "|" + (c[2].equals("Gesamt") ? "*" : c[2]) + "|"
                            + (c[3].equals("Gesamt") ? "*" : c[3]),
                    c[4]);
        });
        return cells;
    }

    static String text(Object value) {
        return value == null ? "geschützt" : value.toString();
    }

    static Map<String, Object> cellOf(Map<String, Object> line, String column) {
        if (line.containsKey(column)) {
            return map(line.get(column));
        }
        return map(map(line.get("findings")).get(column));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
