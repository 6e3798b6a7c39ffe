package de.lotse.reporting.disclosure;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import de.lotse.reporting.disclosure.DisclosureAnswers.Published;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Protection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static de.lotse.reporting.disclosure.DisclosureAnswers.cellOf;
import static de.lotse.reporting.disclosure.DisclosureAnswers.csvNational;
import static de.lotse.reporting.disclosure.DisclosureAnswers.jsonNational;
import static de.lotse.reporting.disclosure.DisclosureAnswers.list;
import static de.lotse.reporting.disclosure.DisclosureAnswers.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure audit of the national view: this Jobcenter's lines beside three small ones (and those of
 * other tests), read as JSON and CSV by the federal agency; no withheld line can be narrowed below its
 * protection interval, even by a Jobcenter's own management who knows its own figures.
 */
@MicronautTest(transactional = false)
class NationalDisclosureAuditIT extends DisclosureAuditFixtures {
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
        Set<String> sensitive = DisclosureAudit.sensitive(tables, published.withheld);
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

    // The truth of other tests' Jobcenters is not this test's own: the national view's lines are checked against
    // the counters it was taken from, which no API shows unsuppressed.
    /** Every Jobcenter's line of the national view, as the counters held them when the view was taken. */
    private Map<String, Map<String, Long>> nationalTruth() {
        Map<String, Map<String, Long>> truth = new TreeMap<>();
        transactions.executeRead(status -> statements.query("""
                select jobcenter_id, sum(open_cases), sum(open_u25), sum(referred), sum(contact_density_not_met),
                       sum(review_overdue), sum(agreement_expired), sum(first_consultation_missed),
                       sum(max_duration_exceeded), sum(secondary_assignment_missed)
                from quality_tally group by jobcenter_id""", Params.none(), rs -> {
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
        LocalDate day = transactions.executeRead(status -> statements
                .query(
                        "select refreshed_on from quality_refresh where id = 1",
                        Params.none(),
                        rs -> rs.getObject(1, LocalDate.class))
                .stream()
                .findFirst()
                .orElse(DAY));
        transactions.executeRead(status -> statements.query(
                "select jobcenter_id, count(*) "
                        + "from report_non_referral where status = 'OPEN' and recheck_due_on < :day group by 1",
                Params.of("day", day),
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
}
