package de.lotse.planning.reductions.infrastructure;

import de.lotse.planning.reductions.domain.Ground;
import de.lotse.planning.reductions.domain.ReductionCheck;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Benefit-reduction check records. */
@Singleton
public class ReductionStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, breach, breach_on, instruction_given_on, important_reason, exceptional_hardship,
            willingness_declared_on, outcome, justification, checked_by, checked_at, ground_kind, ground_id""";

    private final JdbcOperations jdbc;

    ReductionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ReductionCheck r) {
        Sql.update(jdbc, "insert into reduction_check (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, r.id());
                    statement.setObject(2, r.caseId());
                    statement.setString(3, r.jobcenterId());
                    statement.setString(4, r.breach().name());
                    statement.setObject(5, r.breachOn());
                    statement.setObject(6, r.instructionGivenOn());
                    statement.setBoolean(7, r.importantReason());
                    statement.setBoolean(8, r.exceptionalHardship());
                    statement.setObject(9, r.willingnessDeclaredOn());
                    statement.setString(10, r.outcome().name());
                    statement.setString(11, r.justification());
                    statement.setString(12, r.checkedBy());
                    statement.setTimestamp(13, Timestamp.from(r.checkedAt()));
                    statement.setString(14, r.ground() == null ? null : r.ground().kind().name());
                    statement.setObject(15, r.ground() == null ? null : r.ground().id());
                });
    }

    public List<ReductionCheck> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from reduction_check where case_id = ? order by checked_at",
                statement -> statement.setObject(1, caseId), rs -> new ReductionCheck(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), ReductionCheck.Breach.valueOf(rs.getString(4)),
                        rs.getString(14) == null ? null
                                : new Ground(Ground.Kind.valueOf(rs.getString(14)), rs.getObject(15, UUID.class)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(7),
                        rs.getBoolean(8), rs.getObject(9, LocalDate.class),
                        ReductionCheck.Outcome.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                        rs.getTimestamp(13).toInstant()));
    }
}
