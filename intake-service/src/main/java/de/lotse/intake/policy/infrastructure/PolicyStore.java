package de.lotse.intake.policy.infrastructure;

import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Policy versions per Jobcenter; a version row is written once and never changed. */
@Singleton
public class PolicyStore {
    private static final String COLUMNS = """
            jobcenter_id, version, preset_code, base_preset, settings::text, effective_from, changed_by, changed_at,
            change_note""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    PolicyStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<JobcenterPolicy> current(String jobcenterId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from jobcenter_policy where jobcenter_id = ? "
                        + "order by version desc limit 1", statement -> statement.setString(1, jobcenterId), this::map)
                .stream().findFirst();
    }

    /** The highest version of a Jobcenter's policy, if it has one. */
    public Optional<Integer> latestVersion(String jobcenterId) {
        return Sql.query(jdbc, "select max(version) from jobcenter_policy where jobcenter_id = ?",
                statement -> statement.setString(1, jobcenterId), rs -> (Integer) rs.getObject(1)).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<JobcenterPolicy> version(String jobcenterId, int version) {
        return Sql.query(jdbc, "select " + COLUMNS + " from jobcenter_policy where jobcenter_id = ? and version = ?",
                statement -> {
                    statement.setString(1, jobcenterId);
                    statement.setInt(2, version);
                }, this::map).stream().findFirst();
    }

    public List<JobcenterPolicy> history(String jobcenterId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from jobcenter_policy where jobcenter_id = ? order by version desc",
                statement -> statement.setString(1, jobcenterId), this::map);
    }

    /** Writes a new version; false if that version exists already (another change came first). */
    public boolean insert(JobcenterPolicy policy) {
        return Sql.update(jdbc, """
                insert into jobcenter_policy (jobcenter_id, version, preset_code, base_preset, settings, effective_from,
                                              changed_by, changed_at, change_note)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                on conflict (jobcenter_id, version) do nothing""", statement -> {
            statement.setString(1, policy.jobcenterId());
            statement.setInt(2, policy.version());
            statement.setString(3, policy.presetCode());
            statement.setString(4, policy.basePreset().name());
            statement.setString(5, write(policy.settings()));
            statement.setObject(6, policy.effectiveFrom());
            statement.setString(7, policy.changedBy());
            statement.setTimestamp(8, Timestamp.from(policy.changedAt()));
            statement.setString(9, policy.changeNote());
        }) == 1;
    }

    private JobcenterPolicy map(ResultSet rs) throws SQLException {
        return new JobcenterPolicy(rs.getString(1), rs.getInt(2), rs.getString(3), Preset.valueOf(rs.getString(4)),
                read(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    private String write(PolicySettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PolicySettings read(String text) {
        try {
            return json.readValue(text, PolicySettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
