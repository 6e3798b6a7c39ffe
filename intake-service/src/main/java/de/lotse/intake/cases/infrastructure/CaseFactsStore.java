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

    /**
     * A contact planning recorded; only whether it was with the customer matters here (the first talk after
     * the benefit decision or a handover, docs/domain.md §18.3, §18.4). Idempotent by contact id.
     */
    public void contactRecorded(UUID contactId, UUID caseId, LocalDate occurredOn, boolean withCustomer) {
        Sql.update(jdbc, """
                insert into case_contact (contact_id, case_id, occurred_on, with_customer) values (?, ?, ?, ?)
                on conflict (contact_id) do nothing""", statement -> {
            statement.setObject(1, contactId);
            statement.setObject(2, caseId);
            statement.setObject(3, occurredOn);
            statement.setBoolean(4, withCustomer);
        });
    }

    /**
     * The category of the case's latest completed assessment and the day it last left X, Y or Z, if any.
     *
     * @param categoryCode  none before the first assessment with a category
     * @param reactivatedOn none unless the category left X, Y or Z and has not returned since
     */
    public record Category(String categoryCode, LocalDate reactivatedOn) {
        public static final Category NONE = new Category(null, null);
    }

    public Category category(UUID caseId) {
        return Sql.query(jdbc, "select category_code, reactivated_on from assessment_facts where case_id = ?",
                statement -> statement.setObject(1, caseId),
                rs -> new Category(rs.getString(1), rs.getObject(2, LocalDate.class))).stream().findFirst()
                .orElse(Category.NONE);
    }

    /**
     * SQL: whether the case {@code caseId} (a column) had a contact with the customer on or after the day
     * {@code day} (a column).
     */
    static String contactWithCustomerSince(String caseId, String day) {
        return "exists (select 1 from case_contact k where k.case_id = " + caseId + " and k.with_customer "
                + "and k.occurred_on >= " + day + ")";
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
        return Sql.query(jdbc, "select " + aghRunningOn("?"), statement -> {
            statement.setObject(1, caseId);
            statement.setObject(2, day);
            statement.setObject(3, day);
        }, rs -> rs.getBoolean(1)).get(0);
    }

    /**
     * SQL: whether a work opportunity (§16d) of the case {@code caseId} (a column or {@code ?}) runs on
     * the day bound to the two parameters that follow — the one rule for the case file and the lists.
     */
    static String aghRunningOn(String caseId) {
        return "exists (select 1 from case_measure m where m.case_id = " + caseId + " and m.instrument_code = '"
                + MeasureInstrument.AGH_16D.name() + "' and m.started_on <= ? and (m.ended_on is null or m.ended_on > ?))";
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

    /** The end of the latest approved extension past the maximum duration (its next review, for older events). */
    public Optional<LocalDate> extensionUntil(UUID caseId) {
        return Sql.query(jdbc, "select " + latestExtensionEnd("?"), statement -> statement.setObject(1, caseId),
                rs -> rs.getObject(1, LocalDate.class)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** SQL: the end of the latest approved extension of the case {@code caseId} (a column or {@code ?}), null if none. */
    static String latestExtensionEnd(String caseId) {
        return "(select e.next_review_due_on from case_extension e where e.case_id = " + caseId
                + " order by e.reviewed_on desc, e.recorded_at desc limit 1)";
    }
}
