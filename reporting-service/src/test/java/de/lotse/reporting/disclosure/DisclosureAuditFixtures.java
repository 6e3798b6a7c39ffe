package de.lotse.reporting.disclosure;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import de.lotse.reporting.outcomes.api.OutcomeLabels;
import de.lotse.reporting.outcomes.domain.Metric;
import io.micronaut.http.HttpRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The disclosure audit's data and what management's answers publish: a generated Jobcenter (teams, case
 * managers, admissions and closures over many months, findings, waiting referrals, overdue re-checks, with
 * the edge cases) whose cases the test knows, fed through the broker; and the collection of every figure the
 * answers publish or withhold, read from JSON and CSV alike.
 */
abstract class DisclosureAuditFixtures extends ReportingFixtures {
    /** A day of its own, before the other tests' day: its reporting date's figures are taken here first. */
    static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    static final LocalDate REPORTING_DATE = DAY.minusDays(1);
    static final Map<String, String> POLICY = Map.of(
            "caseloadRatio.maxUe25",
            "60",
            "caseloadRatio.maxU25",
            "40",
            "caseloadRatio.targetMin",
            "45",
            "caseloadRatio.includesLeadsAndAssistants",
            "false",
            "continuationReviewMonths",
            "6");
    static final String[] ROUTES = {"AV", "SELF", "OTHER"};
    static final String[] REASONS = {"EMPLOYMENT", "TRAINING", "MOVED", "OTHER"};

    /** One generated case, as the test knows it. */
    record Case(
            UUID id,
            String team,
            String caseManager,
            boolean u25,
            String route,
            LocalDate admittedOn,
            LocalDate maxDurationEndsOn,
            LocalDate firstConsultationDueOn,
            String closure,
            LocalDate closedOn,
            long durationDays) {
        boolean open() {
            return closure == null;
        }

        boolean integration() {
            return "EMPLOYMENT".equals(closure) || "TRAINING".equals(closure);
        }

        Set<String> findings() {
            Set<String> findings = new TreeSet<>();
            if (admittedOn.plusMonths(6).isBefore(DAY)) {
                findings.add("REVIEW_OVERDUE");
            }
            if (maxDurationEndsOn.isBefore(DAY)) {
                findings.add("MAX_DURATION_EXCEEDED");
            }
            if (firstConsultationDueOn.isBefore(DAY)) {
                findings.add("FIRST_CONSULTATION_MISSED");
            }
            return findings;
        }
    }

    final List<Case> cases = new ArrayList<>();
    /** waiting referrals per team: [waiting, of them past the assignment deadline] */
    final Map<String, int[]> referrals = new TreeMap<>();

    final Map<String, Integer> rechecks = new TreeMap<>();

    @Override
    protected void onNewJobcenter() {
        clock.set(DAY);
    }

    // --- the data set -------------------------------------------------------------------------------------

    /**
     * Three more Jobcenters with small lines: three open cases; nine with two U25 and a waiting referral;
     * twelve with two Ü25 (so its own answers withhold its U25, which the national view must withhold too).
     */
    List<String> smallJobcenters() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = List.of("jc-three-" + suffix, "jc-nine-" + suffix, "jc-twelve-" + suffix);
        int[][] lines = {{1, 2, 0}, {2, 7, 1}, {10, 2, 0}};
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            int[] line = lines[j];
            for (int i = 0; i < line[0] + line[1]; i++) {
                UUID caseId = UUID.randomUUID();
                LocalDate admitted = DAY.minusDays(40 + i);
                upstream.publish(
                        id,
                        caseId,
                        EventFixtures.caseOpened()
                                .caseId(caseId)
                                .caseManagerId("fm-" + (i % 2))
                                .ageGroup(i < line[0] ? "U25" : "UE25")
                                .policyVersion(3)
                                .admittedOn(admitted)
                                .admittedAt(at(admitted))
                                .firstConsultationDueOn(DAY.plusDays(30))
                                .durationStartOn(admitted)
                                .maxDurationEndsOn(DAY.plusYears(1))
                                .build());
            }
            for (int i = 0; i < line[2]; i++) {
                UUID caseId = UUID.randomUUID();
                upstream.publish(
                        id,
                        caseId,
                        EventFixtures.caseReferred()
                                .caseId(caseId)
                                .policyVersion(3)
                                .referredAt(at(DAY.minusDays(20)))
                                .secondaryAssignmentDueOn(DAY.plusDays(5))
                                .build());
            }
            long expected = line[0] + line[1] + line[2];
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> count(
                                    "select count(*) from case_quality " + "where jobcenter_id = :jobcenterId",
                                    Params.of("jobcenterId", id))
                            == expected);
        }
        return ids;
    }

    /**
     * 114 cases of one Jobcenter, admitted over six months before the reporting date, some closed;
     * referrals waiting for an FM; non-referrals with overdue re-checks. The same seed gives the same set.
     */
    void generate() {
        cases.clear();
        referrals.clear();
        rechecks.clear();
        policy(3, LocalDate.of(2025, 1, 1), POLICY);
        Random random = new Random(15);
        // team-a: three case managers; team-b: two and fm-a3 (cases transferred earlier); team-c: three open
        // cases; team-d: only closed cases
        addCases(random, "team-a", List.of("fm-a1", "fm-a2", "fm-a3"), 64, 0.35);
        addCases(random, "team-b", List.of("fm-b1", "fm-b2", "fm-a3"), 40, 0.15);
        addCases(random, "team-c", List.of("fm-c1"), 3, 0.3);
        addCases(random, "team-d", List.of("fm-d1"), 7, 0.2);
        for (Case c : cases) {
            if (c.team().equals("team-d") && c.open()) {
                cases.set(cases.indexOf(c), close(c, "MOVED", c.admittedOn().plusDays(20)));
            }
        }
        for (Case c : cases) {
            publishCase(c);
        }
        referrals.put("team-a", new int[] {6, 2});
        referrals.put("team-b", new int[] {1, 0});
        referrals.forEach((team, n) -> {
            for (int i = 0; i < n[0]; i++) {
                UUID caseId = UUID.randomUUID();
                LocalDate due = i < n[1] ? DAY.minusDays(10) : DAY.plusDays(5);
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.caseReferred()
                                .caseId(caseId)
                                .teamId(team)
                                .policyVersion(3)
                                .referredAt(at(DAY.minusDays(20)))
                                .secondaryAssignmentDueOn(due)
                                .build());
            }
        });
        rechecks.put("team-av1", 7);
        rechecks.put("team-av2", 2);
        rechecks.forEach((avTeam, n) -> {
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                upstream.publish(
                        jobcenter,
                        id,
                        nonReferral(id, avTeam)
                                .recheckDueOn(DAY.minusDays(30))
                                .recordedAt(at(DAY.minusMonths(7)))
                                .build());
            }
        });
        long open = cases.stream().filter(Case::open).count();
        long waiting = referrals.values().stream().mapToInt(n -> n[0]).sum();
        long overdue = rechecks.values().stream().mapToInt(Integer::intValue).sum();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(
                                        "select count(*) from caseload_case where "
                                                + "jobcenter_id = :jobcenterId and opened_at is not null and closed_at is null",
                                        Params.of("jobcenterId", jobcenter))
                                == open
                        // a closure may arrive before its opening (another consumer): count it once its team is known
                        && count(
                                        "select count(*) from caseload_case where jobcenter_id = :jobcenterId and opened_at is not null "
                                                + "and closed_at is not null",
                                        Params.of("jobcenterId", jobcenter))
                                == cases.size() - open
                        && count(
                                        "select count(*) from case_quality where jobcenter_id = :jobcenterId",
                                        Params.of("jobcenterId", jobcenter))
                                == open + waiting
                        && count(
                                        "select count(*) from report_non_referral where jobcenter_id = :jobcenterId",
                                        Params.of("jobcenterId", jobcenter))
                                == overdue);
    }

    void addCases(Random random, String team, List<String> caseManagers, int n, double closedShare) {
        for (int i = 0; i < n; i++) {
            // team-b: fm-b1 and fm-b2 in turn, every ninth case fm-a3's
            String caseManager = team.equals("team-b")
                    ? caseManagers.get(i % 9 == 0 ? 2 : i % 2)
                    : caseManagers.get(i % caseManagers.size());
            LocalDate admitted = DAY.minusDays(12 + random.nextInt(170));
            boolean u25 = random.nextInt(100) < (team.equals("team-b") ? 6 : 30);
            String route = ROUTES[random.nextInt(100) < 70 ? 0 : random.nextInt(100) < 75 ? 1 : 2];
            LocalDate maxEnd = random.nextInt(100) < 8 ? DAY.minusDays(3) : DAY.plusYears(1);
            LocalDate firstConsultation = random.nextInt(100) < 10 ? DAY.minusDays(2) : DAY.plusDays(30);
            Case c = new Case(
                    UUID.randomUUID(),
                    team,
                    caseManager,
                    u25,
                    route,
                    admitted,
                    maxEnd,
                    firstConsultation,
                    null,
                    null,
                    0);
            if (random.nextDouble() < closedShare) {
                LocalDate closed = admitted.plusDays(5 + random.nextInt(160));
                if (closed.isAfter(REPORTING_DATE)) {
                    closed = REPORTING_DATE.minusDays(random.nextInt(5));
                }
                if (!closed.isBefore(admitted)) {
                    c = close(c, REASONS[random.nextInt(REASONS.length)], closed);
                }
            }
            cases.add(c);
        }
    }

    static Case close(Case c, String reason, LocalDate closedOn) {
        return new Case(
                c.id(),
                c.team(),
                c.caseManager(),
                c.u25(),
                c.route(),
                c.admittedOn(),
                c.maxDurationEndsOn(),
                c.firstConsultationDueOn(),
                reason,
                closedOn,
                closedOn.toEpochDay() - c.admittedOn().toEpochDay());
    }

    void publishCase(Case c) {
        upstream.publish(
                jobcenter,
                c.id(),
                EventFixtures.caseOpened()
                        .caseId(c.id())
                        .teamId(c.team())
                        .caseManagerId(c.caseManager())
                        .route(c.route())
                        .ageGroup(c.u25() ? "U25" : "UE25")
                        .policyVersion(3)
                        .admittedOn(c.admittedOn())
                        .admittedAt(at(c.admittedOn()))
                        .firstConsultationDueOn(c.firstConsultationDueOn())
                        .durationStartOn(c.admittedOn())
                        .maxDurationEndsOn(c.maxDurationEndsOn())
                        .build());
        if (!c.open()) {
            upstream.publish(
                    jobcenter,
                    c.id(),
                    EventFixtures.caseClosed()
                            .caseId(c.id())
                            .reasonCode(c.closure())
                            .closedOn(c.closedOn())
                            .durationDays(c.durationDays())
                            .closedAt(at(c.closedOn()))
                            .integration(c.integration())
                            .handoverRecorded(false)
                            .policyVersion(3)
                            .build());
        }
    }

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

    void caseload(Published published, Map<String, Object> caseload, String kind) {
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

    void quality(Published published, Map<String, Object> summary) {
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

    void outcomes(Published published, Map<String, Object> outcomes) {
        assertThat(outcomes).containsEntry("reportingDate", REPORTING_DATE.toString());
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

    // --- reading the answers -------------------------------------------------------------------------------

    Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    String csv(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token));
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
