package de.lotse.assessment.assessments;

import de.lotse.assessment.assessments.domain.NeedCode;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.assessment.assessments.AssessmentRequests.assessment;
import static de.lotse.assessment.assessments.AssessmentRequests.need;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a completed assessment tells the other services: assessment-completed and need-status-changed carry the
 * eligibility facts (profile, needs counted by key group, the co-rated scale as sums and one comparison), and never
 * protected content — no health-related need code, no description, strength, target occupation or FM's note.
 */
@MicronautTest(transactional = false)
class AssessmentEventsIT extends AssessmentScenario {

    @Test
    @SuppressWarnings("unchecked")
    void aCompletedAssessmentPublishesTheEligibilityFactsAndNoProtectedContent() throws Exception {
        UUID caseId = openCase();
        Map<String, Object> v1 = complete(
                caseId,
                assessment("STABILISATION")
                        .needs(
                                need("MENTAL_HEALTH", "IDENTIFIED"),
                                need("RESILIENCE", "IN_PROGRESS"),
                                need("DEBT", "IDENTIFIED"),
                                need("MOTIVATION", "RESOLVED")));
        assertThat(v1)
                .containsEntry("version", 1)
                .containsEntry("marketNear", false)
                .containsEntry("scheme", "BA_PROFILES");
        // written in this order in one transaction (the relay publishes in it; the broker keeps no order across topics)
        assertThat(outboxTypes(caseId))
                .containsExactly(
                        "assessment-completed",
                        "need-status-changed",
                        "need-status-changed",
                        "need-status-changed",
                        "need-status-changed");

        try (TopicProbe probe = new TopicProbe("assessment-completed", "need-status-changed")) {
            probe.await(r -> caseId.toString().equals(r.key()), 5, Duration.ofSeconds(30));
            // one assessment-completed and one need-status-changed per need, and no more
            List<ConsumerRecord<String, String>> records = probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> caseId.toString().equals(r.key()))
                    .toList();
            assertThat(records)
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder(
                            "assessment-completed",
                            "need-status-changed",
                            "need-status-changed",
                            "need-status-changed",
                            "need-status-changed");
            ConsumerRecord<String, String> completed = records.stream()
                    .filter(r -> r.topic().equals("assessment-completed"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> payload = payload(completed.value());
            assertThat((Map<String, Object>) payload.get("needsByKeyGroup"))
                    .containsEntry("PERFORMANCE_CAPACITY", 2)
                    .containsEntry("LIVING_CONDITIONS", 1)
                    .containsEntry("MOTIVATION", 0);
            assertThat(payload)
                    .containsEntry("profileCode", "STABILISATION")
                    .containsEntry("prognosisHorizonMonths", 18)
                    .containsEntry("marketNear", false)
                    .containsEntry("entrenchedNeeds", 0);
            for (ConsumerRecord<String, String> record : records) {
                assertThat((CharSequence) record.value())
                        .doesNotContain("MENTAL_HEALTH", "Beschreibung", "zuverlässig", "Fachlagerist");
            }
            assertThat(records.stream()
                            .filter(r -> r.topic().equals("need-status-changed"))
                            .map(ConsumerRecord::value))
                    .anySatisfy(value -> assertThat(value).contains("HEALTH_RELATED"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSpecificHealthCodeEverReachesAnEvent() {
        UUID caseId = openCase();
        List<String> health = Arrays.stream(NeedCode.values())
                .filter(NeedCode::healthRelated)
                .map(Enum::name)
                .toList();
        List<AssessmentRequests.Need> first = new ArrayList<>();
        health.forEach(code -> first.add(need(code, "IDENTIFIED")));
        first.add(need("DEBT", "IDENTIFIED"));
        Map<String, Object> v1 = complete(caseId, assessment("STABILISATION").needs(first));

        // every need changes status, the profile moves: all three events, health-related needs among them
        clock.set(START.plusMonths(3));
        List<AssessmentRequests.Need> second = new ArrayList<>();
        ((List<Map<String, Object>>) v1.get("needs"))
                .forEach(n -> second.add(need(n.get("needId"), (String) n.get("code"), "IN_PROGRESS")));
        complete(
                caseId,
                assessment("SUPPORT")
                        .needs(second)
                        .validUntil(START.plusMonths(9))
                        .categoryChange("NEW_OR_ENTRENCHED_BARRIERS", "Klinikaufenthalt"));

        try (TopicProbe probe = new TopicProbe("assessment-completed", "need-status-changed", "category-changed")) {
            int expected = 2 + 2 * (health.size() + 1) + 1;
            List<ConsumerRecord<String, String>> records =
                    probe.await(r -> caseId.toString().equals(r.key()), expected, Duration.ofSeconds(30));
            assertThat(records)
                    .filteredOn(r -> r.topic().equals("category-changed"))
                    .hasSize(1);
            for (ConsumerRecord<String, String> record : records) {
                assertThat((CharSequence) record.value())
                        .doesNotContain(health.toArray(String[]::new))
                        .doesNotContain("Beschreibung", "Klinikaufenthalt", "zuverlässig", "Fachlagerist");
            }
            // the health-related needs are still there for planning (a strategy per open need), unnamed
            assertThat(records.stream()
                            .filter(r -> r.topic().equals("need-status-changed"))
                            .map(r -> (String) payload(r.value()).get("needCode")))
                    .containsOnly("HEALTH_RELATED", "DEBT")
                    .filteredOn("HEALTH_RELATED"::equals)
                    .hasSize(2 * health.size());
        }
    }

    /**
     * docs/domain.md §5.2, §10 (DV2017 9): the co-rated scale is compared on the dimensions rated in both
     * versions. A later version that rates only one of three dimensions, higher, is progress — not the
     * decline its smaller sum suggests —; a version with no dimension in common with the first is not
     * compared. The event names the dimensions rated and carries the comparison with the first co-rated
     * version, never a single dimension's rating.
     */
    @Test
    @SuppressWarnings("unchecked")
    void coRatedProgressComparesOnlyTheDimensionsRatedInBothVersions_DV2017_9() throws Exception {
        UUID caseId = openCase();
        complete(
                caseId,
                coRated()
                        .coRating("HEALTH_AND_WELLBEING", 2, 2)
                        .coRating("CONFIDENCE", 2, 3)
                        .coRating("DAILY_STRUCTURE", 4, 4));
        clock.set(START.plusMonths(3));
        complete(caseId, coRated().coRating("CONFIDENCE", 4, 4));
        clock.set(START.plusMonths(6));
        complete(caseId, coRated().coRating("WORK_READINESS", 1, 1));

        Map<String, Object> progress = get("/api/cases/" + caseId + "/progress?from=1&to=2", fm());
        assertThat((Map<String, Object>) progress.get("ratingChange"))
                .containsOnlyKeys("CONFIDENCE")
                .containsEntry("CONFIDENCE", Map.of("customer", 2, "caseManager", 1));
        assertThat((Map<String, Object>) get("/api/cases/" + caseId + "/progress?from=1&to=3", fm())
                        .get("ratingChange"))
                .isNullOrEmpty();

        try (TopicProbe probe = new TopicProbe("assessment-completed")) {
            List<Map<String, Object>> payloads =
                    probe.await(r -> caseId.toString().equals(r.key()), 3, Duration.ofSeconds(30)).stream()
                            .map(r -> payload(r.value()))
                            .sorted(Comparator.comparing(p -> (Integer) p.get("version")))
                            .toList();
            assertThat(payloads.get(0))
                    .containsEntry(
                            "coRatedDimensions", List.of("CONFIDENCE", "DAILY_STRUCTURE", "HEALTH_AND_WELLBEING"))
                    .containsEntry("coRatingCustomerSum", 8)
                    .containsEntry("coRatingCaseManagerSum", 9)
                    .doesNotContainKeys("coRatingComparedWith", "coRatingCommonDimensions", "coRatingChange");
            // the sum fell from 17 to 8, but on the one dimension both rated it rose by 2 + 1
            assertThat(payloads.get(1))
                    .containsEntry("coRatedDimensions", List.of("CONFIDENCE"))
                    .containsEntry("coRatingCustomerSum", 4)
                    .containsEntry("coRatingCaseManagerSum", 4)
                    .containsEntry("coRatingComparedWith", 1)
                    .containsEntry("coRatingCommonDimensions", 1)
                    .containsEntry("coRatingChange", 3);
            assertThat(payloads.get(2))
                    .containsEntry("coRatedDimensions", List.of("WORK_READINESS"))
                    .containsEntry("coRatingComparedWith", 1)
                    .containsEntry("coRatingCommonDimensions", 0)
                    .doesNotContainKey("coRatingChange");
            // the scale leaves the service as sums and one comparison, never a dimension's own rating
            assertThat(payloads)
                    .allSatisfy(p -> assertThat(p.values())
                            .noneMatch(v -> v instanceof Map<?, ?> m
                                    && m.keySet().stream()
                                            .anyMatch(k -> String.valueOf(k).equals("HEALTH_AND_WELLBEING"))));
        }
    }

    private static AssessmentRequests.Assessment coRated() {
        return assessment("SUPPORT").validUntil(START.plusMonths(18));
    }
}
