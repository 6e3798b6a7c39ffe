package de.lotse.assessment.assessments.infrastructure;

import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.CategoryChangeReason;
import de.lotse.assessment.assessments.domain.Need;
import de.lotse.assessment.assessments.domain.Occupation;
import de.lotse.assessment.assessments.domain.ProgressDimension;
import de.lotse.assessment.assessments.domain.Rating;
import de.lotse.assessment.assessments.domain.Strength;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Assessment versions; a version row is written once and never changed. */
@Singleton
@SerdeImport(Need.class)
@SerdeImport(Strength.class)
@SerdeImport(Occupation.class)
@SerdeImport(Rating.class)
public class AssessmentStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, version, assessed_on, valid_until, assessed_by, target_occupation::text,
            alternative_occupations::text, needs::text, strengths::text, prognosis_horizon_months, scheme, profile_code,
            category_change_reason, category_change_note, resubmission_on, obstruction_ends_on, household_case_ids,
            co_rating::text, completed_at""";
    private static final Argument<List<Need>> NEEDS = Argument.listOf(Need.class);
    private static final Argument<List<Strength>> STRENGTHS = Argument.listOf(Strength.class);
    private static final Argument<List<Occupation>> OCCUPATIONS = Argument.listOf(Occupation.class);
    private static final Argument<Map<ProgressDimension, Rating>> RATINGS = Argument.mapOf(ProgressDimension.class,
            Rating.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    AssessmentStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes a new version; false if that version exists already (another FM completed one first). */
    public boolean insert(Assessment a) {
        return Sql.update(jdbc, """
                insert into assessment (id, case_id, jobcenter_id, version, assessed_on, valid_until, assessed_by,
                    target_occupation, alternative_occupations, needs, strengths, prognosis_horizon_months, scheme,
                    profile_code, category_change_reason, category_change_note, resubmission_on, obstruction_ends_on,
                    household_case_ids, co_rating, completed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                on conflict (case_id, version) do nothing""", statement -> {
            statement.setObject(1, a.id());
            statement.setObject(2, a.caseId());
            statement.setString(3, a.jobcenterId());
            statement.setInt(4, a.version());
            statement.setObject(5, a.assessedOn());
            statement.setObject(6, a.validUntil());
            statement.setString(7, a.assessedBy());
            statement.setString(8, a.targetOccupation() == null ? null : write(a.targetOccupation()));
            statement.setString(9, write(a.alternativeOccupations()));
            statement.setString(10, write(a.needs()));
            statement.setString(11, write(a.strengths()));
            statement.setObject(12, a.prognosisHorizonMonths());
            statement.setString(13, a.scheme().name());
            statement.setString(14, a.profileCode());
            statement.setString(15, a.categoryChangeReason() == null ? null : a.categoryChangeReason().name());
            statement.setString(16, a.categoryChangeNote());
            statement.setObject(17, a.resubmissionOn());
            statement.setObject(18, a.obstructionEndsOn());
            statement.setArray(19, statement.getConnection().createArrayOf("uuid", a.householdCaseIds().toArray()));
            statement.setString(20, write(a.coRating()));
            statement.setTimestamp(21, Timestamp.from(a.completedAt()));
        }) == 1;
    }

    public Optional<Assessment> latest(String jobcenterId, UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from assessment where jobcenter_id = ? and case_id = ? "
                + "order by version desc limit 1", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, caseId);
        }, this::map).stream().findFirst();
    }

    public Optional<Assessment> version(String jobcenterId, UUID caseId, int version) {
        return Sql.query(jdbc, "select " + COLUMNS + " from assessment where jobcenter_id = ? and case_id = ? "
                + "and version = ?", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, caseId);
            statement.setInt(3, version);
        }, this::map).stream().findFirst();
    }

    /** The case's first version with a co-rated scale: the baseline the scale's progress is measured from. */
    public Optional<Assessment> firstCoRated(String jobcenterId, UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from assessment where jobcenter_id = ? and case_id = ? "
                + "and co_rating <> '{}'::jsonb order by version limit 1", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, caseId);
        }, this::map).stream().findFirst();
    }

    public List<Assessment> history(String jobcenterId, UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from assessment where jobcenter_id = ? and case_id = ? "
                + "order by version", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, caseId);
        }, this::map);
    }

    /** The latest version of each of the given cases. */
    public List<Assessment> latestOf(String jobcenterId, List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(jdbc, "select distinct on (case_id) " + COLUMNS + " from assessment "
                + "where jobcenter_id = ? and case_id = any(?) order by case_id, version desc", statement -> {
            statement.setString(1, jobcenterId);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", caseIds.toArray()));
        }, this::map);
    }

    private Assessment map(ResultSet rs) throws SQLException {
        String target = rs.getString(8);
        String reason = rs.getString(15);
        return new Assessment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                target == null ? null : read(target, Argument.of(Occupation.class)), read(rs.getString(9), OCCUPATIONS),
                read(rs.getString(10), NEEDS), read(rs.getString(11), STRENGTHS), (Integer) rs.getObject(12),
                ProfileScheme.valueOf(rs.getString(13)), rs.getString(14),
                reason == null ? null : CategoryChangeReason.valueOf(reason), rs.getString(16),
                rs.getObject(17, LocalDate.class), rs.getObject(18, LocalDate.class),
                Arrays.asList((UUID[]) rs.getArray(19).getArray()), read(rs.getString(20), RATINGS),
                rs.getTimestamp(21).toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
