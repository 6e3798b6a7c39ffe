package de.lotse.reporting.quality.infrastructure;

import de.lotse.platform.jdbc.Sql;
import de.lotse.reporting.quality.domain.CaseStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The facts of open cases the quality standards need, read per Jobcenter (and team). */
@Singleton
public class QualityStore {
    private final JdbcOperations jdbc;

    QualityStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public List<CaseStatus> openCases(String jobcenterId, String teamId) {
        return Sql.query(jdbc, """
                select case_id, team_id, case_manager_id, admitted_on, first_consultation_due_on,
                       first_consultation_held_on, max_duration_ends_on, agreement_valid_until, next_review_due_on,
                       extension_until, category_code
                from caseload_case
                where jobcenter_id = ? and opened_at is not null and closed_at is null and (?::text is null or team_id = ?)
                order by team_id, case_manager_id, case_id""", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, teamId);
            statement.setString(3, teamId);
        }, rs -> new CaseStatus(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), rs.getString(11)));
    }

    /** Counted contact days per case. */
    @ReadOnly
    public Map<UUID, List<LocalDate>> countedContacts(List<UUID> caseIds) {
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        if (caseIds.isEmpty()) {
            return days;
        }
        Sql.query(jdbc, "select case_id, occurred_on from report_contact where case_id = any(?) and counts",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray())),
                rs -> days.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class)));
        return days;
    }

    /** The cases with an AGH (§16d) running on the day. */
    @ReadOnly
    public Set<UUID> aghRunning(List<UUID> caseIds, LocalDate day) {
        Set<UUID> running = new HashSet<>();
        if (caseIds.isEmpty()) {
            return running;
        }
        Sql.query(jdbc, "select distinct case_id from report_measure where case_id = any(?) and instrument = 'AGH_16D' "
                + "and started_on <= ? and (ended_on is null or ended_on > ?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray()));
            statement.setObject(2, day);
            statement.setObject(3, day);
        }, rs -> running.add(rs.getObject(1, UUID.class)));
        return running;
    }

    /** Open non-referrals whose re-check is overdue, counted per AV team. */
    @ReadOnly
    public Map<String, Long> overdueRechecks(String jobcenterId, LocalDate day) {
        Map<String, Long> perTeam = new java.util.TreeMap<>();
        Sql.query(jdbc, "select coalesce(team_id, '-'), count(*) from report_non_referral where jobcenter_id = ? "
                + "and status = 'OPEN' and recheck_due_on < ? group by 1", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, day);
        }, rs -> perTeam.put(rs.getString(1), rs.getLong(2)));
        return perTeam;
    }
}
