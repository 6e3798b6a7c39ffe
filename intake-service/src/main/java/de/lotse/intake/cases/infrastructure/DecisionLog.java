package de.lotse.intake.cases.infrastructure;

import de.lotse.intake.cases.domain.CaseDecision;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every decision on a case, in order, with who took it in which role and the policy version it was
 * made under (the FM's decline, the team lead's decision, an override, a transfer, the closure …).
 */
@Singleton
public class DecisionLog {
    private final Statements sql;

    DecisionLog(Statements sql) {
        this.sql = sql;
    }

    public void record(CaseDecision entry) {
        sql.update(
                """
                insert into case_decision (case_id, jobcenter_id, kind, decided_by, decided_by_role, decided_at,
                                           policy_version, outcome, reason_code, note, team_id, case_manager_id)
                values (:caseId, :jobcenterId, :kind, :decidedBy, :decidedByRole, :decidedAt, :policyVersion, :outcome,
                        :reasonCode, :note, :teamId, :caseManagerId)""",
                Params.of("caseId", entry.caseId())
                        .and("jobcenterId", entry.jobcenterId())
                        .and("kind", entry.kind())
                        .and("decidedBy", entry.decidedBy())
                        .and("decidedByRole", entry.decidedByRole())
                        .and("decidedAt", entry.decidedAt())
                        .and("policyVersion", entry.policyVersion())
                        .and("outcome", entry.outcome())
                        .and("reasonCode", entry.reasonCode())
                        .and("note", entry.note())
                        .and("teamId", entry.teamId())
                        .and("caseManagerId", entry.caseManagerId()));
    }

    public List<CaseDecision> of(UUID caseId) {
        return sql.query(
                """
                select case_id, jobcenter_id, kind, decided_by, decided_by_role, decided_at, policy_version, outcome,
                       reason_code, note, team_id, case_manager_id
                from case_decision where case_id = :caseId order by decided_at, id""",
                Params.of("caseId", caseId),
                rs -> new CaseDecision(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12)));
    }

    /** A team lead's permission to go beyond the caseload ratio for this case and FM. */
    public void allowOverCaseload(UUID caseId, String caseManagerId, String teamLead, Instant at, String reason) {
        sql.update(
                """
                insert into caseload_override (case_id, case_manager_id, approved_by, approved_at, reason)
                values (:caseId, :caseManagerId, :approvedBy, :approvedAt, :reason)
                on conflict (case_id, case_manager_id) do update
                   set approved_by = excluded.approved_by, approved_at = excluded.approved_at, reason = excluded.reason""",
                Params.of("caseId", caseId)
                        .and("caseManagerId", caseManagerId)
                        .and("approvedBy", teamLead)
                        .and("approvedAt", at)
                        .and("reason", reason));
    }

    public boolean overCaseloadAllowed(UUID caseId, String caseManagerId) {
        return sql.count(
                        "select count(*) from caseload_override where case_id = :caseId and case_manager_id = :caseManagerId",
                        Params.of("caseId", caseId).and("caseManagerId", caseManagerId))
                > 0;
    }
}
