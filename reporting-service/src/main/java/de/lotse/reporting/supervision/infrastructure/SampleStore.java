package de.lotse.reporting.supervision.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.supervision.domain.Sample;
import de.lotse.reporting.supervision.domain.SupervisionSample;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
public class SampleStore {
    private final Statements sql;

    SampleStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(
            UUID id,
            String jobcenterId,
            String teamId,
            long seed,
            int size,
            String by,
            Instant at,
            List<SupervisionSample.Candidate> drawn) {
        sql.update(
                "insert into supervision_sample (id, jobcenter_id, team_id, seed, size, drawn_by, drawn_at) "
                        + "values (:id, :jobcenterId, :teamId, :seed, :size, :drawnBy, :drawnAt)",
                Params.of("id", id)
                        .and("jobcenterId", jobcenterId)
                        .and("teamId", teamId)
                        .and("seed", seed)
                        .and("size", size)
                        .and("drawnBy", by)
                        .and("drawnAt", at));
        for (SupervisionSample.Candidate c : drawn) {
            sql.update(
                    "insert into supervision_sample_case (sample_id, case_id, case_manager_id, weight, findings) "
                            + "values (:sampleId, :caseId, :caseManagerId, :weight, :findings)",
                    Params.of("sampleId", id)
                            .and("caseId", c.caseId())
                            .and("caseManagerId", c.caseManagerId())
                            .and("weight", c.weight())
                            .and(
                                    "findings",
                                    c.findings().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toArray(String[]::new)));
        }
    }

    public boolean review(
            UUID sampleId, UUID caseId, SupervisionSample.Result result, String note, String by, Instant at) {
        return sql.update(
                        "update supervision_sample_case set result = :result, note = :note, reviewed_by = :reviewedBy, "
                                + "reviewed_at = :reviewedAt where sample_id = :sampleId and case_id = :caseId",
                        Params.of("result", result)
                                .and("note", note)
                                .and("reviewedBy", by)
                                .and("reviewedAt", at)
                                .and("sampleId", sampleId)
                                .and("caseId", caseId))
                == 1;
    }

    public Optional<Sample> find(String jobcenterId, String teamId, UUID id) {
        return sql
                .query(
                        "select id, team_id, seed, size, drawn_by, drawn_at from supervision_sample "
                                + "where id = :id and jobcenter_id = :jobcenterId and team_id = :teamId",
                        Params.of("id", id).and("jobcenterId", jobcenterId).and("teamId", teamId),
                        rs -> new Sample(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getTimestamp(6).toInstant(),
                                entries(rs.getObject(1, UUID.class))))
                .stream()
                .findFirst();
    }

    public List<UUID> ofTeam(String jobcenterId, String teamId) {
        return sql.query(
                "select id from supervision_sample where jobcenter_id = :jobcenterId and team_id = :teamId "
                        + "order by drawn_at desc limit 50",
                Params.of("jobcenterId", jobcenterId).and("teamId", teamId),
                rs -> rs.getObject(1, UUID.class));
    }

    private List<Sample.Entry> entries(UUID sampleId) {
        return sql.query(
                "select case_id, case_manager_id, weight, findings, result, note, reviewed_by, reviewed_at "
                        + "from supervision_sample_case where sample_id = :sampleId order by weight desc, case_id",
                Params.of("sampleId", sampleId),
                rs -> {
                    Set<Finding> findings = EnumSet.noneOf(Finding.class);
                    for (String f : (String[]) rs.getArray(4).getArray()) {
                        findings.add(Finding.valueOf(f));
                    }
                    String result = rs.getString(5);
                    Timestamp reviewed = rs.getTimestamp(8);
                    return new Sample.Entry(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getInt(3),
                            findings,
                            result == null ? null : SupervisionSample.Result.valueOf(result),
                            rs.getString(6),
                            rs.getString(7),
                            reviewed == null ? null : reviewed.toInstant());
                });
    }
}
