package de.lotse.reporting.caseload.infrastructure;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.platform.jdbc.Sql;
import de.lotse.reporting.caseload.application.CaseloadGrouping;
import de.lotse.reporting.caseload.application.CaseloadRow;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.util.List;

/** The caseload read model table. */
@Singleton
public class CaseloadStore {
    private final JdbcOperations jdbc;

    CaseloadStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an opened case. Keyed by case id and written once: a redelivered or replayed
     * case-opened changes nothing, and facts from other events (closure, assignment) that may
     * have arrived first are kept.
     */
    public void recordOpened(ReceivedEvent<CaseOpened> event) {
        CaseOpened opened = event.payload();
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, team_id, case_manager_id, age_group, route,
                                           admitted_on, opened_at, opened_event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do nothing""", statement -> {
            statement.setObject(1, opened.caseId());
            statement.setString(2, event.envelope().jobcenterId());
            statement.setString(3, opened.teamId());
            statement.setString(4, opened.caseManagerId());
            statement.setString(5, opened.ageGroup());
            statement.setString(6, opened.route());
            statement.setObject(7, opened.admittedOn());
            statement.setTimestamp(8, Timestamp.from(opened.admittedAt()));
            statement.setObject(9, event.envelope().eventId());
        });
    }

    @ReadOnly
    public List<CaseloadRow> openCases(String jobcenterId, CaseloadGrouping grouping, String team,
                                       String caseManager) {
        String key = grouping == CaseloadGrouping.TEAM ? "team_id" : "case_manager_id";
        // key is one of two fixed column names, never user input
        String sql = "select " + key + ", count(*), count(*) filter (where age_group = 'U25'), "
                + "count(*) filter (where age_group <> 'U25') from caseload_case "
                + "where jobcenter_id = ? and closed_at is null"
                + (team != null ? " and team_id = ?" : "")
                + (caseManager != null ? " and case_manager_id = ?" : "")
                + " group by " + key + " order by " + key;
        return Sql.query(jdbc, sql, statement -> {
            int index = 1;
            statement.setString(index++, jobcenterId);
            if (team != null) {
                statement.setString(index++, team);
            }
            if (caseManager != null) {
                statement.setString(index, caseManager);
            }
        }, rs -> new CaseloadRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }
}
