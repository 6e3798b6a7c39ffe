package de.lotse.reporting.supervision.infrastructure;

import de.lotse.platform.jdbc.Sql;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.supervision.domain.Sample;
import de.lotse.reporting.supervision.domain.SupervisionSample;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
    private final JdbcOperations jdbc;

    SampleStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String jobcenterId, String teamId, long seed, int size, String by, Instant at,
                       List<SupervisionSample.Candidate> drawn) {
        Sql.update(jdbc, "insert into supervision_sample (id, jobcenter_id, team_id, seed, size, drawn_by, drawn_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, id);
            statement.setString(2, jobcenterId);
            statement.setString(3, teamId);
            statement.setLong(4, seed);
            statement.setInt(5, size);
            statement.setString(6, by);
            statement.setTimestamp(7, Timestamp.from(at));
        });
        for (SupervisionSample.Candidate c : drawn) {
            Sql.update(jdbc, "insert into supervision_sample_case (sample_id, case_id, case_manager_id, weight, findings) "
                    + "values (?, ?, ?, ?, ?)", statement -> {
                statement.setObject(1, id);
                statement.setObject(2, c.caseId());
                statement.setString(3, c.caseManagerId());
                statement.setInt(4, c.weight());
                statement.setArray(5, statement.getConnection().createArrayOf("text",
                        c.findings().stream().map(Enum::name).sorted().toArray()));
            });
        }
    }

    public boolean review(UUID sampleId, UUID caseId, SupervisionSample.Result result, String note, String by, Instant at) {
        return Sql.update(jdbc, "update supervision_sample_case set result = ?, note = ?, reviewed_by = ?, reviewed_at = ? "
                + "where sample_id = ? and case_id = ?", statement -> {
            statement.setString(1, result.name());
            statement.setString(2, note);
            statement.setString(3, by);
            statement.setTimestamp(4, Timestamp.from(at));
            statement.setObject(5, sampleId);
            statement.setObject(6, caseId);
        }) == 1;
    }

    public Optional<Sample> find(String jobcenterId, String teamId, UUID id) {
        return Sql.query(jdbc, "select id, team_id, seed, size, drawn_by, drawn_at from supervision_sample "
                + "where id = ? and jobcenter_id = ? and team_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setString(2, jobcenterId);
            statement.setString(3, teamId);
        }, rs -> new Sample(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), entries(rs.getObject(1, UUID.class)))).stream().findFirst();
    }

    public List<UUID> ofTeam(String jobcenterId, String teamId) {
        return Sql.query(jdbc, "select id from supervision_sample where jobcenter_id = ? and team_id = ? "
                + "order by drawn_at desc limit 50", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, teamId);
        }, rs -> rs.getObject(1, UUID.class));
    }

    private List<Sample.Entry> entries(UUID sampleId) {
        return Sql.query(jdbc, "select case_id, case_manager_id, weight, findings, result, note, reviewed_by, reviewed_at "
                + "from supervision_sample_case where sample_id = ? order by weight desc, case_id",
                statement -> statement.setObject(1, sampleId), rs -> {
                    Set<Finding> findings = EnumSet.noneOf(Finding.class);
                    for (String f : (String[]) rs.getArray(4).getArray()) {
                        findings.add(Finding.valueOf(f));
                    }
                    String result = rs.getString(5);
                    Timestamp reviewed = rs.getTimestamp(8);
                    return new Sample.Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), findings,
                            result == null ? null : SupervisionSample.Result.valueOf(result), rs.getString(6),
                            rs.getString(7), reviewed == null ? null : reviewed.toInstant());
                });
    }
}
