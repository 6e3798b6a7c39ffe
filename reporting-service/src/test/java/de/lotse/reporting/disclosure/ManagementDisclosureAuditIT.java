package de.lotse.reporting.disclosure;

import de.lotse.reporting.disclosure.DisclosureAnswers.Published;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static de.lotse.reporting.disclosure.DisclosureAnswers.caseload;
import static de.lotse.reporting.disclosure.DisclosureAnswers.concat;
import static de.lotse.reporting.disclosure.DisclosureAnswers.csvCaseload;
import static de.lotse.reporting.disclosure.DisclosureAnswers.csvOutcomes;
import static de.lotse.reporting.disclosure.DisclosureAnswers.csvSummary;
import static de.lotse.reporting.disclosure.DisclosureAnswers.jsonCaseload;
import static de.lotse.reporting.disclosure.DisclosureAnswers.jsonOutcomesInWords;
import static de.lotse.reporting.disclosure.DisclosureAnswers.jsonSummary;
import static de.lotse.reporting.disclosure.DisclosureAnswers.list;
import static de.lotse.reporting.disclosure.DisclosureAnswers.map;
import static de.lotse.reporting.disclosure.DisclosureAnswers.outcomes;
import static de.lotse.reporting.disclosure.DisclosureAnswers.quality;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure audit of what a Jobcenter's management obtains ({@link DisclosureAuditFixtures}): a Jobcenter
 * with several teams and case managers, admissions and closures over many months, findings, waiting referrals
 * and overdue re-checks — with the edge cases (a small team of three, a team with no open case, a case
 * manager in two teams, totals just at the threshold) — is fed through the broker; then everything management
 * can obtain for the reporting date is read, as JSON and as CSV (the caseload per case manager and per team,
 * the quality summary, the outcomes of the whole window). From these answers alone, with the relations anyone
 * may know and what the organisation chart tells (who works in which team), the test builds the linear system
 * of all published figures and, for every withheld one, computes with ojAlgo the interval it could lie in
 * ({@link DisclosureAudit}). Every figure with 1–4 customers, and every count within such a group, must be
 * withheld, and its interval must cover its protection interval.
 *
 * <p>The truth is the test's own: it counts its generated cases itself, and checks every published figure
 * against that count. Run on the same answers with the complements published, the audit finds the figures
 * that subtraction gives away — so it can fail.
 */
@MicronautTest(transactional = false)
class ManagementDisclosureAuditIT extends DisclosureAuditFixtures {
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
                .isEqualTo(jsonOutcomesInWords(outcomes));

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
        return DisclosureAudit.sensitive(model.tables, Set.of());
    }
}
