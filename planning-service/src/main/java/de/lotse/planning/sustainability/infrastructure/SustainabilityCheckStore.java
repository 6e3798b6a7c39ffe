package de.lotse.planning.sustainability.infrastructure;

import de.lotse.planning.sustainability.domain.Checkpoint;
import de.lotse.planning.sustainability.domain.Source;
import de.lotse.planning.sustainability.domain.SustainabilityCheck;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The sustainability checks of the closed cases (docs/domain.md §16.2). */
@Singleton
public class SustainabilityCheckStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, checkpoint_months, checked_on, employment_lasted, at_least_15_hours, source,
            note, recorded_by, recorded_at""";

    private final JdbcOperations jdbc;

    SustainabilityCheckStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SustainabilityCheck c) {
        Sql.update(jdbc, "insert into sustainability_check (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, c.id());
                    statement.setObject(2, c.caseId());
                    statement.setString(3, c.jobcenterId());
                    statement.setInt(4, c.checkpoint().months());
                    statement.setObject(5, c.checkedOn());
                    statement.setBoolean(6, c.employmentLasted());
                    statement.setObject(7, c.atLeast15Hours());
                    statement.setString(8, c.source().name());
                    statement.setString(9, c.note());
                    statement.setString(10, c.recordedBy());
                    statement.setTimestamp(11, Timestamp.from(c.recordedAt()));
                });
    }

    public boolean exists(UUID caseId, Checkpoint checkpoint) {
        return Sql.query(jdbc, "select 1 from sustainability_check where case_id = ? and checkpoint_months = ?",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setInt(2, checkpoint.months());
                }, rs -> true).stream().findFirst().orElse(false);
    }

    public List<SustainabilityCheck> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from sustainability_check where case_id = ? "
                + "order by checkpoint_months", statement -> statement.setObject(1, caseId),
                SustainabilityCheckStore::map);
    }

    private static SustainabilityCheck map(ResultSet rs) throws SQLException {
        int months = rs.getInt(4);
        return new SustainabilityCheck(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                months == 6 ? Checkpoint.MONTHS_6 : Checkpoint.MONTHS_12, rs.getObject(5, LocalDate.class),
                rs.getBoolean(6), (Boolean) rs.getObject(7), Source.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getTimestamp(11).toInstant());
    }
}
