package de.lotse.intake.cases.infrastructure;

import de.lotse.intake.cases.domain.CaseDecision;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every decision on a case, in order, with who took it in which role and the policy version it was
 * made under (the FM's decline, the team lead's decision, an override, a transfer, the closure …).
 */
@Singleton
public class DecisionLog {
    private final JdbcOperations jdbc;

    DecisionLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void record(CaseDecision entry) {
        Sql.update(jdbc, """
                insert into case_decision (case_id, jobcenter_id, kind, decided_by, decided_by_role, decided_at,
                                           policy_version, outcome, reason_code, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, entry.caseId());
            statement.setString(2, entry.jobcenterId());
            statement.setString(3, entry.kind());
            statement.setString(4, entry.decidedBy());
            statement.setString(5, entry.decidedByRole());
            statement.setTimestamp(6, Timestamp.from(entry.decidedAt()));
            statement.setInt(7, entry.policyVersion());
            statement.setString(8, entry.outcome());
            statement.setString(9, entry.reasonCode());
            statement.setString(10, entry.note());
        });
    }

    public List<CaseDecision> of(UUID caseId) {
        return Sql.query(jdbc, """
                select case_id, jobcenter_id, kind, decided_by, decided_by_role, decided_at, policy_version, outcome,
                       reason_code, note
                from case_decision where case_id = ? order by decided_at, id""", statement -> statement.setObject(1, caseId),
                rs -> new CaseDecision(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)));
    }

    /** A team lead's permission to go beyond the caseload ratio for this case and FM. */
    public void allowOverCaseload(UUID caseId, String caseManagerId, String teamLead, Instant at, String reason) {
        Sql.update(jdbc, """
                insert into caseload_override (case_id, case_manager_id, approved_by, approved_at, reason)
                values (?, ?, ?, ?, ?)
                on conflict (case_id, case_manager_id) do update
                   set approved_by = excluded.approved_by, approved_at = excluded.approved_at, reason = excluded.reason""",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, caseManagerId);
                    statement.setString(3, teamLead);
                    statement.setTimestamp(4, Timestamp.from(at));
                    statement.setString(5, reason);
                });
    }

    public boolean overCaseloadAllowed(UUID caseId, String caseManagerId) {
        return Sql.query(jdbc, "select count(*) from caseload_override where case_id = ? and case_manager_id = ?",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, caseManagerId);
                }, rs -> rs.getLong(1)).get(0) > 0;
    }
}
