package de.lotse.intake.cases.infrastructure;

import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What intake learns about its cases from planning's events: measures (an AGH continues FM past
 * the maximum duration under TAH; running measures delay U25→Ü25 under UCKERMARK), approved
 * extensions and contacts with the customer. Upserts in any order: a measure's end may arrive before its start.
 */
@Singleton
public class CaseFactsStore {
    private final Statements sql;

    CaseFactsStore(Statements sql) {
        this.sql = sql;
    }

    public void measureStarted(
            UUID measureId, UUID caseId, String instrumentCode, LocalDate startedOn, LocalDate plannedEndOn) {
        sql.update(
                """
                insert into case_measure (measure_id, case_id, instrument_code, started_on, planned_end_on)
                values (:measureId, :caseId, :instrumentCode, :startedOn, :plannedEndOn)
                on conflict (measure_id) do update
                   set instrument_code = excluded.instrument_code, started_on = excluded.started_on,
                       planned_end_on = excluded.planned_end_on""",
                Params.of("measureId", measureId)
                        .and("caseId", caseId)
                        .and("instrumentCode", instrumentCode)
                        .and("startedOn", startedOn)
                        .and("plannedEndOn", plannedEndOn));
    }

    public void measureEnded(UUID measureId, UUID caseId, String instrumentCode, LocalDate endedOn) {
        sql.update(
                """
                insert into case_measure (measure_id, case_id, instrument_code, ended_on)
                values (:measureId, :caseId, :instrumentCode, :endedOn)
                on conflict (measure_id) do update set ended_on = excluded.ended_on,
                       instrument_code = coalesce(case_measure.instrument_code, excluded.instrument_code)""",
                Params.of("measureId", measureId)
                        .and("caseId", caseId)
                        .and("instrumentCode", instrumentCode)
                        .and("endedOn", endedOn));
    }

    /**
     * A contact planning recorded; only whether it was with the customer matters here (the first talk after
     * the benefit decision or a handover, docs/domain.md §18.3, §18.4). Idempotent by contact id.
     */
    public void contactRecorded(UUID contactId, UUID caseId, LocalDate occurredOn, boolean withCustomer) {
        sql.update(
                """
                insert into case_contact (contact_id, case_id, occurred_on, with_customer)
                values (:contactId, :caseId, :occurredOn, :withCustomer)
                on conflict (contact_id) do nothing""",
                Params.of("contactId", contactId)
                        .and("caseId", caseId)
                        .and("occurredOn", occurredOn)
                        .and("withCustomer", withCustomer));
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
        return sql
                .query(
                        "select category_code, reactivated_on from assessment_facts where case_id = :caseId",
                        Params.of("caseId", caseId),
                        rs -> new Category(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .stream()
                .findFirst()
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
        return (int) sql.count("""
                select count(*) from case_measure where case_id = :caseId and started_on <= :day
                   and (ended_on is null or ended_on > :day)""", Params.of("caseId", caseId).and("day", day));
    }

    /** Whether a work opportunity (§16d) runs on the day. */
    public boolean aghRunning(UUID caseId, LocalDate day) {
        return sql.query(
                        "select " + aghRunningOn(":caseId", ":day"),
                        Params.of("caseId", caseId).and("day", day),
                        rs -> rs.getBoolean(1))
                .get(0);
    }

    /**
     * SQL: whether a work opportunity (§16d) of the case {@code caseId} runs on the day {@code day} (each a column or
     * a named parameter) — the one rule for the case file and the lists.
     */
    static String aghRunningOn(String caseId, String day) {
        return "exists (select 1 from case_measure m where m.case_id = " + caseId + " and m.instrument_code = '"
                + MeasureInstrument.AGH_16D.name() + "' and m.started_on <= " + day
                + " and (m.ended_on is null or m.ended_on > "
                + day + "))";
    }

    public void extensionApproved(
            UUID reviewId, UUID caseId, LocalDate reviewedOn, LocalDate nextReviewDueOn, Instant recordedAt) {
        sql.update(
                """
                insert into case_extension (review_id, case_id, reviewed_on, next_review_due_on, recorded_at)
                values (:reviewId, :caseId, :reviewedOn, :nextReviewDueOn, :recordedAt)
                on conflict (review_id) do nothing""",
                Params.of("reviewId", reviewId)
                        .and("caseId", caseId)
                        .and("reviewedOn", reviewedOn)
                        .and("nextReviewDueOn", nextReviewDueOn)
                        .and("recordedAt", recordedAt));
    }

    /** The end of the latest approved extension past the maximum duration (its next review, for older events). */
    public Optional<LocalDate> extensionUntil(UUID caseId) {
        return sql
                .query(
                        "select " + latestExtensionEnd(":caseId"),
                        Params.of("caseId", caseId),
                        rs -> rs.getObject(1, LocalDate.class))
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** SQL: the end of the latest approved extension of the case {@code caseId} (a column or a named parameter), null if none. */
    static String latestExtensionEnd(String caseId) {
        return "(select e.next_review_due_on from case_extension e where e.case_id = " + caseId
                + " order by e.reviewed_on desc, e.recorded_at desc limit 1)";
    }
}
