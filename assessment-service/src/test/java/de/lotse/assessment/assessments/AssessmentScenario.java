package de.lotse.assessment.assessments;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The shared setup of the assessment scenarios on the real broker and database: a fresh Jobcenter per test
 * on a clock set to {@link #START}, cases, deputies and policies arriving as intake's events, the FM, colleague
 * and TL tokens, and the requests of the assessment API.
 */
abstract class AssessmentScenario extends UpstreamEventsIT {
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    MutableClock clock;

    @Override
    protected String service() {
        return "assessment";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @Override
    protected void onNewJobcenter() {
        clock.set(START);
    }

    // --- intake's side

    UUID openCase() {
        return openCase("UE25");
    }

    UUID openCase(String ageGroup) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .ageGroup(ageGroup)
                        .admittedOn(START)
                        .admittedAt(Instant.parse("2026-03-02T09:00:00Z"))
                        .durationStartOn(START)
                        .build());
        awaitCaseReference(caseId, reference -> reference.get("admittedOn") != null);
        return caseId;
    }

    /** Waits until the case as assessment knows it ({@code GET /api/case-references/{caseId}}) shows the event. */
    void awaitCaseReference(UUID caseId, Predicate<Map<String, Object>> arrived) {
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptionsInstanceOf(HttpClientResponseException.class) // 404 until case-opened arrived
                .until(() -> arrived.test(get("/api/case-references/" + caseId, fm())));
    }

    void policy(String scheme, boolean deputyNeedsAgreement) {
        policy(
                2,
                START,
                Map.of("profileScheme", scheme, "deputyNeedsCustomerAgreement", String.valueOf(deputyNeedsAgreement)));
    }

    void deputy(UUID caseId, boolean agreed, Instant at) {
        upstream.publish(
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
        awaitCaseReference(caseId, reference -> Boolean.valueOf(agreed).equals(reference.get("deputyCustomerAgreed")));
    }

    void closeCase(UUID caseId) {
        upstream.publish(
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
        awaitCaseReference(caseId, reference -> reference.get("closedOn") != null);
    }

    // --- tokens

    /** The responsible FM of every case here. */
    String fm() {
        return fm("fm-anna");
    }

    /** An FM of the same team (a colleague of the responsible FM, or the deputy). */
    String fm(String subject) {
        return TestTokens.user(subject, "FM")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
    }

    String tl() {
        return TestTokens.user("tl-petra", "TL")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
    }

    // --- requests

    Map<String, Object> complete(UUID caseId, AssessmentRequests.Assessment assessment) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", assessment.body())
                                .bearerAuth(fm()),
                        JSON_OBJECT);
    }

    /** Completing the assessment is refused with {@code status}; the problem's body. */
    Map<String, Object> refused(UUID caseId, AssessmentRequests.Assessment assessment, int status) {
        return problem(
                HttpRequest.POST("/api/cases/" + caseId + "/assessments", assessment.body())
                        .bearerAuth(fm()),
                status);
    }

    Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    /** The versions of the case's assessment the responsible FM sees: none after a refused request. */
    List<Map<String, Object>> versions(UUID caseId) {
        return list("/api/cases/" + caseId + "/assessments", fm());
    }

    List<Map<String, Object>> list(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Argument.listOf(JSON_OBJECT));
    }

    /** The violations of a problem as {@code rule@field}. */
    @SuppressWarnings("unchecked")
    static List<String> rules(Map<String, Object> problem) {
        List<String> rules = new ArrayList<>();
        ((List<Map<String, Object>>) problem.getOrDefault("violations", List.of()))
                .forEach(v -> rules.add(v.get("rule") + "@" + v.get("field")));
        return rules;
    }

    Map<String, Object> readJson(String value) {
        try {
            return json.readValue(value, JSON_OBJECT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> payload(String eventJson) {
        return (Map<String, Object>) readJson(eventJson).get("payload");
    }

    // --- what only the tables show: the audit trail (no API lists who read or was refused what) and the inbox

    /** Audit entries of one user on the case, whatever the action. */
    long audits(UUID caseId, String actor) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor",
                Params.of("caseId", caseId).and("actor", actor));
    }

    /** Audit entries of one user on the case with the action (READ, DENIED, ...). */
    long audits(UUID caseId, String actor, String action) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and action = :action",
                Params.of("caseId", caseId).and("actor", actor).and("action", action));
    }

    /** What one user got to see or change on the case: audit entries other than refusals. */
    long auditsOtherThanDenied(UUID caseId, String actor) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and action <> 'DENIED'",
                Params.of("caseId", caseId).and("actor", actor));
    }

    /** Refusals of one user on the case, of the resource types named. */
    long refusals(UUID caseId, String actor, String... resourceTypes) {
        return java.util.Arrays.stream(resourceTypes)
                .mapToLong(type -> count(
                        "select count(*) from audit_log where case_id = :caseId and actor = :actor "
                                + "and action = 'DENIED' and resource_type = :resourceType",
                        Params.of("caseId", caseId).and("actor", actor).and("resourceType", type)))
                .sum();
    }

    /** Reads of one user of the resource type on the case. */
    long reads(UUID caseId, String resourceType, String actor) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and action = 'READ' "
                        + "and resource_type = :resourceType",
                Params.of("caseId", caseId).and("actor", actor).and("resourceType", resourceType));
    }

    /** Whether the consumer's inbox has taken the event (only the inbox shows an event handled without effect). */
    boolean consumed(String consumer, UUID eventId) {
        return count(
                        "select count(*) from inbox_event where consumer = :consumer and event_id = :eventId",
                        Params.of("consumer", consumer).and("eventId", eventId))
                == 1;
    }
}
