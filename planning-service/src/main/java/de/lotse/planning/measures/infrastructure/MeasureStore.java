package de.lotse.planning.measures.infrastructure;

import de.lotse.planning.measures.domain.Measure;
import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Measures of the cases. */
@Singleton
public class MeasureStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, instrument, title, partner_id, started_on, planned_end_on, ended_on, outcome,
            recorded_by, recorded_at, version""";

    private final JdbcOperations jdbc;

    MeasureStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Measure m) {
        Sql.update(jdbc, "insert into measure (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", statement -> {
            statement.setObject(1, m.id());
            statement.setObject(2, m.caseId());
            statement.setString(3, m.jobcenterId());
            statement.setString(4, m.instrument().name());
            statement.setString(5, m.title());
            statement.setObject(6, m.partnerId());
            statement.setObject(7, m.startedOn());
            statement.setObject(8, m.plannedEndOn());
            statement.setObject(9, m.endedOn());
            statement.setString(10, m.outcome() == null ? null : m.outcome().name());
            statement.setString(11, m.recordedBy());
            statement.setTimestamp(12, Timestamp.from(m.recordedAt()));
        });
    }

    public void updateEnd(Measure m) {
        int updated = Sql.update(jdbc, "update measure set ended_on = ?, outcome = ?, version = version + 1 "
                + "where id = ? and version = ?", statement -> {
            statement.setObject(1, m.endedOn());
            statement.setString(2, m.outcome().name());
            statement.setObject(3, m.id());
            statement.setLong(4, m.version());
        });
        if (updated != 1) {
            throw new OptimisticLockException("measure " + m.id() + " changed concurrently");
        }
    }

    public Optional<Measure> find(UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from measure where id = ? and case_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, caseId);
        }, MeasureStore::map).stream().findFirst();
    }

    public List<Measure> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from measure where case_id = ? order by started_on",
                statement -> statement.setObject(1, caseId), MeasureStore::map);
    }

    /** Measures of the cases without a recorded end whose planned end is on or before {@code plannedEndBy}. */
    public List<Measure> ending(List<UUID> caseIds, LocalDate plannedEndBy) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(jdbc, "select " + COLUMNS + " from measure where case_id = any(?) and ended_on is null "
                + "and planned_end_on <= ? order by planned_end_on, id", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray()));
            statement.setObject(2, plannedEndBy);
        }, MeasureStore::map);
    }

    /** The measures of the cases with the instrument. */
    public List<Measure> of(List<UUID> caseIds, MeasureInstrument instrument) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(jdbc, "select " + COLUMNS + " from measure where case_id = any(?) and instrument = ? "
                + "order by started_on", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray()));
            statement.setString(2, instrument.name());
        }, MeasureStore::map);
    }

    private static Measure map(ResultSet rs) throws SQLException {
        String outcome = rs.getString(10);
        return new Measure(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                MeasureInstrument.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                outcome == null ? null : Measure.Outcome.valueOf(outcome), rs.getString(11),
                rs.getTimestamp(12).toInstant(), rs.getLong(13));
    }
}
