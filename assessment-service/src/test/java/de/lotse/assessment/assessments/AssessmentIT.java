package de.lotse.assessment.assessments;

import de.lotse.assessment.assessments.domain.NeedCode;
import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.testing.ControlCharacterProbe;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.TopicProbe;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The assessment of a case on the real broker and database: cases and policies arrive as intake's
 * events, assessments are completed through the API, their events leave through the outbox.
 */
@MicronautTest(transactional = false)
class AssessmentIT extends ServiceIT {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    MutableClock clock;

    private TestEventPublisher intake;
    private String jobcenter;

    @Override
    protected String service() {
        return "assessment";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @BeforeAll
    void startIntake() {
        intake = new TestEventPublisher(json);
    }

    @AfterAll
    void stopIntake() {
        intake.close();
    }

    @BeforeEach
    void newJobcenter() {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(START);
    }

    // --- intake's side

    private UUID openCase() {
        return openCase("UE25");
    }

    private UUID openCase(String ageGroup) {
        UUID caseId = UUID.randomUUID();
        intake.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .ageGroup(ageGroup)
                        .admittedOn(START)
                        .admittedAt(Instant.parse("2026-03-02T09:00:00Z"))
                        .durationStartOn(START)
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_reference where case_id = ? "
                                        + "and admitted_on is not null",
                                caseId)
                        == 1);
        return caseId;
    }

    private void policy(String scheme, boolean deputyNeedsAgreement) {
        intake.publishKeyed(
                jobcenter,
                jobcenter,
                new PolicyChanged(
                        2,
                        "CUSTOM",
                        START,
                        Map.of(
                                "profileScheme",
                                scheme,
                                "deputyNeedsCustomerAgreement",
                                String.valueOf(deputyNeedsAgreement)),
                        Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("select count(*) from policy_reference " + "where jobcenter_id = ?", jobcenter) == 1);
    }

    // --- tokens and requests

    private String fm() {
        return fm("fm-anna");
    }

    private String fm(String subject) {
        return TestTokens.user(subject, "FM")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
    }

    private String tl() {
        return TestTokens.user("tl-petra", "TL")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
    }

    private static Map<String, Object> need(String code, String status) {
        return need(null, code, status);
    }

    private static Map<String, Object> need(Object needId, String code, String status) {
        Map<String, Object> need = new LinkedHashMap<>();
        if (needId != null) {
            need.put("needId", needId);
        }
        need.put("code", code);
        need.put("description", "Beschreibung zu " + code);
        need.put("status", status);
        need.put("priority", "MEDIUM");
        need.put("linkedToTargetOccupation", true);
        return need;
    }

    private static Map<String, Object> assessment(
            String profile, List<Map<String, Object>> needs, LocalDate validUntil) {
        Map<String, Object> body = new HashMap<>();
        body.put("validUntil", validUntil.toString());
        body.put("targetOccupation", Map.of("title", "Fachlagerist/in", "kldbCode", "51311"));
        body.put("needs", needs);
        body.put("strengths", List.of(Map.of("kind", "PERSONAL", "description", "zuverlässig, pünktlich")));
        body.put("prognosisHorizonMonths", 18);
        body.put("profileCode", profile);
        return body;
    }

    private Map<String, Object> complete(UUID caseId, Map<String, Object> body, String token) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", body)
                                .bearerAuth(token),
                        JSON_OBJECT);
    }

    private Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    private static List<String> rules(Map<String, Object> problem) {
        List<String> rules = new ArrayList<>();
        ((List<Map<String, Object>>) problem.getOrDefault("violations", List.of()))
                .forEach(v -> rules.add(v.get("rule") + "@" + v.get("field")));
        return rules;
    }

    private Map<String, Object> readJson(String value) {
        try {
            return json.readValue(value, JSON_OBJECT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> events(UUID caseId) {
        return transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(
                jdbc,
                "select type from outbox_event where aggregateid = ? order by seq",
                statement -> statement.setString(1, caseId.toString()),
                rs -> rs.getString(1)));
    }

    // --- tests

    @Test
    @SuppressWarnings("unchecked")
    void aCompletedAssessmentPublishesTheEligibilityFactsAndNoProtectedContent() throws Exception {
        UUID caseId = openCase();
        Map<String, Object> v1 = complete(
                caseId,
                assessment(
                        "STABILISATION",
                        List.of(
                                need("MENTAL_HEALTH", "IDENTIFIED"),
                                need("RESILIENCE", "IN_PROGRESS"),
                                need("DEBT", "IDENTIFIED"),
                                need("MOTIVATION", "RESOLVED")),
                        START.plusMonths(6)),
                fm());
        assertThat(v1)
                .containsEntry("version", 1)
                .containsEntry("marketNear", false)
                .containsEntry("scheme", "BA_PROFILES");
        assertThat(events(caseId))
                .containsExactly(
                        "assessment-completed",
                        "need-status-changed",
                        "need-status-changed",
                        "need-status-changed",
                        "need-status-changed");

        try (TopicProbe probe = new TopicProbe("assessment-completed", "need-status-changed")) {
            List<ConsumerRecord<String, String>> records =
                    probe.await(r -> caseId.toString().equals(r.key()), 5, Duration.ofSeconds(30));
            ConsumerRecord<String, String> completed = records.stream()
                    .filter(r -> r.topic().equals("assessment-completed"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> payload = (Map<String, Object>)
                    json.readValue(completed.value(), JSON_OBJECT).get("payload");
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
    void progressBetweenThreeVersionsAndTheCategoryChangeEvent() {
        policy("UCKERMARK_CATEGORIES", false);
        UUID caseId = openCase();
        Map<String, Object> v1 = complete(
                caseId,
                assessment(
                        "E", List.of(need("DEBT", "IDENTIFIED"), need("HOUSING", "IN_PROGRESS")), START.plusMonths(6)),
                fm());
        List<Map<String, Object>> needs1 = (List<Map<String, Object>>) v1.get("needs");
        Object debt = needs1.get(0).get("needId");
        Object housing = needs1.get(1).get("needId");

        clock.set(START.plusMonths(6));
        Map<String, Object> missingReason = assessment(
                "D",
                List.of(need(debt, "DEBT", "RESOLVED"), need(housing, "HOUSING", "IN_PROGRESS")),
                START.plusMonths(12));
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", missingReason)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("CATEGORY_CHANGE_REASON_REQUIRED@categoryChangeReason");
        missingReason.put("categoryChangeReason", "INTEGRATION_PROGRESS");
        missingReason.put("categoryChangeNote", "Schuldenregulierung abgeschlossen");
        complete(caseId, missingReason, fm());

        clock.set(START.plusMonths(12));
        Map<String, Object> third = assessment(
                "X",
                List.of(
                        need(debt, "DEBT", "RESOLVED"),
                        need(housing, "HOUSING", "WORKED_WITHOUT_SUCCESS"),
                        need("MENTAL_HEALTH", "IDENTIFIED")),
                START.plusMonths(18));
        third.put("categoryChangeReason", "NEW_OR_ENTRENCHED_BARRIERS");
        Map<String, Object> v3 = complete(caseId, third, fm());
        assertThat(v3).containsEntry("resubmissionOn", "2027-09-02");

        Map<String, Object> p12 = get("/api/cases/" + caseId + "/progress?from=1&to=2", fm());
        assertThat((List<Map<String, Object>>) p12.get("resolved"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");
        assertThat(p12).containsEntry("profileDirection", "UP").containsEntry("fromProfile", "E");
        Map<String, Object> p23 = get("/api/cases/" + caseId + "/progress?from=2&to=3", fm());
        assertThat((List<Map<String, Object>>) p23.get("worsened"))
                .extracting(n -> n.get("code"))
                .containsExactly("HOUSING");
        assertThat((List<Map<String, Object>>) p23.get("added"))
                .extracting(n -> n.get("code"))
                .containsExactly("MENTAL_HEALTH");
        assertThat(p23).containsEntry("profileDirection", "DOWN");
        Map<String, Object> p13 = get("/api/cases/" + caseId + "/progress", fm());
        assertThat(p13).containsEntry("fromVersion", 1).containsEntry("toVersion", 3);

        assertThat(events(caseId)).filteredOn("category-changed"::equals).hasSize(2);
        String last = transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(
                        jdbc,
                        "select payload->'payload'->>'direction' from outbox_event where aggregateid = ? and type = 'category-changed' "
                                + "order by seq desc limit 1",
                        statement -> statement.setString(1, caseId.toString()),
                        rs -> rs.getString(1))
                .get(0));
        assertThat(last).isEqualTo("DOWN");

        // … and both changes reach the broker, coded, without the FM's note
        try (TopicProbe probe = new TopicProbe("category-changed")) {
            List<ConsumerRecord<String, String>> changes =
                    probe.await(r -> caseId.toString().equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(changes)
                    .extracting(r -> {
                        Map<String, Object> payload =
                                (Map<String, Object>) readJson(r.value()).get("payload");
                        return payload.get("fromCode") + "->" + payload.get("toCode") + ":" + payload.get("direction")
                                + ":" + payload.get("reasonCode");
                    })
                    .containsExactly("E->D:UP:INTEGRATION_PROGRESS", "D->X:DOWN:NEW_OR_ENTRENCHED_BARRIERS");
            assertThat(changes).allSatisfy(r -> assertThat(r.value()).doesNotContain("Schuldenregulierung"));
        }
    }

    private static Map<String, Object> coRated(Map<String, List<Integer>> ratings) {
        Map<String, Object> body = assessment("SUPPORT", List.of(), START.plusMonths(18));
        Map<String, Object> scale = new LinkedHashMap<>();
        ratings.forEach((dimension, r) -> scale.put(dimension, Map.of("customer", r.get(0), "caseManager", r.get(1))));
        body.put("coRating", scale);
        return body;
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
                coRated(Map.of(
                        "HEALTH_AND_WELLBEING",
                        List.of(2, 2),
                        "CONFIDENCE",
                        List.of(2, 3),
                        "DAILY_STRUCTURE",
                        List.of(4, 4))),
                fm());
        clock.set(START.plusMonths(3));
        complete(caseId, coRated(Map.of("CONFIDENCE", List.of(4, 4))), fm());
        clock.set(START.plusMonths(6));
        complete(caseId, coRated(Map.of("WORK_READINESS", List.of(1, 1))), fm());

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
                            .map(r -> (Map<String, Object>) readJson(r.value()).get("payload"))
                            .sorted(java.util.Comparator.comparing(p -> (Integer) p.get("version")))
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

    @Test
    @SuppressWarnings("unchecked")
    void resubmissionsOfXYZAndEndsOfValidityAreListedForTheMonth() {
        policy("UCKERMARK_CATEGORIES", false);
        UUID x = openCase();
        UUID y = openCase();
        UUID z = openCase();
        UUID d = openCase();
        complete(x, assessment("X", List.of(), START.plusMonths(6)), fm());
        Map<String, Object> parental = assessment("Y", List.of(), START.plusMonths(12));
        parental.put("obstructionEndsOn", "2026-11-30");
        assertThat(complete(y, parental, fm())).containsEntry("resubmissionOn", "2026-08-30");
        Map<String, Object> zEarly = assessment("Z", List.of(), START.plusMonths(6));
        zEarly.put("resubmissionOn", "2026-06-15");
        complete(z, zEarly, fm());
        complete(d, assessment("D", List.of(), LocalDate.of(2026, 6, 20)), fm());
        Map<String, Object> yTooLate = assessment("Y", List.of(), START.plusMonths(12));
        yTooLate.put("obstructionEndsOn", "2026-11-30");
        yTooLate.put("resubmissionOn", "2026-09-15");
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + openCase() + "/assessments", yTooLate)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("RESUBMISSION_TOO_LATE@resubmissionOn");
        // Y without an obstructing event: after a year
        UUID yNormal = openCase();
        assertThat(complete(yNormal, assessment("Y", List.of(), START.plusMonths(12)), fm()))
                .containsEntry("resubmissionOn", "2027-03-02");
        // X and Z: a day past 6 months is too late, and nothing is written
        for (String category : List.of("X", "Z")) {
            UUID late = openCase();
            Map<String, Object> tooLate = assessment(category, List.of(), START.plusMonths(12));
            tooLate.put("resubmissionOn", "2026-09-03");
            assertThat(rules(problem(
                            HttpRequest.POST("/api/cases/" + late + "/assessments", tooLate)
                                    .bearerAuth(fm()),
                            422)))
                    .containsExactly("RESUBMISSION_TOO_LATE@resubmissionOn");
            assertThat(count("select count(*) from assessment where case_id = ?", late))
                    .isZero();
            assertThat(events(late)).isEmpty();
        }

        List<Map<String, Object>> june = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/resubmissions?month=2026-06").bearerAuth(fm()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(june)
                .extracting(e -> e.get("caseId") + ":" + e.get("kind") + ":" + e.get("dueOn"))
                .containsExactly(z + ":RESUBMISSION:2026-06-15", d + ":VALIDITY_ENDS:2026-06-20");
        clock.set(LocalDate.of(2026, 9, 10));
        List<Map<String, Object>> september = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/resubmissions").bearerAuth(tl()), Argument.listOf(JSON_OBJECT));
        assertThat(september)
                .extracting(e -> e.get("caseId") + ":" + e.get("dueOn") + ":" + e.get("overdue"))
                .contains(x + ":2026-09-02:true", y + ":2026-08-30:true", z + ":2026-06-15:true");
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/resubmissions?month=2026-06")
                                        .bearerAuth(fm("fm-jonas")),
                                Argument.listOf(JSON_OBJECT)))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherFmCannotReadProtectedNeedsTheTeamLeadCanAndEveryReadIsAudited() {
        UUID caseId = openCase();
        complete(
                caseId,
                assessment(
                        "SUPPORT",
                        List.of(need("ADDICTION", "IDENTIFIED"), need("DEBT", "IDENTIFIED")),
                        START.plusMonths(6)),
                fm());
        Map<String, Object> refused = problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest").bearerAuth(fm("fm-jonas")), 403);
        assertThat(rules(refused)).containsExactly("PROTECTED_ASSESSMENT@null");
        problem(HttpRequest.GET("/api/cases/" + caseId + "/progress").bearerAuth(fm("fm-jonas")), 403);
        problem(HttpRequest.GET("/api/cases/" + caseId + "/assessments").bearerAuth(fm("fm-jonas")), 403);

        Map<String, Object> full = get("/api/cases/" + caseId + "/assessments/latest", tl());
        assertThat((List<Map<String, Object>>) full.get("needs"))
                .extracting(n -> n.get("code"))
                .containsExactly("ADDICTION", "DEBT");
        assertThat(count(
                        "select count(*) from audit_log where case_id = ? and actor = 'tl-petra' and action = 'READ'",
                        caseId))
                .isEqualTo(1);
        // the refused attempts are on record (the 403 did not roll them back), and nothing was read
        assertThat(count(
                        "select count(*) from audit_log where case_id = ? and actor = 'fm-jonas' and action = 'DENIED' "
                                + "and resource_type in ('assessment', 'assessment-progress', 'assessment-history')",
                        caseId))
                .isEqualTo(3);
        assertThat(count(
                        "select count(*) from audit_log where case_id = ? and actor = 'fm-jonas' and action <> 'DENIED'",
                        caseId))
                .isZero();

        // the colleague sees the summary without the health-related need and without any text
        Map<String, Object> summary = get("/api/cases/" + caseId + "/assessment-summary", fm("fm-jonas"));
        assertThat(summary).containsEntry("protectedContentHidden", true);
        assertThat((List<Map<String, Object>>) summary.get("needs"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");
        assertThat(summary.toString()).doesNotContain("Beschreibung", "ADDICTION");
        assertThat(count(
                        "select count(*) from audit_log where case_id = ? and actor = 'fm-jonas' and action <> 'DENIED'",
                        caseId))
                .isZero();
        // another team or Jobcenter: nothing
        problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessment-summary")
                        .bearerAuth(TestTokens.user("fm-x", "FM")
                                .jobcenter(jobcenter)
                                .team("team-9")
                                .sign()),
                403);
        problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest")
                        .bearerAuth(TestTokens.user("fm-anna", "FM")
                                .jobcenter("jc-elsewhere")
                                .team("team-1")
                                .sign()),
                404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryHidesAHealthNeedFromTheColleagueEvenInTheCountsAndIsAuditedWhereItShowsOne() {
        UUID caseId = openCase();
        complete(
                caseId,
                assessment(
                        "SUPPORT",
                        List.of(
                                need("ADDICTION", "IDENTIFIED"),
                                need("DEBT", "IDENTIFIED"),
                                need("PHYSICAL_HEALTH", "RESOLVED")),
                        START.plusMonths(6)),
                fm());

        // the colleague: no health-related need, neither listed nor counted (open or resolved)
        Map<String, Object> hidden = get("/api/cases/" + caseId + "/assessment-summary", fm("fm-jonas"));
        assertThat(hidden).containsEntry("protectedContentHidden", true);
        assertThat((List<Map<String, Object>>) hidden.get("needs"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");
        Map<String, Map<String, Object>> hiddenCounts =
                (Map<String, Map<String, Object>>) hidden.get("openNeedsByKeyGroup");
        assertThat(hiddenCounts.get("PERFORMANCE_CAPACITY"))
                .containsEntry("open", 0)
                .containsEntry("resolved", 0);
        assertThat(hiddenCounts.get("LIVING_CONDITIONS"))
                .containsEntry("open", 1)
                .containsEntry("resolved", 0);
        assertThat(count("select count(*) from audit_log where case_id = ? and actor = 'fm-jonas'", caseId))
                .isZero();

        // the responsible FM and the TL: all of it, and the read of the health-related need is on record
        for (String token : List.of(fm(), tl())) {
            Map<String, Object> shown = get("/api/cases/" + caseId + "/assessment-summary", token);
            assertThat(shown).containsEntry("protectedContentHidden", false);
            assertThat((List<Map<String, Object>>) shown.get("needs"))
                    .extracting(n -> n.get("code"))
                    .containsExactly("ADDICTION", "DEBT", "PHYSICAL_HEALTH");
            Map<String, Map<String, Object>> counts =
                    (Map<String, Map<String, Object>>) shown.get("openNeedsByKeyGroup");
            assertThat(counts.get("PERFORMANCE_CAPACITY"))
                    .containsEntry("open", 1)
                    .containsEntry("resolved", 1);
        }
        assertThat(count(
                        "select count(*) from audit_log where case_id = ? and action = 'READ' "
                                + "and resource_type = 'assessment-summary' and actor in ('fm-anna', 'tl-petra')",
                        caseId))
                .isEqualTo(2);
    }

    @Test
    void theValidityPeriodEndsAfterTheAssessmentAndAtMost24MonthsLater() {
        UUID caseId = openCase();
        Map<String, Object> missing = assessment("SUPPORT", List.of(), START);
        missing.remove("validUntil");
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", missing)
                                .bearerAuth(fm()),
                        400)))
                .singleElement()
                .asString()
                .endsWith("@validUntil");
        for (LocalDate validUntil :
                List.of(START, START.minusDays(1), START.plusMonths(24).plusDays(1))) {
            assertThat(rules(problem(
                            HttpRequest.POST(
                                            "/api/cases/" + caseId + "/assessments",
                                            assessment("SUPPORT", List.of(), validUntil))
                                    .bearerAuth(fm()),
                            422)))
                    .containsExactly("VALIDITY_PERIOD@validUntil");
        }
        assertThat(count("select count(*) from assessment where case_id = ?", caseId))
                .isZero();
        assertThat(events(caseId)).isEmpty();

        assertThat(complete(caseId, assessment("SUPPORT", List.of(), START.plusMonths(24)), fm()))
                .containsEntry("validUntil", "2028-03-02");
    }

    @Test
    @SuppressWarnings("unchecked")
    void u25CasesNameTheFirstKeyGroupAsSchoolQualification() {
        Map<String, Object> u25 = get("/api/catalogue?ageGroup=U25", fm());
        Map<String, Object> ue25 = get("/api/catalogue", fm());
        assertThat(((List<Map<String, Object>>) u25.get("keyGroups")).get(0))
                .containsEntry("code", "PROFESSIONAL_COMPETENCE")
                .containsEntry("label", "Schulische Qualifikation / berufliche Kompetenz");
        assertThat(((List<Map<String, Object>>) ue25.get("keyGroups")).get(0))
                .containsEntry("code", "PROFESSIONAL_COMPETENCE")
                .containsEntry("label", "Berufliche Kompetenz");

        // the case's own age group comes with every view, so its needs are labelled by it
        UUID young = openCase("U25");
        UUID older = openCase("UE25");
        assertThat(complete(
                        young,
                        assessment("DEVELOPMENT", List.of(need("SCHOOL_EDUCATION", "IDENTIFIED")), START.plusMonths(6)),
                        fm()))
                .containsEntry("ageGroup", "U25");
        complete(
                older,
                assessment("DEVELOPMENT", List.of(need("SCHOOL_EDUCATION", "IDENTIFIED")), START.plusMonths(6)),
                fm());
        assertThat(get("/api/cases/" + young + "/assessments/latest", fm())).containsEntry("ageGroup", "U25");
        assertThat(get("/api/cases/" + young + "/assessment-summary", fm("fm-jonas")))
                .containsEntry("ageGroup", "U25");
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/cases/" + young + "/assessments")
                                        .bearerAuth(tl()),
                                Argument.listOf(JSON_OBJECT)))
                .extracting(v -> v.get("ageGroup"))
                .containsExactly("U25");
        assertThat(get("/api/cases/" + older + "/assessments/1", fm())).containsEntry("ageGroup", "UE25");
        assertThat(get("/api/cases/" + older + "/assessment-summary", fm("fm-jonas")))
                .containsEntry("ageGroup", "UE25");
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSpecificHealthCodeEverReachesAnEvent() {
        UUID caseId = openCase();
        List<String> health = Arrays.stream(NeedCode.values())
                .filter(NeedCode::healthRelated)
                .map(Enum::name)
                .toList();
        List<Map<String, Object>> first = new ArrayList<>();
        health.forEach(code -> first.add(need(code, "IDENTIFIED")));
        first.add(need("DEBT", "IDENTIFIED"));
        Map<String, Object> v1 = complete(caseId, assessment("STABILISATION", first, START.plusMonths(6)), fm());

        // every need changes status, the profile moves: all three events, health-related needs among them
        clock.set(START.plusMonths(3));
        List<Map<String, Object>> second = new ArrayList<>();
        ((List<Map<String, Object>>) v1.get("needs"))
                .forEach(n -> second.add(need(n.get("needId"), (String) n.get("code"), "IN_PROGRESS")));
        Map<String, Object> next = assessment("SUPPORT", second, START.plusMonths(9));
        next.put("categoryChangeReason", "NEW_OR_ENTRENCHED_BARRIERS");
        next.put("categoryChangeNote", "Klinikaufenthalt");
        complete(caseId, next, fm());

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
                            .map(r -> (String)
                                    ((Map<String, Object>) readJson(r.value()).get("payload")).get("needCode")))
                    .containsOnly("HEALTH_RELATED", "DEBT")
                    .filteredOn("HEALTH_RELATED"::equals)
                    .hasSize(2 * health.size());
        }
    }

    @Test
    void aDeputyReadsProtectedContentOnlyWithTheCustomersAgreementWhereThePolicyAsks() {
        policy("BA_PROFILES", true);
        UUID caseId = openCase();
        complete(
                caseId, assessment("SUPPORT", List.of(need("MENTAL_HEALTH", "IDENTIFIED")), START.plusMonths(6)), fm());
        deputy(caseId, false, Instant.parse("2026-03-02T10:00:00Z"));
        problem(HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest").bearerAuth(fm("fm-jonas")), 403);
        deputy(caseId, true, Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(get("/api/cases/" + caseId + "/assessments/latest", fm("fm-jonas")))
                .containsEntry("version", 1);
        clock.set(START.plusDays(30));
        problem(HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest").bearerAuth(fm("fm-jonas")), 403);
    }

    private void deputy(UUID caseId, boolean agreed, Instant at) {
        intake.publish(
                jobcenter,
                caseId,
                EventFixtures.deputyStarted()
                        .caseId(caseId)
                        .assignedAt(at)
                        .validFrom(START)
                        .validUntil(START.plusDays(14))
                        .customerAgreed(agreed)
                        .policyVersion(2)
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_reference where case_id = ? "
                                        + "and deputy_customer_agreed = ?",
                                caseId,
                                agreed)
                        == 1);
    }

    @Test
    void aClosedCaseGetsNoNewVersionAndBadInputNamesTheField() {
        UUID caseId = openCase();
        Map<String, Object> noLink = assessment("SUPPORT", List.of(), START.plusMonths(6));
        Map<String, Object> unlinked = need("DEBT", "IDENTIFIED");
        unlinked.put("linkedToTargetOccupation", false);
        noLink.put("needs", List.of(unlinked));
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", noLink)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NEED_WITHOUT_LINK@needs[0].linkReason");
        Map<String, Object> badCode =
                assessment("SUPPORT", List.of(need("ASTROLOGY", "IDENTIFIED")), START.plusMonths(6));
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", badCode)
                                .bearerAuth(fm()),
                        400)))
                .containsExactly("type@needs.code");
        Map<String, Object> badRating = assessment("SUPPORT", List.of(), START.plusMonths(6));
        badRating.put("coRating", Map.of("CONFIDENCE", Map.of("customer", 7, "caseManager", 3)));
        assertThat(problem(
                                HttpRequest.POST("/api/cases/" + caseId + "/assessments", badRating)
                                        .bearerAuth(fm()),
                                400)
                        .toString())
                .contains("coRating");
        assertThat(count("select count(*) from assessment where case_id = ?", caseId))
                .isZero();

        intake.publish(
                jobcenter,
                caseId,
                EventFixtures.caseClosed()
                        .caseId(caseId)
                        .reasonCode("DECEASED")
                        .closedOn(START.plusDays(1))
                        .durationDays(1)
                        .integration(false)
                        .handoverRecorded(false)
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_reference where case_id = ? " + "and closed_on is not null",
                                caseId)
                        == 1);
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/assessments",
                                        assessment("SUPPORT", List.of(), START.plusMonths(6)))
                                .bearerAuth(fm()),
                        409)))
                .containsExactly("CASE_CLOSED@null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNulInTheTargetOccupationOrANeedDescriptionIsRefusedBeforeAnythingIsWritten() {
        UUID caseId = openCase();
        Map<String, Object> body = assessment("SUPPORT", List.of(need("DEBT", "IDENTIFIED")), START.plusMonths(6));
        body.put("targetOccupation", Map.of("title", "Fachlager\u0000ist/in", "kldbCode", "51311"));
        ((List<Map<String, Object>>) body.get("needs")).get(0).put("description", "Schulden\u0000beratung");
        body.put("categoryChangeNote", "Zeile 1\nZeile 2");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", body)
                                .bearerAuth(fm()),
                        400),
                "targetOccupation.title",
                "needs[0].description");
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/cases/" + caseId + "/assessments")
                                .bearerAuth(fm())))
                .isEqualTo("[]");
        assertThat(events(caseId)).isEmpty();

        // a title is one line; the need's description may span lines
        body.put("targetOccupation", Map.of("title", "Fachlagerist/in\n(Teilzeit)", "kldbCode", "51311"));
        ((List<Map<String, Object>>) body.get("needs")).get(0).put("description", "Schulden:\n- Miete\n- Strom");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", body)
                                .bearerAuth(fm()),
                        400),
                "targetOccupation.title");
        body.put("targetOccupation", Map.of("title", "Fachlagerist/in (Teilzeit)", "kldbCode", "51311"));
        assertThat(complete(caseId, body, fm())).containsEntry("version", 1);
        assertThat(get("/api/cases/" + caseId + "/assessments/latest", fm()).toString())
                .contains("Schulden:\n- Miete\n- Strom");
    }

    @Test
    void anOlderPolicyVersionArrivingLateDoesNotReplaceANewerOne() {
        intake.publishKeyed(
                jobcenter,
                jobcenter,
                new PolicyChanged(
                        3, "UCKERMARK", START, Map.of("profileScheme", "UCKERMARK_CATEGORIES"), Instant.now()));
        UUID late = intake.publishKeyed(
                        jobcenter,
                        jobcenter,
                        new PolicyChanged(2, "TAH", START, Map.of("profileScheme", "BA_PROFILES"), Instant.now()))
                .eventId();
        // the late version 2 was consumed …
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from inbox_event "
                                        + "where consumer = 'policy-reference' and event_id = ?",
                                late)
                        == 1);
        // … and left version 3 in place
        assertThat(count("select policy_version from policy_reference where jobcenter_id = ?", jobcenter))
                .isEqualTo(3);
        UUID caseId = openCase();
        assertThat(complete(caseId, assessment("D", List.of(), START.plusMonths(6)), fm()))
                .containsEntry("scheme", "UCKERMARK_CATEGORIES");
    }

    @Test
    void householdMembersAssessmentsAreReferencedNotCopied() {
        UUID mother = openCase();
        UUID son = openCase();
        complete(
                son,
                assessment("DEVELOPMENT", List.of(need("VOCATIONAL_TRAINING", "IDENTIFIED")), START.plusMonths(6)),
                fm());
        Map<String, Object> withHousehold =
                assessment("SUPPORT", List.of(need("CHILDCARE", "IDENTIFIED")), START.plusMonths(6));
        withHousehold.put("householdCaseIds", List.of(son));
        Map<String, Object> completed = complete(mother, withHousehold, fm());
        assertThat(completed).containsEntry("householdCaseIds", List.of(son.toString()));
        assertThat(completed.toString()).doesNotContain("VOCATIONAL_TRAINING");
        withHousehold.put("householdCaseIds", List.of(UUID.randomUUID()));
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + openCase() + "/assessments", withHousehold)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("UNKNOWN_HOUSEHOLD_CASE@householdCaseIds");
    }

    @Test
    void withoutATokenOrWithTheWrongRoleNothingIsShown() {
        UUID caseId = openCase();
        try {
            client.toBlocking().retrieve(HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest"));
            throw new AssertionError("no token accepted");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
        problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest")
                        .bearerAuth(TestTokens.user("mgmt", "MANAGEMENT")
                                .jobcenter(jobcenter)
                                .sign()),
                403);
        problem(
                HttpRequest.POST(
                                "/api/cases/" + caseId + "/assessments",
                                assessment("SUPPORT", List.of(), START.plusMonths(6)))
                        .bearerAuth(TestTokens.user("av-bernd", "AV")
                                .jobcenter(jobcenter)
                                .sign()),
                403);
    }
}
