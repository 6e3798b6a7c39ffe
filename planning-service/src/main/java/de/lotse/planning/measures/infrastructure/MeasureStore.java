package de.lotse.planning.measures.infrastructure;

import de.lotse.planning.measures.domain.Measure;
import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final Statements sql;

    MeasureStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(Measure m) {
        sql.update(
                "insert into measure (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :instrument, :title, "
                        + ":partnerId, :startedOn, :plannedEndOn, :endedOn, :outcome, :recordedBy, :recordedAt, 0)",
                Params.of("id", m.id())
                        .and("caseId", m.caseId())
                        .and("jobcenterId", m.jobcenterId())
                        .and("instrument", m.instrument())
                        .and("title", m.title())
                        .and("partnerId", m.partnerId())
                        .and("startedOn", m.startedOn())
                        .and("plannedEndOn", m.plannedEndOn())
                        .and("endedOn", m.endedOn())
                        .and("outcome", m.outcome())
                        .and("recordedBy", m.recordedBy())
                        .and("recordedAt", m.recordedAt()));
    }

    public void updateEnd(Measure m) {
        int updated = sql.update(
                "update measure set ended_on = :endedOn, outcome = :outcome, version = version + 1 "
                        + "where id = :id and version = :version",
                Params.of("endedOn", m.endedOn())
                        .and("outcome", m.outcome())
                        .and("id", m.id())
                        .and("version", m.version()));
        if (updated != 1) {
            throw new OptimisticLockException("measure " + m.id() + " changed concurrently");
        }
    }

    public Optional<Measure> find(UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from measure where id = :id and case_id = :caseId",
                        Params.of("id", id).and("caseId", caseId),
                        MeasureStore::map)
                .stream()
                .findFirst();
    }

    public List<Measure> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from measure where case_id = :caseId order by started_on",
                Params.of("caseId", caseId),
                MeasureStore::map);
    }

    /** Measures of the cases without a recorded end whose planned end is on or before {@code plannedEndBy}. */
    public List<Measure> ending(List<UUID> caseIds, LocalDate plannedEndBy) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select " + COLUMNS + " from measure where case_id = any(:caseIds) and ended_on is null "
                        + "and planned_end_on <= :plannedEndBy order by planned_end_on, id",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)).and("plannedEndBy", plannedEndBy),
                MeasureStore::map);
    }

    /** The measures of the cases with the instrument. */
    public List<Measure> of(List<UUID> caseIds, MeasureInstrument instrument) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select " + COLUMNS + " from measure where case_id = any(:caseIds) "
                        + "and instrument = :instrument order by started_on",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)).and("instrument", instrument),
                MeasureStore::map);
    }

    private static Measure map(ResultSet rs) throws SQLException {
        String outcome = rs.getString(10);
        return new Measure(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                MeasureInstrument.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                outcome == null ? null : Measure.Outcome.valueOf(outcome),
                rs.getString(11),
                rs.getTimestamp(12).toInstant(),
                rs.getLong(13));
    }
}
