package de.lotse.planning.reviews.infrastructure;

import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Continuation reviews. */
@Singleton
public class ReviewStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, reviewed_on, decision, reasons, prognosis, basis, extension, extended_until,
            decided_by, decision_note, next_review_due_on, policy_version, reviewed_by, recorded_at, version""";

    private final Statements sql;

    ReviewStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(ContinuationReview r) {
        sql.update(
                "insert into continuation_review (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, "
                        + ":reviewedOn, :decision, :reasons, :prognosis, :basis, :extension, :extendedUntil, "
                        + ":decidedBy, :decisionNote, :nextReviewDueOn, :policyVersion, :reviewedBy, :recordedAt, 0)",
                Params.of("id", r.id())
                        .and("caseId", r.caseId())
                        .and("jobcenterId", r.jobcenterId())
                        .and("reviewedOn", r.reviewedOn())
                        .and("decision", r.decision())
                        .and("reasons", r.reasons())
                        .and("prognosis", r.prognosis())
                        .and("basis", r.basis())
                        .and("extension", r.extension())
                        .and("extendedUntil", r.extendedUntil())
                        .and("decidedBy", r.decidedBy())
                        .and("decisionNote", r.decisionNote())
                        .and("nextReviewDueOn", r.nextReviewDueOn())
                        .and("policyVersion", r.policyVersion())
                        .and("reviewedBy", r.reviewedBy())
                        .and("recordedAt", r.recordedAt()));
    }

    public void updateDecision(ContinuationReview r) {
        int updated = sql.update(
                "update continuation_review set extension = :extension, decided_by = :decidedBy, "
                        + "decision_note = :decisionNote, version = version + 1 where id = :id and version = :version",
                Params.of("extension", r.extension())
                        .and("decidedBy", r.decidedBy())
                        .and("decisionNote", r.decisionNote())
                        .and("id", r.id())
                        .and("version", r.version()));
        if (updated != 1) {
            throw new OptimisticLockException("review " + r.id() + " changed concurrently");
        }
    }

    public Optional<ContinuationReview> find(UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from continuation_review where id = :id and case_id = :caseId",
                        Params.of("id", id).and("caseId", caseId),
                        ReviewStore::map)
                .stream()
                .findFirst();
    }

    public List<ContinuationReview> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from continuation_review where case_id = :caseId "
                        + "order by reviewed_on, recorded_at",
                Params.of("caseId", caseId),
                ReviewStore::map);
    }

    /** The latest review of each of the cases. */
    public List<ContinuationReview> latest(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select distinct on (case_id) " + COLUMNS + " from continuation_review "
                        + "where case_id = any(:caseIds) order by case_id, reviewed_on desc, recorded_at desc",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)),
                ReviewStore::map);
    }

    /** Extensions awaiting the team lead's decision on the cases, oldest first. */
    public List<ContinuationReview> requested(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select " + COLUMNS + " from continuation_review where case_id = any(:caseIds) "
                        + "and extension = 'REQUESTED' order by recorded_at",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)),
                ReviewStore::map);
    }

    /** The day the team lead decided the review's extension. */
    public void decidedOn(UUID id, LocalDate day) {
        sql.update(
                "update continuation_review set decided_on = :day where id = :id",
                Params.of("day", day).and("id", id));
    }

    /** The days the team lead decided the case's extensions, by review (where known). */
    public Map<UUID, LocalDate> decidedOn(UUID caseId) {
        return sql
                .query(
                        "select id, decided_on from continuation_review where case_id = :caseId "
                                + "and decided_on is not null",
                        Params.of("caseId", caseId),
                        rs -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The end of the latest approved extension of the case, if any. */
    public Optional<LocalDate> approvedExtensionUntil(UUID caseId) {
        return Optional.ofNullable(approvedExtensionsUntil(List.of(caseId)).get(caseId));
    }

    /**
     * The end of the latest approved extension of each of the cases that has one — whichever review
     * came after it (a later CONTINUE on the extension does not end it).
     */
    public Map<UUID, LocalDate> approvedExtensionsUntil(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return sql
                .query(
                        "select case_id, max(extended_until) from continuation_review where case_id = any(:caseIds) "
                                + "and extension = 'APPROVED' and extended_until is not null group by case_id",
                        Params.of("caseIds", caseIds.toArray(UUID[]::new)),
                        rs -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static ContinuationReview map(ResultSet rs) throws SQLException {
        String prognosis = rs.getString(7);
        return new ContinuationReview(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                ContinuationReview.Decision.valueOf(rs.getString(5)),
                rs.getString(6),
                prognosis == null ? null : ContinuationReview.Prognosis.valueOf(prognosis),
                ContinuationReview.Basis.valueOf(rs.getString(8)),
                ContinuationReview.Extension.valueOf(rs.getString(9)),
                rs.getObject(10, LocalDate.class),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13, LocalDate.class),
                rs.getInt(14),
                rs.getString(15),
                rs.getTimestamp(16).toInstant(),
                rs.getLong(17));
    }
}
