package de.lotse.intake.policy.infrastructure;

import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Policy versions per Jobcenter; a version row is written once and never changed. */
@Singleton
public class PolicyStore {
    private static final String COLUMNS = """
            jobcenter_id, version, preset_code, base_preset, settings::text, effective_from, changed_by, changed_at,
            change_note""";

    private final Statements sql;
    private final JsonMapper json;

    PolicyStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /**
     * The version in force on that day: of the versions effective by then, the newest (docs/domain.md §11.1) —
     * a later version with an earlier effective day replaces the earlier versions from that day on.
     */
    public Optional<JobcenterPolicy> inForceOn(String jobcenterId, LocalDate day) {
        return sql
                .query(
                        "select " + COLUMNS + " from jobcenter_policy where jobcenter_id = :jobcenterId "
                                + "and effective_from <= :day order by version desc limit 1",
                        Params.of("jobcenterId", jobcenterId).and("day", day),
                        this::map)
                .stream()
                .findFirst();
    }

    /** The highest version of a Jobcenter's policy, if it has one. */
    public Optional<Integer> latestVersion(String jobcenterId) {
        return sql
                .query(
                        "select max(version) from jobcenter_policy where jobcenter_id = :jobcenterId",
                        Params.of("jobcenterId", jobcenterId),
                        rs -> (Integer) rs.getObject(1))
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public Optional<JobcenterPolicy> version(String jobcenterId, int version) {
        return sql
                .query(
                        "select " + COLUMNS + " from jobcenter_policy where jobcenter_id = :jobcenterId "
                                + "and version = :version",
                        Params.of("jobcenterId", jobcenterId).and("version", version),
                        this::map)
                .stream()
                .findFirst();
    }

    public List<JobcenterPolicy> history(String jobcenterId) {
        return sql.query(
                "select " + COLUMNS + " from jobcenter_policy where jobcenter_id = :jobcenterId "
                        + "order by version desc",
                Params.of("jobcenterId", jobcenterId),
                this::map);
    }

    /** Writes a new version; false if that version exists already (another change came first). */
    public boolean insert(JobcenterPolicy policy) {
        return sql.update(
                        """
                insert into jobcenter_policy (jobcenter_id, version, preset_code, base_preset, settings, effective_from,
                                              changed_by, changed_at, change_note)
                values (:jobcenterId, :version, :presetCode, :basePreset, :settings::jsonb, :effectiveFrom, :changedBy,
                        :changedAt, :changeNote)
                on conflict (jobcenter_id, version) do nothing""",
                        Params.of("jobcenterId", policy.jobcenterId())
                                .and("version", policy.version())
                                .and("presetCode", policy.presetCode())
                                .and("basePreset", policy.basePreset())
                                .and("settings", write(policy.settings()))
                                .and("effectiveFrom", policy.effectiveFrom())
                                .and("changedBy", policy.changedBy())
                                .and("changedAt", policy.changedAt())
                                .and("changeNote", policy.changeNote()))
                == 1;
    }

    private JobcenterPolicy map(ResultSet rs) throws SQLException {
        return new JobcenterPolicy(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                Preset.valueOf(rs.getString(4)),
                read(rs.getString(5)),
                rs.getObject(6, LocalDate.class),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                rs.getString(9));
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
