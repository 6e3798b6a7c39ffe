package de.lotse.reporting.caseload.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.reporting.caseload.domain.CaseloadGrouping;
import de.lotse.reporting.caseload.domain.CaseloadScope;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request shape of GET /api/caseload (and its CSV export) is answered from a partial index,
 * narrowed to the caller's Jobcenter (and team or case manager) in the index condition: the endpoint
 * never scans the table. The lines and the total line come from one scan (a grouping set), not two.
 * Runs on 5,000 rows in 50 Jobcenters, inserted and analysed in a transaction that is rolled back (as the
 * database's owner role: ANALYZE is not the service's to run). Sequential scans are switched off so a plan choice between near-equal costs cannot
 * make the test flaky; if no index fits, PostgreSQL still scans the table and the test fails.
 */
@MicronautTest(transactional = false)
class CaseloadQueryPlanIT extends ServiceIT {

    @Override
    protected String service() {
        return "reporting";
    }

    @Test
    void answersEveryScopeAndGroupingFromAnIndexOnTheCallersJobcenter() throws SQLException {
        // jc-7 holds rows i = 7, 57, 107, ...: all in team-7, with case managers fm-7, fm-17, fm-27, fm-37
        List<CaseloadScope> scopes = List.of(
                new CaseloadScope("jc-7", null, null),
                new CaseloadScope("jc-7", "team-7", null),
                new CaseloadScope("jc-7", null, "fm-17"));
        // as the owner role: ANALYZE is maintenance the service's own role may not run (it only warns)
        try (Connection connection = ownerConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("""
                        insert into caseload_case (case_id, jobcenter_id, team_id, case_manager_id, age_group, route,
                                                   admitted_on, opened_at, opened_event_id, closed_at)
                        select gen_random_uuid(), 'jc-' || (i % 50), 'team-' || (i % 10), 'fm-' || (i % 40),
                               case when i % 3 = 0 then 'U25' else 'UE25' end, 'AV', date '2026-11-01', now(),
                               gen_random_uuid(), case when i % 7 = 0 then now() end
                        from generate_series(1, 5000) i""");
                statement.execute("analyze caseload_case");
                statement.execute("set local enable_seqscan = off");
                for (CaseloadScope scope : scopes) {
                    for (CaseloadGrouping grouping : CaseloadGrouping.values()) {
                        String plan = plan(connection, scope, grouping);
                        String indexCondition = plan.lines()
                                .filter(line -> line.contains("Index Cond:"))
                                .findFirst()
                                .orElse("");
                        assertThat(plan)
                                .as("%s by %s:%n%s", scope, grouping, plan)
                                .contains("caseload_case_open_by_")
                                .doesNotContain("Seq Scan");
                        assertThat(indexCondition)
                                .as("%s by %s:%n%s", scope, grouping, plan)
                                .contains("jobcenter_id");
                        assertThat(plan.split("caseload_case_open_by_", -1))
                                .as("one scan for lines and total: %s by %s:%n%s", scope, grouping, plan)
                                .hasSize(2);
                        if (scope.teamId() != null) {
                            assertThat(indexCondition)
                                    .as("%s by %s:%n%s", scope, grouping, plan)
                                    .contains("team_id");
                        }
                        if (scope.caseManagerId() != null) {
                            assertThat(indexCondition)
                                    .as("%s by %s:%n%s", scope, grouping, plan)
                                    .contains("case_manager_id");
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static String plan(Connection connection, CaseloadScope scope, CaseloadGrouping grouping)
            throws SQLException {
        // the store's own statement with its named parameters, bound on this plain connection
        Params params = Params.of("jobcenterId", scope.jobcenterId());
        if (scope.teamId() != null) {
            params.and("teamId", scope.teamId());
        }
        if (scope.caseManagerId() != null) {
            params.and("caseManagerId", scope.caseManagerId());
        }
        try (PreparedStatement statement =
                Statements.prepare(connection, "explain " + CaseloadStore.openCasesSql(scope, grouping), params)) {
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }
}
