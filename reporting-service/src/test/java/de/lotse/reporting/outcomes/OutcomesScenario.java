package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.http.HttpRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the outcome scenarios share: reading management's outcome rows and their cells (a withheld cell shows
 * {@value #WITHHELD}), and co-rated assessments over the six dimensions of the scale.
 */
abstract class OutcomesScenario extends ReportingFixtures {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(String query, String token) {
        return (List<Map<String, Object>>) client.toBlocking()
                .retrieve(HttpRequest.GET("/api/outcomes" + query).bearerAuth(token), JSON_OBJECT)
                .getOrDefault("rows", List.of());
    }

    /**
     * Waits until the team's lead sees the cell's value: a team lead's figures are counted per request, exactly,
     * so every event behind them has been applied — management's, taken once for the reporting date, can be
     * read after.
     */
    void awaitTeamLeadSees(String team, String metric, String month, String key, String value) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                cell(rows("?from=2025-01&to=2025-12", tl(team)), metric, month, team, key))
                        .as("%s %s %s of %s", metric, month, key, team)
                        .isEqualTo(value));
    }

    /** What management's answer shows for a withheld cell. */
    static final String WITHHELD = "geschützt";

    static String cell(List<Map<String, Object>> rows, String metric, String month, String team, String key) {
        return rows.stream()
                .filter(r -> metric.equals(r.get("metric"))
                        && month.equals(r.get("month"))
                        && team.equals(r.get("teamId"))
                        && java.util.Objects.equals(key, r.get("key")))
                .map(r -> Boolean.TRUE.equals(r.get("suppressed")) ? WITHHELD : String.valueOf(r.get("value")))
                .findFirst()
                .orElse("none");
    }

    /**
     * The Jobcenter's total of a metric, month and key (management only; key {@code null}: the sum over all keys):
     * "none" when there is no such row.
     */
    static String total(List<Map<String, Object>> rows, String metric, String month, String key) {
        List<Map<String, Object>> totals = rows.stream()
                .filter(r -> Boolean.TRUE.equals(r.get("total"))
                        && metric.equals(r.get("metric"))
                        && month.equals(r.get("month"))
                        && java.util.Objects.equals(key, r.get("key")))
                .toList();
        assertThat(totals)
                .as("one total of %s %s %s", metric, month, key)
                .hasSizeLessThanOrEqualTo(1)
                .allSatisfy(r -> assertThat(r.get("teamId")).isNull());
        return totals.stream()
                .map(r -> Boolean.TRUE.equals(r.get("suppressed")) ? WITHHELD : String.valueOf(r.get("value")))
                .findFirst()
                .orElse("none");
    }

    /** All six dimensions of the co-rated scale. */
    static final List<String> SCALE = List.of(
            "CONFIDENCE",
            "DAILY_STRUCTURE",
            "HEALTH_AND_WELLBEING",
            "HOUSING_AND_MONEY",
            "SOCIAL_RELATIONS",
            "WORK_READINESS");

    /**
     * A version that rates all six dimensions (or none: sums {@code null}), compared by assessment-service with
     * the case's first co-rated version {@code first} as it publishes it.
     */
    static AssessmentCompleted coRated(
            UUID caseId, int version, LocalDate on, Integer customer, Integer caseManager, AssessmentCompleted first) {
        boolean compared = customer != null && first != null;
        return coRated(
                caseId,
                version,
                on,
                customer,
                caseManager,
                customer == null ? null : SCALE,
                compared ? first.version() : null,
                compared ? SCALE.size() : null,
                compared
                        ? customer + caseManager - first.coRatingCustomerSum() - first.coRatingCaseManagerSum()
                        : null);
    }

    static AssessmentCompleted coRated(
            UUID caseId,
            int version,
            LocalDate on,
            Integer customer,
            Integer caseManager,
            List<String> dimensions,
            Integer comparedWith,
            Integer commonDimensions,
            Integer change) {
        return EventFixtures.assessmentCompleted()
                .caseId(caseId)
                .version(version)
                .prognosisHorizonMonths(12)
                .profileCode("DEVELOPMENT")
                .validUntil(on.plusMonths(6))
                .completedAt(at(on))
                .assessedOn(on)
                .previousVersion(version == 1 ? null : version - 1)
                .coRatingCustomerSum(customer)
                .coRatingCaseManagerSum(caseManager)
                .coRatedDimensions(dimensions)
                .coRatingComparedWith(comparedWith)
                .coRatingCommonDimensions(commonDimensions)
                .coRatingChange(change)
                .build();
    }
}
