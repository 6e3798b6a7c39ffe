package de.lotse.intake.eligibility.infrastructure;

import de.lotse.intake.eligibility.domain.AssessmentFacts;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The eligibility facts of the latest completed assessment of each case (from
 * {@code assessment-completed}); an older version arriving late does not replace a newer one. The day the
 * category left X, Y or Z is kept with them, for the instruction a reactivation requires.
 */
@Singleton
public class AssessmentFactsStore {
    /** X, Y, Z: leaving them is a reactivation (UCKERMARK 4.1.1, 5.1; docs/domain.md §18.6). */
    private static final String[] RESUBMISSION = Arrays.stream(ProfileScheme.CustomerCategory.values())
            .filter(ProfileScheme.CustomerCategory::resubmission)
            .map(Enum::name)
            .toArray(String[]::new);

    private static final Argument<Map<String, Integer>> COUNTS = Argument.mapOf(String.class, Integer.class);
    private final Statements sql;
    private final JsonMapper json;

    AssessmentFactsStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public void record(AssessmentFacts facts, boolean marketNear) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        facts.needsByKeyGroup().forEach((group, count) -> counts.put(group.name(), count));
        sql.update(
                """
                insert into assessment_facts (case_id, assessment_id, version, needs_by_key_group, entrenched_needs,
                                              prognosis_horizon_months, market_near, profile_code, category_code,
                                              completed_at)
                values (:caseId, :assessmentId, :version, :needs::jsonb, :entrenchedNeeds, :prognosisHorizonMonths,
                        :marketNear, :profileCode, :categoryCode, :completedAt)
                on conflict (case_id) do update
                   set assessment_id = excluded.assessment_id, version = excluded.version,
                       needs_by_key_group = excluded.needs_by_key_group, entrenched_needs = excluded.entrenched_needs,
                       prognosis_horizon_months = excluded.prognosis_horizon_months, market_near = excluded.market_near,
                       profile_code = excluded.profile_code, category_code = excluded.category_code,
                       completed_at = excluded.completed_at,
                       reactivated_on = case
                           when excluded.category_code = any(:resubmission) then null
                           when assessment_facts.category_code = any(:resubmission)
                               then (excluded.completed_at at time zone 'Europe/Berlin')::date
                           else assessment_facts.reactivated_on end
                 where assessment_facts.completed_at < excluded.completed_at
                    or (assessment_facts.completed_at = excluded.completed_at
                        and assessment_facts.version < excluded.version)""",
                Params.of("caseId", facts.caseId())
                        .and("assessmentId", facts.assessmentId())
                        .and("version", facts.version())
                        .and("needs", write(counts))
                        .and("entrenchedNeeds", facts.entrenchedNeeds())
                        .and("prognosisHorizonMonths", facts.prognosisHorizonMonths())
                        .and("marketNear", marketNear)
                        .and("profileCode", facts.profileCode())
                        .and("categoryCode", facts.categoryCode())
                        .and("completedAt", facts.completedAt())
                        .and("resubmission", RESUBMISSION));
    }

    /** The latest completed assessment over all of a customer's cases in the Jobcenter. */
    public Optional<AssessmentFacts> latestForCustomer(String jobcenterId, UUID customerId) {
        return sql.query("""
                select f.case_id, f.assessment_id, f.version, f.needs_by_key_group::text, f.entrenched_needs,
                       f.prognosis_horizon_months, f.profile_code, f.category_code, f.completed_at
                from assessment_facts f join bfm_case c on c.id = f.case_id
                where c.customer_id = :customerId and c.jobcenter_id = :jobcenterId
                order by f.completed_at desc limit 1""", Params.of("customerId", customerId).and("jobcenterId", jobcenterId), this::map).stream()
                .findFirst();
    }

    private AssessmentFacts map(ResultSet rs) throws SQLException {
        Map<KeyGroup, Integer> needs = new EnumMap<>(KeyGroup.class);
        read(rs.getString(4)).forEach((code, count) -> needs.put(KeyGroup.valueOf(code), count));
        return new AssessmentFacts(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getInt(3),
                needs,
                rs.getInt(5),
                (Integer) rs.getObject(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }

    private String write(Map<String, Integer> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Integer> read(String text) {
        try {
            return json.readValue(text, COUNTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
