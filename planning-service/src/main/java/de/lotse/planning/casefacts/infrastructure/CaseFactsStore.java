package de.lotse.planning.casefacts.infrastructure;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.jdbc.UpsertIfNewer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What planning knows from assessment-service's events: the case's needs with their latest status,
 * and the latest completed assessment. Upserts keep the newer fact, whatever the order of arrival.
 */
@Singleton
public class CaseFactsStore {
    /** A need's latest status, by the time it changed; the case it belongs to never changes. */
    private static final UpsertIfNewer NEED_STATUS = UpsertIfNewer.into("case_need")
            .key("need_id")
            .insertOnly("case_id")
            .set("key_group", "code", "status")
            .newestBy("changed_at");
    /** The latest completed assessment of the case, by its version. */
    private static final UpsertIfNewer ASSESSMENT = UpsertIfNewer.into("case_assessment")
            .key("case_id")
            .set("assessed_on", "completed_at", "profile_code", "category_code", "valid_until")
            .newestBy("version");

    private final Statements sql;

    CaseFactsStore(Statements sql) {
        this.sql = sql;
    }

    public void needStatus(UUID needId, UUID caseId, String keyGroup, String code, String status, Instant changedAt) {
        sql.upsert(
                NEED_STATUS,
                Params.of("need_id", needId)
                        .and("case_id", caseId)
                        .and("key_group", keyGroup)
                        .and("code", code)
                        .and("status", status)
                        .and("changed_at", changedAt));
    }

    public void assessment(
            UUID caseId,
            int version,
            LocalDate assessedOn,
            Instant completedAt,
            String profileCode,
            String categoryCode,
            LocalDate validUntil) {
        sql.upsert(
                ASSESSMENT,
                Params.of("case_id", caseId)
                        .and("assessed_on", assessedOn)
                        .and("completed_at", completedAt)
                        .and("profile_code", profileCode)
                        .and("category_code", categoryCode)
                        .and("valid_until", validUntil)
                        .and("version", version));
    }

    public List<CaseNeed> needs(UUID caseId) {
        return sql.query(
                "select need_id, key_group, code, status from case_need where case_id = :caseId " + "order by need_id",
                Params.of("caseId", caseId),
                rs -> new CaseNeed(
                        rs.getObject(1, UUID.class),
                        KeyGroup.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4)));
    }

    public Optional<LatestAssessment> latestAssessment(UUID caseId) {
        return sql
                .query(
                        """
                select version, assessed_on, completed_at, profile_code, category_code, valid_until
                from case_assessment where case_id = :caseId""",
                        Params.of("caseId", caseId),
                        rs -> new LatestAssessment(
                                rs.getInt(1),
                                rs.getObject(2, LocalDate.class),
                                rs.getTimestamp(3).toInstant(),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6, LocalDate.class)))
                .stream()
                .findFirst();
    }

    /** The latest assessment of each of the cases that has one. */
    public Map<UUID, LatestAssessment> latestAssessments(List<UUID> caseIds) {
        Map<UUID, LatestAssessment> latest = new HashMap<>();
        if (caseIds.isEmpty()) {
            return latest;
        }
        sql.query(
                """
                select case_id, version, assessed_on, completed_at, profile_code, category_code, valid_until
                from case_assessment where case_id = any(:caseIds)""",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)),
                rs -> latest.put(
                        rs.getObject(1, UUID.class),
                        new LatestAssessment(
                                rs.getInt(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getTimestamp(4).toInstant(),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getObject(7, LocalDate.class))));
        return latest;
    }
}
