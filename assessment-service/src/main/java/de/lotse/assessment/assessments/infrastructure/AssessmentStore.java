package de.lotse.assessment.assessments.infrastructure;

import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.CategoryChangeReason;
import de.lotse.assessment.assessments.domain.Need;
import de.lotse.assessment.assessments.domain.Occupation;
import de.lotse.assessment.assessments.domain.ProgressDimension;
import de.lotse.assessment.assessments.domain.Rating;
import de.lotse.assessment.assessments.domain.Strength;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    /** A case's versions, only within the caller's Jobcenter. */
    private static final String OF_CASE = "jobcenter_id = :jobcenterId and case_id = :caseId";

    private static final Argument<List<Need>> NEEDS = Argument.listOf(Need.class);
    private static final Argument<List<Strength>> STRENGTHS = Argument.listOf(Strength.class);
    private static final Argument<List<Occupation>> OCCUPATIONS = Argument.listOf(Occupation.class);
    private static final Argument<Map<ProgressDimension, Rating>> RATINGS =
            Argument.mapOf(ProgressDimension.class, Rating.class);

    private final Statements sql;
    private final JsonMapper json;

    AssessmentStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Writes a new version; false if that version exists already (another FM completed one first). */
    public boolean insert(Assessment a) {
        return sql.update(
                        """
                insert into assessment (id, case_id, jobcenter_id, version, assessed_on, valid_until, assessed_by,
                    target_occupation, alternative_occupations, needs, strengths, prognosis_horizon_months, scheme,
                    profile_code, category_change_reason, category_change_note, resubmission_on, obstruction_ends_on,
                    household_case_ids, co_rating, completed_at)
                values (:id, :caseId, :jobcenterId, :version, :assessedOn, :validUntil, :assessedBy,
                    :targetOccupation::jsonb, :alternativeOccupations::jsonb, :needs::jsonb, :strengths::jsonb,
                    :prognosisHorizonMonths, :scheme, :profileCode, :categoryChangeReason, :categoryChangeNote,
                    :resubmissionOn, :obstructionEndsOn, :householdCaseIds, :coRating::jsonb, :completedAt)
                on conflict (case_id, version) do nothing""",
                        Params.of("id", a.id())
                                .and("caseId", a.caseId())
                                .and("jobcenterId", a.jobcenterId())
                                .and("version", a.version())
                                .and("assessedOn", a.assessedOn())
                                .and("validUntil", a.validUntil())
                                .and("assessedBy", a.assessedBy())
                                .and(
                                        "targetOccupation",
                                        a.targetOccupation() == null ? null : write(a.targetOccupation()))
                                .and("alternativeOccupations", write(a.alternativeOccupations()))
                                .and("needs", write(a.needs()))
                                .and("strengths", write(a.strengths()))
                                .and("prognosisHorizonMonths", a.prognosisHorizonMonths())
                                .and("scheme", a.scheme())
                                .and("profileCode", a.profileCode())
                                .and("categoryChangeReason", a.categoryChangeReason())
                                .and("categoryChangeNote", a.categoryChangeNote())
                                .and("resubmissionOn", a.resubmissionOn())
                                .and("obstructionEndsOn", a.obstructionEndsOn())
                                .and("householdCaseIds", a.householdCaseIds().toArray(UUID[]::new))
                                .and("coRating", write(a.coRating()))
                                .and("completedAt", a.completedAt()))
                == 1;
    }

    public Optional<Assessment> latest(String jobcenterId, UUID caseId) {
        return sql
                .query(
                        "select " + COLUMNS + " from assessment where " + OF_CASE + " order by version desc limit 1",
                        ofCase(jobcenterId, caseId),
                        this::map)
                .stream()
                .findFirst();
    }

    public Optional<Assessment> version(String jobcenterId, UUID caseId, int version) {
        return sql
                .query(
                        "select " + COLUMNS + " from assessment where " + OF_CASE + " and version = :version",
                        ofCase(jobcenterId, caseId).and("version", version),
                        this::map)
                .stream()
                .findFirst();
    }

    /** The case's first version with a co-rated scale: the baseline the scale's progress is measured from. */
    public Optional<Assessment> firstCoRated(String jobcenterId, UUID caseId) {
        return sql
                .query(
                        "select " + COLUMNS + " from assessment where " + OF_CASE
                                + " and co_rating <> '{}'::jsonb order by version limit 1",
                        ofCase(jobcenterId, caseId),
                        this::map)
                .stream()
                .findFirst();
    }

    public List<Assessment> history(String jobcenterId, UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from assessment where " + OF_CASE + " order by version",
                ofCase(jobcenterId, caseId),
                this::map);
    }

    /** Every version of the given cases of the Jobcenter, by case and version (an export's page). */
    public List<Assessment> historyOf(String jobcenterId, List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select " + COLUMNS + " from assessment "
                        + "where jobcenter_id = :jobcenterId and case_id = any(:caseIds) order by case_id, version",
                Params.of("jobcenterId", jobcenterId).and("caseIds", caseIds.toArray(UUID[]::new)),
                this::map);
    }

    /** The latest version of each of the given cases. */
    public List<Assessment> latestOf(String jobcenterId, List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select distinct on (case_id) " + COLUMNS + " from assessment "
                        + "where jobcenter_id = :jobcenterId and case_id = any(:caseIds) order by case_id, version desc",
                Params.of("jobcenterId", jobcenterId).and("caseIds", caseIds.toArray(UUID[]::new)),
                this::map);
    }

    private static Params ofCase(String jobcenterId, UUID caseId) {
        return Params.of("jobcenterId", jobcenterId).and("caseId", caseId);
    }

    private Assessment map(ResultSet rs) throws SQLException {
        String target = rs.getString(8);
        String reason = rs.getString(15);
        return new Assessment(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getInt(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getString(7),
                target == null ? null : read(target, Argument.of(Occupation.class)),
                read(rs.getString(9), OCCUPATIONS),
                read(rs.getString(10), NEEDS),
                read(rs.getString(11), STRENGTHS),
                (Integer) rs.getObject(12),
                ProfileScheme.valueOf(rs.getString(13)),
                rs.getString(14),
                reason == null ? null : CategoryChangeReason.valueOf(reason),
                rs.getString(16),
                rs.getObject(17, LocalDate.class),
                rs.getObject(18, LocalDate.class),
                Arrays.asList((UUID[]) rs.getArray(19).getArray()),
                read(rs.getString(20), RATINGS),
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
