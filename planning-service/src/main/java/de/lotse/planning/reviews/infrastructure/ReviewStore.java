package de.lotse.planning.reviews.infrastructure;

import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private final JdbcOperations jdbc;

    ReviewStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ContinuationReview r) {
        Sql.update(jdbc, "insert into continuation_review (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, 0)", statement -> {
            statement.setObject(1, r.id());
            statement.setObject(2, r.caseId());
            statement.setString(3, r.jobcenterId());
            statement.setObject(4, r.reviewedOn());
            statement.setString(5, r.decision().name());
            statement.setString(6, r.reasons());
            statement.setString(7, r.prognosis() == null ? null : r.prognosis().name());
            statement.setString(8, r.basis().name());
            statement.setString(9, r.extension().name());
            statement.setObject(10, r.extendedUntil());
            statement.setString(11, r.decidedBy());
            statement.setString(12, r.decisionNote());
            statement.setObject(13, r.nextReviewDueOn());
            statement.setInt(14, r.policyVersion());
            statement.setString(15, r.reviewedBy());
            statement.setTimestamp(16, Timestamp.from(r.recordedAt()));
        });
    }

    public void updateDecision(ContinuationReview r) {
        int updated = Sql.update(jdbc, "update continuation_review set extension = ?, decided_by = ?, decision_note = ?, "
                + "version = version + 1 where id = ? and version = ?", statement -> {
            statement.setString(1, r.extension().name());
            statement.setString(2, r.decidedBy());
            statement.setString(3, r.decisionNote());
            statement.setObject(4, r.id());
            statement.setLong(5, r.version());
        });
        if (updated != 1) {
            throw new OptimisticLockException("review " + r.id() + " changed concurrently");
        }
    }

    public Optional<ContinuationReview> find(UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from continuation_review where id = ? and case_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, caseId);
        }, ReviewStore::map).stream().findFirst();
    }

    public List<ContinuationReview> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from continuation_review where case_id = ? "
                + "order by reviewed_on, recorded_at", statement -> statement.setObject(1, caseId), ReviewStore::map);
    }

    /** The latest review of each of the cases. */
    public List<ContinuationReview> latest(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(jdbc, "select distinct on (case_id) " + COLUMNS + " from continuation_review "
                + "where case_id = any(?) order by case_id, reviewed_on desc, recorded_at desc", statement ->
                statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray())), ReviewStore::map);
    }

    /** Extensions awaiting the team lead's decision on the cases, oldest first. */
    public List<ContinuationReview> requested(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(jdbc, "select " + COLUMNS + " from continuation_review where case_id = any(?) "
                + "and extension = 'REQUESTED' order by recorded_at", statement ->
                statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray())), ReviewStore::map);
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
        return Sql.query(jdbc, "select case_id, max(extended_until) from continuation_review where case_id = any(?) "
                + "and extension = 'APPROVED' and extended_until is not null group by case_id", statement ->
                statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray())),
                rs -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static ContinuationReview map(ResultSet rs) throws SQLException {
        String prognosis = rs.getString(7);
        return new ContinuationReview(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, LocalDate.class), ContinuationReview.Decision.valueOf(rs.getString(5)), rs.getString(6),
                prognosis == null ? null : ContinuationReview.Prognosis.valueOf(prognosis),
                ContinuationReview.Basis.valueOf(rs.getString(8)), ContinuationReview.Extension.valueOf(rs.getString(9)),
                rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class),
                rs.getInt(14), rs.getString(15), rs.getTimestamp(16).toInstant(), rs.getLong(17));
    }
}
