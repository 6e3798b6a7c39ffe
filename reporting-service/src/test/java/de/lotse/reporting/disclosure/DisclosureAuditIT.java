package de.lotse.reporting.disclosure;

import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Protection;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * The disclosure audit over the public API: a Jobcenter with several teams and case managers, admissions and
 * closures over many months, findings, waiting referrals and overdue re-checks — with the edge cases (a small
 * team of three, a team with no open case, a case manager in two teams, totals just at the threshold) — is
 * fed through the broker; then everything management can obtain for the reporting date is read, as JSON and
 * as CSV (the caseload per case manager and per team, the quality summary, the outcomes of the whole
 * window), and the national view likewise. From these answers alone, with the relations anyone may know
 * and what the organisation chart tells (who works in which team), the test builds the linear system of all
 * published figures and, for every withheld one, computes with ojAlgo the interval it could lie in
 * ({@link DisclosureAudit}). Every figure with 1–4 customers, and every count within such a group, must be
 * withheld, and its interval must cover its protection interval.
 *
 * <p>The truth is the test's own: it counts its generated cases itself, and checks every published figure
 * against that count. Run on the same answers with the complements published, the audit finds the figures
 * that subtraction gives away — so it can fail.
 */
@MicronautTest(transactional = false)
class DisclosureAuditIT extends ReportingFixtures {
    /** A day of its own, before the other tests' day: its reporting date's figures are taken here first. */
    private static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    private static final LocalDate REPORTING_DATE = DAY.minusDays(1);
    private static final Map<String, String> POLICY = Map.of(
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
    private static final String[] ROUTES = {"AV", "SELF", "OTHER"};
    private static final String[] REASONS = {"EMPLOYMENT", "TRAINING", "MOVED", "OTHER"};

    /** One generated case, as the test knows it. */
    private record Case(
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

    private final List<Case> cases = new ArrayList<>();
    /** waiting referrals per team: [waiting, of them past the assignment deadline] */
    private final Map<String, int[]> referrals = new TreeMap<>();

    private final Map<String, Integer> rechecks = new TreeMap<>();

    @Override
    protected void onNewJobcenter() {
        clock.set(DAY);
    }

    @Test
    void noWithheldFigureCanBeNarrowedBelowItsProtectionIntervalByAnythingManagementObtains() {
        generate();
        String management = management();

        Published published = new Published();
        Map<String, Object> byCaseManager = get("/api/caseload?groupBy=caseManager", management);
        Map<String, Object> byTeam = get("/api/caseload?groupBy=team", management);
        Map<String, Object> summary = get("/api/quality/summary", management);
        YearMonth last = YearMonth.from(REPORTING_DATE);
        String window = "?from=" + last.minusMonths(35) + "&to=" + last;
        Map<String, Object> outcomes = get("/api/outcomes" + window, management);

        assertThat(byCaseManager).containsEntry("reportingDate", REPORTING_DATE.toString());
        caseload(published, byCaseManager, "fm");
        caseload(published, byTeam, "team");
        quality(published, summary);
        outcomes(published, outcomes);
        // the CSV twins show the same cells
        assertThat(csvCaseload(csv("/api/caseload/export?groupBy=caseManager", management)))
                .isEqualTo(jsonCaseload(byCaseManager));
        assertThat(csvCaseload(csv("/api/caseload/export?groupBy=team", management)))
                .isEqualTo(jsonCaseload(byTeam));
        assertThat(csvSummary(csv("/api/quality/summary/export", management))).isEqualTo(jsonSummary(summary));
        assertThat(csvOutcomes(csv("/api/outcomes/export" + window, management)))
                .isEqualTo(jsonOutcomes(outcomes));

        Model model = model(published, byCaseManager, byTeam);
        assertThat(published.values)
                .as("every published figure is the true count")
                .allSatisfy((id, value) -> assertThat(value)
                        .as(id)
                        .isEqualTo(model.tables.quantity(id).value()));
        Set<String> sensitive = sensitive(model);
        assertThat(sensitive).as("the data set has small figures to protect").hasSizeGreaterThan(20);

        DisclosureAudit.Report report = DisclosureAudit.audit(model.tables, published.withheld, sensitive, Map.of());

        assertThat(report.exposures()).as("exposed figures").isEmpty();
        assertThat(report.checked()).isEqualTo(sensitive.size());
        // the same answers with every complement published: subtraction gives small figures away
        Set<String> primaryOnly = new TreeSet<>(published.withheld);
        primaryOnly.retainAll(sensitive);
        assertThat(DisclosureAudit.anyExposed(model.tables, primaryOnly, sensitive, Map.of()))
                .as("without secondary suppression")
                .isTrue();
    }

    @Test
    void noWithheldLineOfTheNationalViewCanBeNarrowedEvenByAJobcentersOwnManagement() {
        generate();
        List<String> small = smallJobcenters();
        // the national view of this reporting date holds these Jobcenters and those of tests before; taken anew
        forgetNationalFigures();
        String national = TestTokens.user("bund-lea", "MANAGEMENT")
                .reportingScope("NATIONAL")
                .sign();
        Map<String, Object> view = get("/api/quality/national", national);
        String csv = csv("/api/quality/national/export", national);

        assertThat(view).containsEntry("reportingDate", REPORTING_DATE.toString());
        Published published = new Published();
        Map<String, Map<String, Long>> truth = nationalTruth();
        LinkedTables tables = new LinkedTables();
        Map<String, Set<String>> lines = new LinkedHashMap<>();
        List<Map<String, Object>> jobcenters = list(view.get("jobcenters"));
        assertThat(jobcenters).extracting(l -> l.get("key")).contains(jobcenter).containsAll(small);
        List<String> columns = List.of(
                "openCases",
                "u25",
                "referred",
                "overdueRechecks",
                "CONTACT_DENSITY_NOT_MET",
                "REVIEW_OVERDUE",
                "AGREEMENT_EXPIRED",
                "FIRST_CONSULTATION_MISSED",
                "MAX_DURATION_EXCEEDED",
                "SECONDARY_ASSIGNMENT_MISSED");
        Map<String, List<String>> byColumn = new LinkedHashMap<>();
        for (Map<String, Object> line : jobcenters) {
            String j = (String) line.get("key");
            Map<String, Long> values = truth.get(j);
            Set<String> ids = new LinkedHashSet<>();
            for (String column : columns) {
                String id = j + "|" + column;
                Map<String, Object> cell = cellOf(line, column);
                published.add(id, cell);
                tables.figure(id, values.get(column));
                ids.add(id);
                byColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(id);
            }
            tables.atLeast(j + "|openCases", ((Number) line.get("caseManagers")).longValue());
            for (String column : columns) {
                if (!List.of("openCases", "referred", "overdueRechecks").contains(column)) {
                    String population = j + (column.equals("SECONDARY_ASSIGNMENT_MISSED") ? "|referred" : "|openCases");
                    tables.atMost(j + column, j + "|" + column, population).within(j + "|" + column, population);
                }
            }
            tables.group(j, ids);
            lines.put(j, ids);
        }
        Map<String, Object> total = map(view.get("total"));
        for (String column : columns) {
            String id = "*|" + column;
            published.add(id, cellOf(total, column));
            tables.figure(
                            id,
                            byColumn.get(column).stream()
                                    .mapToLong(c -> tables.quantity(c).value())
                                    .sum())
                    .sum("country " + column, id, byColumn.get(column));
        }
        published.values.forEach((id, value) ->
                assertThat(value).as(id).isEqualTo(tables.quantity(id).value()));
        // the CSV twin shows the same cells
        assertThat(csv.lines().skip(1).count()).isEqualTo(jobcenters.size() + 1);
        assertThat(csvNational(csv)).isEqualTo(jsonNational(view, columns));
        Set<String> sensitive = sensitive(tables, published.withheld);
        // a Jobcenter whose Ü25 are few withholds its U25 in its own answers (U25 + Ü25 = open cases): its own
        // management does not know it either, and the national view must protect it like a small figure
        for (Map<String, Object> line : jobcenters) {
            String j = (String) line.get("key");
            if (Protection.primary(truth.get(j).get("openCases") - truth.get(j).get("u25"))) {
                assertThat(published.withheld).contains(j + "|u25");
                sensitive.add(j + "|u25");
            }
        }
        assertThat(sensitive).contains(small.get(0) + "|openCases", small.get(1) + "|u25", small.get(2) + "|u25");

        DisclosureAudit.Report report = DisclosureAudit.audit(tables, published.withheld, sensitive, lines);

        assertThat(report.exposures()).as("exposed figures").isEmpty();
        assertThat(report.checked()).isEqualTo(sensitive.size());
        // the same view with only the small figures withheld: the country's total minus the other lines gives
        // them away
        assertThat(DisclosureAudit.anyExposed(tables, sensitive, sensitive, lines))
                .as("without secondary suppression")
                .isTrue();
    }

    // --- the data set -------------------------------------------------------------------------------------

    /**
     * Three more Jobcenters with small lines: three open cases; nine with two U25 and a waiting referral;
     * twelve with two Ü25 (so its own answers withhold its U25, which the national view must withhold too).
     */
    private List<String> smallJobcenters() {
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
                    .until(() ->
                            count("select count(*) from case_quality " + "where jobcenter_id = ?", id) == expected);
        }
        return ids;
    }

    /**
     * 114 cases of one Jobcenter, admitted over six months before the reporting date, some closed;
     * referrals waiting for an FM; non-referrals with overdue re-checks. The same seed gives the same set.
     */
    private void generate() {
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
                                                + "jobcenter_id = ? and opened_at is not null and closed_at is null",
                                        jobcenter)
                                == open
                        // a closure may arrive before its opening (another consumer): count it once its team is known
                        && count(
                                        "select count(*) from caseload_case where jobcenter_id = ? and opened_at is not null "
                                                + "and closed_at is not null",
                                        jobcenter)
                                == cases.size() - open
                        && count("select count(*) from case_quality where jobcenter_id = ?", jobcenter)
                                == open + waiting
                        && count("select count(*) from report_non_referral where jobcenter_id = ?", jobcenter)
                                == overdue);
    }

    private void addCases(Random random, String team, List<String> caseManagers, int n, double closedShare) {
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

    private static Case close(Case c, String reason, LocalDate closedOn) {
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

    private void publishCase(Case c) {
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
    private static final class Published {
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

    private void caseload(Published published, Map<String, Object> caseload, String kind) {
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

    private void quality(Published published, Map<String, Object> summary) {
        for (Map<String, Object> line : list(summary.get("teams"))) {
            qualityLine(published, "team|" + line.get("key"), line);
        }
        qualityLine(published, "jc", map(summary.get("total")));
        map(summary.getOrDefault("overdueRechecks", Map.of()))
                .forEach((av, cell) -> published.add("recheck|" + av, map(cell)));
        published.add("jc|K", cellOf(map(summary.get("total")), "overdueRechecks"));
    }

    private static void qualityLine(Published published, String prefix, Map<String, Object> line) {
        published.add(prefix + "|O", map(line.get("openCases")));
        published.add(prefix + "|U", map(line.get("u25")));
        published.add(prefix + "|R", map(line.get("referred")));
        map(line.get("findings")).forEach((f, cell) -> published.add(prefix + "|F|" + f, map(cell)));
    }

    private void outcomes(Published published, Map<String, Object> outcomes) {
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
    private static String flowId(Map<String, Object> row) {
        return "out|" + row.get("metric") + "|" + row.get("month") + "|"
                + (Boolean.TRUE.equals(row.get("total")) ? "*" : row.get("teamId")) + "|"
                + (row.get("key") == null ? "*" : row.get("key"));
    }

    // --- the attacker's model, with the test's own truth ---------------------------------------------------

    private record Model(LinkedTables tables) {}

    /**
     * Every figure the answers showed or withheld, with the true value the test counted, and every relation
     * an attacker may know.
     */
    private Model model(Published published, Map<String, Object> byCaseManager, Map<String, Object> byTeam) {
        LinkedTables t = new LinkedTables();
        List<Case> open = cases.stream().filter(Case::open).toList();
        // hidden: a case manager's open cases within a team (management knows who works where)
        Map<String, long[]> pairs = new TreeMap<>();
        for (Case c : open) {
            pairs.computeIfAbsent(c.team() + "|" + c.caseManager(), k -> new long[2])[c.u25() ? 0 : 1]++;
        }
        pairs.forEach((pair, n) -> {
            t.hidden("x|" + pair + "|U", n[0])
                    .hidden("x|" + pair + "|E", n[1])
                    .relation("a case in " + pair, Map.of("x|" + pair + "|U", -1L, "x|" + pair + "|E", -1L), false, -1);
        });
        Set<String> teams = new TreeSet<>();
        cases.forEach(c -> teams.add(c.team()));
        teams.addAll(referrals.keySet());
        Set<String> caseManagers = new TreeSet<>();
        open.forEach(c -> caseManagers.add(c.caseManager()));
        // the caseload lines: open = U25 + Ü25, and each a sum over the hidden pairs
        for (String fm : caseManagers) {
            line(
                    t,
                    "fm|" + fm,
                    open.stream().filter(c -> c.caseManager().equals(fm)).toList(),
                    pairs.keySet().stream().filter(p -> p.endsWith("|" + fm)).toList());
            t.atLeast("fm|" + fm + "|O", 1);
        }
        for (String team : teams) {
            line(
                    t,
                    "team|" + team,
                    open.stream().filter(c -> c.team().equals(team)).toList(),
                    pairs.keySet().stream()
                            .filter(p -> p.startsWith(team + "|"))
                            .toList());
        }
        line(t, "jc", open, List.of());
        for (String field : List.of("O", "U", "E")) {
            t.sum(
                    "jc " + field,
                    "jc|" + field,
                    teams.stream().map(team -> "team|" + team + "|" + field).toList());
        }
        // referrals and findings per team and for the Jobcenter
        List<String> findings = List.of(
                "CONTACT_DENSITY_NOT_MET",
                "REVIEW_OVERDUE",
                "AGREEMENT_EXPIRED",
                "FIRST_CONSULTATION_MISSED",
                "MAX_DURATION_EXCEEDED",
                "SECONDARY_ASSIGNMENT_MISSED");
        for (String scope : concat(teams.stream().map(team -> "team|" + team).toList(), List.of("jc"))) {
            String team = scope.equals("jc") ? null : scope.substring(5);
            long waiting = referrals.entrySet().stream()
                    .filter(e -> team == null || e.getKey().equals(team))
                    .mapToLong(e -> e.getValue()[0])
                    .sum();
            long late = referrals.entrySet().stream()
                    .filter(e -> team == null || e.getKey().equals(team))
                    .mapToLong(e -> e.getValue()[1])
                    .sum();
            t.figure(scope + "|R", waiting);
            for (String f : findings) {
                long n = f.equals("SECONDARY_ASSIGNMENT_MISSED")
                        ? late
                        : open.stream()
                                .filter(c -> team == null || c.team().equals(team))
                                .filter(c -> c.findings().contains(f))
                                .count();
                String population = scope + (f.equals("SECONDARY_ASSIGNMENT_MISSED") ? "|R" : "|O");
                t.figure(scope + "|F|" + f, n)
                        .atMost(scope + f, scope + "|F|" + f, population)
                        .within(scope + "|F|" + f, population);
            }
        }
        for (String column :
                concat(List.of("R"), findings.stream().map(f -> "F|" + f).toList())) {
            t.sum(
                    "jc " + column,
                    "jc|" + column,
                    teams.stream().map(team -> "team|" + team + "|" + column).toList());
        }
        rechecks.forEach((av, n) -> t.figure("recheck|" + av, n));
        t.figure(
                        "jc|K",
                        rechecks.values().stream().mapToLong(Integer::longValue).sum())
                .sum(
                        "re-checks",
                        "jc|K",
                        rechecks.keySet().stream().map(av -> "recheck|" + av).toList());
        // each published rating bounds a line's U25 and Ü25
        ratings(t, byCaseManager, "fm");
        ratings(t, byTeam, "team");
        flows(t, published);
        return new Model(t);
    }

    /** A caseload line: open = U25 + Ü25, U25 and Ü25 within the open cases, sums over the hidden pairs. */
    private static void line(LinkedTables t, String prefix, List<Case> cases, List<String> pairs) {
        long u = cases.stream().filter(Case::u25).count();
        t.figure(prefix + "|O", cases.size())
                .figure(prefix + "|U", u)
                .figure(prefix + "|E", cases.size() - u)
                .sum(prefix + " ages", prefix + "|O", List.of(prefix + "|U", prefix + "|E"))
                .within(prefix + "|U", prefix + "|O")
                .within(prefix + "|E", prefix + "|O");
        if (!prefix.equals("jc")) {
            t.sum(
                    prefix + " U25",
                    prefix + "|U",
                    pairs.stream().map(p -> "x|" + p + "|U").toList());
            t.sum(
                    prefix + " Ü25",
                    prefix + "|E",
                    pairs.stream().map(p -> "x|" + p + "|E").toList());
        }
    }

    /**
     * The published rating of each line as inequalities over its U25 (a share of 1/40 each) and Ü25 (1/60):
     * 3 u + 2 e against 120 × case managers, and not below 45/60 of that.
     */
    private static void ratings(LinkedTables t, Map<String, Object> caseload, String kind) {
        List<Map<String, Object>> rows = new ArrayList<>(list(caseload.get("rows")));
        rows.add(map(caseload.get("totalLine")));
        for (Map<String, Object> row : rows) {
            String prefix = row.containsKey("key") ? kind + "|" + row.get("key") : "jc";
            long capacity = 120 * ((Number) row.get("caseManagers")).longValue();
            String u = prefix + "|U";
            String e = prefix + "|E";
            switch ((String) row.get("status")) {
                case "OVER" -> t.relation(prefix + " over", Map.of(u, -3L, e, -2L), false, -(capacity + 1));
                case "UNDER" -> t.relation(prefix + " under", Map.of(u, 3L * 60, e, 2L * 60), false, 45 * capacity - 1);
                case "WITHIN" ->
                    t.relation(prefix + " within", Map.of(u, 3L, e, 2L), false, capacity)
                            .relation(prefix + " within min", Map.of(u, -3L * 60, e, -2L * 60), false, -45 * capacity);
                default -> {}
            }
        }
    }

    /**
     * The outcome tables of every month: each count by team and key, the Jobcenter's total per key, the sums
     * over the keys; closures by reason and by duration add up to the same closures; integrations at most the
     * closures of the reason; every team's open cases are its admissions minus its closures (all within the
     * window); a zero within a withheld group is a withheld row.
     */
    private void flows(LinkedTables t, Published published) {
        Map<String, Long> truth = new TreeMap<>();
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Case c : cases) {
            String admitted = YearMonth.from(c.admittedOn()).toString();
            count(truth, keys, "ADMISSIONS", admitted, c.team(), c.route());
            if (!c.open()) {
                String closed = YearMonth.from(c.closedOn()).toString();
                count(truth, keys, "CLOSURES", closed, c.team(), c.closure());
                count(truth, keys, "DURATION", closed, c.team(), durationClass(c.durationDays()));
                if (c.integration()) {
                    count(truth, keys, "INTEGRATIONS", closed, c.team(), c.closure());
                }
            }
        }
        // every row the answer had (withheld zeros included) and every true count, each one figure
        Set<String> ids = new TreeSet<>(truth.keySet());
        for (String id : published.values.keySet()) {
            if (id.startsWith("out|")) {
                ids.add(id);
            }
        }
        for (String id : published.withheld) {
            if (id.startsWith("out|")) {
                ids.add(id);
            }
        }
        assertThat(ids)
                .as("every true count has a row in the answer")
                .allSatisfy(id -> assertThat(published.values.containsKey(id)
                                || published.withheld.contains(id)
                                || id.startsWith("out|DURATION|") && id.endsWith("|*"))
                        .as(id)
                        .isTrue());
        for (String id : ids) {
            String shared =
                    id.startsWith("out|DURATION|") && id.endsWith("|*") ? id.replace("DURATION", "CLOSURES") : id;
            if (!t.has(shared)) {
                t.figure(shared, truth.getOrDefault(shared, 0L));
            }
        }
        Map<String, List<String>> overTeams = new TreeMap<>();
        Map<String, List<String>> overKeys = new TreeMap<>();
        for (String id : ids) {
            String[] p = id.split("\\|");
            if (!p[3].equals("*")) {
                overTeams
                        .computeIfAbsent("out|" + p[1] + "|" + p[2] + "|*|" + p[4], k -> new ArrayList<>())
                        .add(id);
            }
            if (!p[4].equals("*")) {
                String whole = "out|" + (p[1].equals("DURATION") ? "CLOSURES" : p[1]) + "|" + p[2] + "|" + p[3] + "|*";
                overKeys.computeIfAbsent(p[1] + ">" + whole, k -> new ArrayList<>())
                        .add(id);
                t.within(id, whole);
            }
            if (p[1].equals("INTEGRATIONS")) {
                String closures = "out|CLOSURES|" + p[2] + "|" + p[3] + "|" + p[4];
                t.atMost(id + " <= closures", id, closures).within(id, closures);
            }
        }
        overTeams.forEach((total, parts) -> {
            if (t.has(total)) {
                t.sum("teams of " + total, total, parts);
            }
        });
        overKeys.forEach((name, parts) -> {
            String whole = name.substring(name.indexOf('>') + 1);
            if (t.has(whole)) {
                t.sum("keys of " + name, whole, parts);
            }
        });
        // stock and flows: every admission of the Jobcenter lies in the window
        Set<String> teams = new TreeSet<>();
        cases.forEach(c -> teams.add(c.team()));
        for (String scope : concat(new ArrayList<>(teams), List.of("*"))) {
            Map<String, Long> terms = new LinkedHashMap<>();
            terms.put(scope.equals("*") ? "jc|O" : "team|" + scope + "|O", 1L);
            for (String id : ids) {
                String[] p = id.split("\\|");
                if (p[3].equals(scope) && p[4].equals("*")) {
                    if (p[1].equals("ADMISSIONS")) {
                        terms.put(id, -1L);
                    } else if (p[1].equals("CLOSURES")) {
                        terms.put(id, 1L);
                    }
                }
            }
            t.relation("stock and flows of " + scope, terms, true, 0);
        }
    }

    private static void count(
            Map<String, Long> truth,
            Map<String, Set<String>> keys,
            String metric,
            String month,
            String team,
            String key) {
        for (String t : List.of(team, "*")) {
            truth.merge("out|" + metric + "|" + month + "|" + t + "|" + key, 1L, Long::sum);
            if (!metric.equals("DURATION")) {
                truth.merge("out|" + metric + "|" + month + "|" + t + "|*", 1L, Long::sum);
            }
        }
        keys.computeIfAbsent(metric, k -> new TreeSet<>()).add(key);
    }

    private static String durationClass(long days) {
        return days < 183 ? "0-6" : days < 365 ? "6-12" : days < 730 ? "12-24" : days < 1096 ? "24-36" : "36+";
    }

    /** 1–4 customers (every figure here counts customers), and every count within such a population. */
    private static Set<String> sensitive(Model model) {
        return sensitive(model.tables, Set.of());
    }

    private static Set<String> sensitive(LinkedTables tables, Set<String> alsoWithheld) {
        Set<String> sensitive = new TreeSet<>();
        for (LinkedTables.Quantity q : tables.quantities()) {
            if (!q.hidden() && Protection.primary(q.value())) {
                sensitive.add(q.id());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (LinkedTables.Quantity q : tables.quantities()) {
                if (!q.hidden()
                        && !sensitive.contains(q.id())
                        && tables.populationsOf(q.id()).stream().anyMatch(sensitive::contains)) {
                    changed = sensitive.add(q.id());
                }
            }
        }
        return sensitive;
    }

    /** Every Jobcenter's line of the national view, as the counters held them when the view was taken. */
    private Map<String, Map<String, Long>> nationalTruth() {
        Map<String, Map<String, Long>> truth = new TreeMap<>();
        transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(jdbc, """
                select jobcenter_id, sum(open_cases), sum(open_u25), sum(referred), sum(contact_density_not_met),
                       sum(review_overdue), sum(agreement_expired), sum(first_consultation_missed),
                       sum(max_duration_exceeded), sum(secondary_assignment_missed)
                from quality_tally group by jobcenter_id""", statement -> {}, rs -> {
            Map<String, Long> line = new HashMap<>();
            String[] names = {
                "openCases",
                "u25",
                "referred",
                "CONTACT_DENSITY_NOT_MET",
                "REVIEW_OVERDUE",
                "AGREEMENT_EXPIRED",
                "FIRST_CONSULTATION_MISSED",
                "MAX_DURATION_EXCEEDED",
                "SECONDARY_ASSIGNMENT_MISSED"
            };
            for (int i = 0; i < names.length; i++) {
                line.put(names[i], rs.getLong(2 + i));
            }
            line.put("overdueRechecks", 0L);
            return truth.put(rs.getString(1), line);
        }));
        LocalDate day = transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(
                        jdbc,
                        "select refreshed_on from quality_refresh where id = 1",
                        statement -> {},
                        rs -> rs.getObject(1, LocalDate.class))
                .stream()
                .findFirst()
                .orElse(DAY));
        transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(
                jdbc,
                "select jobcenter_id, count(*) "
                        + "from report_non_referral where status = 'OPEN' and recheck_due_on < ? group by 1",
                statement -> statement.setObject(1, day),
                rs -> truth.computeIfAbsent(rs.getString(1), k -> {
                            Map<String, Long> line = new HashMap<>();
                            for (String n : List.of(
                                    "openCases",
                                    "u25",
                                    "referred",
                                    "CONTACT_DENSITY_NOT_MET",
                                    "REVIEW_OVERDUE",
                                    "AGREEMENT_EXPIRED",
                                    "FIRST_CONSULTATION_MISSED",
                                    "MAX_DURATION_EXCEEDED",
                                    "SECONDARY_ASSIGNMENT_MISSED")) {
                                line.put(n, 0L);
                            }
                            return line;
                        })
                        .put("overdueRechecks", rs.getLong(2))));
        return truth;
    }

    // --- reading the answers -------------------------------------------------------------------------------

    private Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    private String csv(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token));
    }

    private static Map<String, String> jsonCaseload(Map<String, Object> caseload) {
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
    private static Map<String, String> jsonNational(Map<String, Object> view, List<String> columns) {
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
    private static Map<String, String> csvNational(String csv) {
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

    private static Map<String, String> csvCaseload(String csv) {
        Map<String, String> cells = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] c = line.split(";", -1);
            cells.put(c[0] + "|openCases", c[1]);
            cells.put(c[0] + "|u25", c[2]);
            cells.put(c[0] + "|ue25", c[3]);
        });
        return cells;
    }

    private static Map<String, String> jsonSummary(Map<String, Object> summary) {
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

    private static void summaryLine(Map<String, String> cells, String key, Map<String, Object> line) {
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

    private static Map<String, String> csvSummary(String csv) {
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

    private static Map<String, String> jsonOutcomes(Map<String, Object> outcomes) {
        Map<String, String> cells = new TreeMap<>();
        for (Map<String, Object> row : list(outcomes.get("rows"))) {
            cells.put(flowId(row), text(row.get("value")));
        }
        return cells;
    }

    private static Map<String, String> csvOutcomes(String csv) {
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

    private static String text(Object value) {
        return value == null ? "geschützt" : value.toString();
    }

    private static Map<String, Object> cellOf(Map<String, Object> line, String column) {
        if (line.containsKey(column)) {
            return map(line.get(column));
        }
        return map(map(line.get("findings")).get(column));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
