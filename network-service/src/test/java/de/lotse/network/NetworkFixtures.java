package de.lotse.network;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.TopicProbe;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * network-service on the real broker and database: cases arrive as intake's events, staff and
 * partners work through the API, events leave through the outbox.
 */
public abstract class NetworkFixtures extends UpstreamEventsIT {

    @Override
    protected String service() {
        return "network";
    }

    protected UUID openCase() {
        return openCase(jobcenter);
    }

    /** A case of another Jobcenter than the test's own. */
    protected UUID openCase(String jobcenterId) {
        UUID caseId = UUID.randomUUID();
        LocalDate today = Today.inBerlin();
        upstream.publish(
                jobcenterId,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(today)
                        .durationStartOn(today)
                        .build());
        awaitCaseReference(jobcenterId, caseId, reference -> reference.get("admittedOn") != null);
        return caseId;
    }

    /** Waits until the case as network knows it ({@code GET /api/case-references/{caseId}}) shows intake's event. */
    protected void awaitCaseReference(String jobcenterId, UUID caseId, Predicate<Map<String, Object>> arrived) {
        String token = TestTokens.user("fm-anna", "FM")
                .jobcenter(jobcenterId)
                .team("team-1")
                .sign();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptionsInstanceOf(HttpClientResponseException.class) // 404 until case-opened arrived
                .until(() -> arrived.test(get("/api/case-references/" + caseId, token)));
    }

    /**
     * The envelopes published on {@code topic} under {@code key} (the case id, or the partner id for partner
     * events), once at least {@code count} arrived, plus any arriving within a second after.
     */
    protected List<Map<String, Object>> published(String topic, String key, int count) {
        try (TopicProbe probe = new TopicProbe(topic)) {
            probe.await(r -> key.equals(r.key()), count, Duration.ofSeconds(30));
            return probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> key.equals(r.key()))
                    .map(r -> readJson(r.value()))
                    .toList();
        }
    }

    private Map<String, Object> readJson(String value) {
        try {
            return json.readValue(value, JSON_OBJECT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected String fm() {
        return fm("fm-anna");
    }

    protected String fm(String subject) {
        return TestTokens.user(subject, "FM")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
    }

    protected String tl() {
        return TestTokens.user("tl-petra", "TL")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
    }

    protected static String partnerToken(String partnerId) {
        return TestTokens.user("partner-" + partnerId.substring(0, 8), "PARTNER")
                .partner(partnerId)
                .sign();
    }

    protected Map<String, Object> post(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON_OBJECT);
    }

    protected Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    protected String partner(String name, String service) {
        return post(
                        "/api/partners",
                        Map.of(
                                "name",
                                name,
                                "type",
                                "COUNSELLING_AGENCY",
                                "services",
                                List.of(service),
                                "locations",
                                List.of("Berliner Allee 1"),
                                "contactPersons",
                                List.of(Map.of("name", "Frau Berger", "email", "berger@beratung.example"))),
                        tl())
                .get("id")
                .toString();
    }

    protected String form() {
        return post(
                        "/api/consent-forms",
                        Map.of(
                                "code",
                                "SPE_BERATUNG",
                                "text",
                                "Ich entbinde … von der Schweigepflicht",
                                "scopes",
                                List.of(
                                        "APPOINTMENT_ATTENDANCE",
                                        "PARTICIPATION_DATES",
                                        "COMPLETION_OR_ABORT",
                                        "CONTACT_DETAILS"),
                                "purposes",
                                List.of("SUCHTBERATUNG", "SCHULDNERBERATUNG")),
                        tl())
                .get("id")
                .toString();
    }

    protected static Map<String, Object> declaration(
            String partnerId, String formId, String decision, List<String> scopes) {
        Map<String, Object> body = new HashMap<>(
                Map.of("partnerId", partnerId, "formId", formId, "decision", decision, "channel", "WRITTEN"));
        if ("GIVEN".equals(decision)) {
            body.putAll(Map.of(
                    "scopes",
                    scopes,
                    "purposeCode",
                    "SUCHTBERATUNG",
                    "validUntil",
                    Today.inBerlin().plusMonths(6).toString(),
                    "documentRef",
                    "Akte 4711/Bl. 12"));
        }
        return body;
    }

    /** A given consent for the partner; returns its id. */
    protected String consent(UUID caseId, String partnerId, List<String> scopes) {
        return post("/api/cases/" + caseId + "/consents", declaration(partnerId, form(), "GIVEN", scopes), fm())
                .get("id")
                .toString();
    }

    /** A referral to the partner for the service, without customer details or due date (tests add those). */
    protected static Map<String, Object> referral(String partnerId, String service) {
        return new HashMap<>(Map.of("partnerId", partnerId, "service", service));
    }

    /** A referral that passes the customer's name on to the partner. */
    protected static Map<String, Object> referral(String partnerId, String service, String customerName) {
        Map<String, Object> body = referral(partnerId, service);
        body.put("customer", Map.of("name", customerName));
        return body;
    }

    /** The FM refers the case; returns the referral's id. */
    protected String refer(UUID caseId, Map<String, Object> referral) {
        return post("/api/cases/" + caseId + "/referrals", referral, fm())
                .get("id")
                .toString();
    }

    /**
     * The partners' accesses to the case as the disclosure report (Art. 15 DSGVO) shows them to the customer:
     * {@code at, partnerUser, action, referralId, basis}. Refusals name no case and are not listed there.
     */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> partnerAccesses(UUID caseId) {
        return (List<Map<String, Object>>)
                get("/api/cases/" + caseId + "/disclosure-report", fm()).getOrDefault("partnerAccesses", List.of());
    }

    /** The partners' accesses to the referral on the disclosure report that rested on the basis (e.g. the consent). */
    protected long partnerAccesses(UUID caseId, String referralId, String basis) {
        return partnerAccesses(caseId).stream()
                .filter(a -> referralId.equals(a.get("referralId")) && basis.equals(a.get("basis")))
                .count();
    }

    // --- the audit trail beyond the disclosure report: only the audit_log shows it (no API lists staff reads,
    // refusals or calls that name no case)

    /** Audit entries on the case for the resource type (e.g. staff reading the consents). */
    protected long audits(UUID caseId, String resourceType) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and resource_type = :resourceType",
                Params.of("caseId", caseId).and("resourceType", resourceType));
    }

    /** Refused calls on the resource (a refusal is recorded without the case). */
    protected long refusals(String resourceId) {
        return count(
                "select count(*) from audit_log where resource_id = :resourceId and action = 'DENIED'",
                Params.of("resourceId", resourceId));
    }

    /** Audit entries of one user, whatever the action. */
    protected long auditsOf(String actor) {
        return count("select count(*) from audit_log where actor = :actor", Params.of("actor", actor));
    }

    /** Audit entries of one user with the action (LIST, READ, DENIED, ...). */
    protected long auditsOf(String actor, String action) {
        return count(
                "select count(*) from audit_log where actor = :actor and action = :action",
                Params.of("actor", actor).and("action", action));
    }

    /** Refusals of one user's calls answered with the HTTP status (recorded as "... abgelehnt: HTTP 429"). */
    protected long refusalsWithStatus(String actor, int status) {
        return count(
                "select count(*) from audit_log where actor = :actor and action = 'DENIED' and purpose like :purpose",
                Params.of("actor", actor).and("purpose", "%HTTP " + status));
    }

    /**
     * All events in network's outbox, of every test: "nothing was published" for a refused request that names no
     * case or partner the outbox could be asked about.
     */
    protected long eventsInTheOutbox() {
        return count("select count(*) from outbox_event");
    }

    protected List<String> events(UUID caseId) {
        return outboxTypes(caseId);
    }

    @SuppressWarnings("unchecked")
    protected static List<String> rules(Map<String, Object> problem) {
        List<String> rules = new ArrayList<>();
        ((List<Map<String, Object>>) problem.getOrDefault("violations", List.of()))
                .forEach(v -> rules.add(v.get("rule") + "@" + v.get("field")));
        return rules;
    }
}
