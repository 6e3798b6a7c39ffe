package de.lotse.planning.casefacts.infrastructure;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
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
    private final JdbcOperations jdbc;

    CaseFactsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void needStatus(UUID needId, UUID caseId, String keyGroup, String code, String status, Instant changedAt) {
        Sql.update(jdbc, """
                insert into case_need (need_id, case_id, key_group, code, status, changed_at) values (?, ?, ?, ?, ?, ?)
                on conflict (need_id) do update set status = excluded.status, changed_at = excluded.changed_at,
                    key_group = excluded.key_group, code = excluded.code
                where case_need.changed_at < excluded.changed_at""", statement -> {
            statement.setObject(1, needId);
            statement.setObject(2, caseId);
            statement.setString(3, keyGroup);
            statement.setString(4, code);
            statement.setString(5, status);
            statement.setTimestamp(6, Timestamp.from(changedAt));
        });
    }

    public void assessment(UUID caseId, int version, LocalDate assessedOn, Instant completedAt, String profileCode,
                           String categoryCode, LocalDate validUntil) {
        Sql.update(jdbc, """
                insert into case_assessment (case_id, version, assessed_on, completed_at, profile_code, category_code,
                                             valid_until)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set version = excluded.version, assessed_on = excluded.assessed_on,
                    completed_at = excluded.completed_at, profile_code = excluded.profile_code,
                    category_code = excluded.category_code, valid_until = excluded.valid_until
                where case_assessment.version < excluded.version""", statement -> {
            statement.setObject(1, caseId);
            statement.setInt(2, version);
            statement.setObject(3, assessedOn);
            statement.setTimestamp(4, Timestamp.from(completedAt));
            statement.setString(5, profileCode);
            statement.setString(6, categoryCode);
            statement.setObject(7, validUntil);
        });
    }

    public List<CaseNeed> needs(UUID caseId) {
        return Sql.query(jdbc, "select need_id, key_group, code, status from case_need where case_id = ? order by need_id",
                statement -> statement.setObject(1, caseId), rs -> new CaseNeed(rs.getObject(1, UUID.class),
                        KeyGroup.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
    }

    public Optional<LatestAssessment> latestAssessment(UUID caseId) {
        return Sql.query(jdbc, """
                select version, assessed_on, completed_at, profile_code, category_code, valid_until
                from case_assessment where case_id = ?""", statement -> statement.setObject(1, caseId),
                rs -> new LatestAssessment(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class))).stream().findFirst();
    }

    /** The latest assessment of each of the cases that has one. */
    public Map<UUID, LatestAssessment> latestAssessments(List<UUID> caseIds) {
        Map<UUID, LatestAssessment> latest = new HashMap<>();
        if (caseIds.isEmpty()) {
            return latest;
        }
        Sql.query(jdbc, """
                select case_id, version, assessed_on, completed_at, profile_code, category_code, valid_until
                from case_assessment where case_id = any(?)""", statement -> statement.setArray(1,
                statement.getConnection().createArrayOf("uuid", caseIds.toArray())),
                rs -> latest.put(rs.getObject(1, UUID.class), new LatestAssessment(rs.getInt(2),
                        rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class))));
        return latest;
    }
}
