package de.lotse.planning.reductions.infrastructure;

import de.lotse.planning.reductions.domain.Ground;
import de.lotse.planning.reductions.domain.ReductionCheck;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Benefit-reduction check records. */
@Singleton
public class ReductionStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, breach, breach_on, instruction_given_on, important_reason, exceptional_hardship,
            willingness_declared_on, outcome, justification, checked_by, checked_at, ground_kind, ground_id""";

    private final Statements sql;

    ReductionStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(ReductionCheck r) {
        sql.update(
                "insert into reduction_check (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :breach, "
                        + ":breachOn, :instructionGivenOn, :importantReason, :exceptionalHardship, "
                        + ":willingnessDeclaredOn, :outcome, :justification, :checkedBy, :checkedAt, :groundKind, "
                        + ":groundId)",
                Params.of("id", r.id())
                        .and("caseId", r.caseId())
                        .and("jobcenterId", r.jobcenterId())
                        .and("breach", r.breach())
                        .and("breachOn", r.breachOn())
                        .and("instructionGivenOn", r.instructionGivenOn())
                        .and("importantReason", r.importantReason())
                        .and("exceptionalHardship", r.exceptionalHardship())
                        .and("willingnessDeclaredOn", r.willingnessDeclaredOn())
                        .and("outcome", r.outcome())
                        .and("justification", r.justification())
                        .and("checkedBy", r.checkedBy())
                        .and("checkedAt", r.checkedAt())
                        .and(
                                "groundKind",
                                r.ground() == null ? null : r.ground().kind())
                        .and("groundId", r.ground() == null ? null : r.ground().id()));
    }

    public List<ReductionCheck> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from reduction_check where case_id = :caseId order by checked_at",
                Params.of("caseId", caseId),
                rs -> new ReductionCheck(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        ReductionCheck.Breach.valueOf(rs.getString(4)),
                        rs.getString(14) == null
                                ? null
                                : new Ground(Ground.Kind.valueOf(rs.getString(14)), rs.getObject(15, UUID.class)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getObject(9, LocalDate.class),
                        ReductionCheck.Outcome.valueOf(rs.getString(10)),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getTimestamp(13).toInstant()));
    }
}
