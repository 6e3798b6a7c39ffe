package de.lotse.intake.cases.infrastructure;

import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What intake learns about its cases from planning's events: measures (an AGH continues FM past
 * the maximum duration under TAH; running measures delay U25→Ü25 under UCKERMARK) and approved
 * extensions. Upserts in any order: a measure's end may arrive before its start.
 */
@Singleton
public class CaseFactsStore {
    private final JdbcOperations jdbc;

    CaseFactsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void measureStarted(UUID measureId, UUID caseId, String instrumentCode, LocalDate startedOn,
                               LocalDate plannedEndOn) {
        Sql.update(jdbc, """
                insert into case_measure (measure_id, case_id, instrument_code, started_on, planned_end_on)
                values (?, ?, ?, ?, ?)
                on conflict (measure_id) do update
                   set instrument_code = excluded.instrument_code, started_on = excluded.started_on,
                       planned_end_on = excluded.planned_end_on""", statement -> {
            statement.setObject(1, measureId);
            statement.setObject(2, caseId);
            statement.setString(3, instrumentCode);
            statement.setObject(4, startedOn);
            statement.setObject(5, plannedEndOn);
        });
    }

    public void measureEnded(UUID measureId, UUID caseId, String instrumentCode, LocalDate endedOn) {
        Sql.update(jdbc, """
                insert into case_measure (measure_id, case_id, instrument_code, ended_on)
                values (?, ?, ?, ?)
                on conflict (measure_id) do update set ended_on = excluded.ended_on,
                       instrument_code = coalesce(case_measure.instrument_code, excluded.instrument_code)""",
                statement -> {
                    statement.setObject(1, measureId);
                    statement.setObject(2, caseId);
                    statement.setString(3, instrumentCode);
                    statement.setObject(4, endedOn);
                });
    }

    /** Measures running on the day (started, not ended by then). */
    public int runningMeasures(UUID caseId, LocalDate day) {
        return Sql.query(jdbc, """
                select count(*) from case_measure where case_id = ? and started_on <= ?
                   and (ended_on is null or ended_on > ?)""", statement -> {
            statement.setObject(1, caseId);
            statement.setObject(2, day);
            statement.setObject(3, day);
        }, rs -> rs.getInt(1)).get(0);
    }

    /** Whether a work opportunity (§16d) runs on the day. */
    public boolean aghRunning(UUID caseId, LocalDate day) {
        return Sql.query(jdbc, """
                select count(*) from case_measure where case_id = ? and instrument_code = ? and started_on <= ?
                   and (ended_on is null or ended_on > ?)""", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, MeasureInstrument.AGH_16D.name());
            statement.setObject(3, day);
            statement.setObject(4, day);
        }, rs -> rs.getLong(1)).get(0) > 0;
    }

    public void extensionApproved(UUID reviewId, UUID caseId, LocalDate reviewedOn, LocalDate nextReviewDueOn,
                                  Instant recordedAt) {
        Sql.update(jdbc, """
                insert into case_extension (review_id, case_id, reviewed_on, next_review_due_on, recorded_at)
                values (?, ?, ?, ?, ?) on conflict (review_id) do nothing""", statement -> {
            statement.setObject(1, reviewId);
            statement.setObject(2, caseId);
            statement.setObject(3, reviewedOn);
            statement.setObject(4, nextReviewDueOn);
            statement.setTimestamp(5, Timestamp.from(recordedAt));
        });
    }

    /** The latest approved extension past the maximum duration: until its next review is due. */
    public Optional<LocalDate> extensionUntil(UUID caseId) {
        return Sql.query(jdbc, """
                select next_review_due_on from case_extension where case_id = ?
                order by reviewed_on desc, recorded_at desc limit 1""", statement -> statement.setObject(1, caseId),
                rs -> rs.getObject(1, LocalDate.class)).stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
