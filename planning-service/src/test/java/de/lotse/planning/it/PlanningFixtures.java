package de.lotse.planning.it;

import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Planning on the real broker and database: cases, policies and assessments arrive as the other
 * services' events, the FM works through the API, planning's events leave through the outbox.
 */
abstract class PlanningFixtures extends UpstreamEventsIT {
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    MutableClock clock;

    @Override
    protected String service() {
        return "planning";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @Override
    protected void onNewJobcenter() {
        clock.set(START);
    }

    // --- the other services' side

    UUID openCase(LocalDate maxDurationEndsOn, LocalDate minorUntil) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(START)
                        .admittedAt(START.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(START)
                        .maxDurationEndsOn(maxDurationEndsOn)
                        .minorUntil(minorUntil)
                        .build());
        awaitCaseReference(caseId, c -> c.get("admittedOn") != null);
        return caseId;
    }

    UUID openCase() {
        return openCase(START.plusMonths(24), null);
    }

    void deputy(UUID caseId, String deputy, boolean customerAgreed) {
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.deputyStarted()
                        .caseId(caseId)
                        .caseManagerId(deputy)
                        .validFrom(START)
                        .validUntil(START.plusYears(5))
                        .customerAgreed(customerAgreed)
                        .build());
        awaitCaseReference(
                caseId,
                c -> deputy.equals(c.get("deputyId"))
                        && Boolean.valueOf(customerAgreed).equals(c.get("deputyCustomerAgreed")));
    }

    void close(UUID caseId, LocalDate on) {
        close(caseId, on, (LocalDate) null);
    }

    /** Closed after an integration, with the after-care period agreed at closure, if any. */
    void close(UUID caseId, LocalDate on, LocalDate afterCareUntil) {
        close(caseId, on, "INTEGRATION", true, afterCareUntil);
    }

    /** Closed for another reason than an integration (e.g. MOVED): no after-care, no sustainability check. */
    void close(UUID caseId, LocalDate on, String reasonCode) {
        close(caseId, on, reasonCode, false, null);
    }

    private void close(UUID caseId, LocalDate on, String reasonCode, boolean integration, LocalDate afterCareUntil) {
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseClosed()
                        .caseId(caseId)
                        .reasonCode(reasonCode)
                        .closedOn(on)
                        .durationDays(100)
                        .integration(integration)
                        .handoverRecorded(integration)
                        .afterCareUntil(afterCareUntil)
                        .build());
        awaitCaseReference(caseId, c -> c.get("closedOn") != null);
    }

    void policy(Map<String, String> settings) {
        policy(2, START, settings);
    }

    /** Two open needs and the assessment that found them; returns the need ids. */
    List<UUID> assessed(UUID caseId, String category, Instant completedAt, String... keyGroups) {
        List<UUID> needs = new ArrayList<>();
        for (String group : keyGroups) {
            UUID needId = UUID.randomUUID();
            needs.add(needId);
            upstream.publish(
                    jobcenter,
                    caseId,
                    NeedStatusChanged.builder()
                            .caseId(caseId)
                            .needId(needId)
                            .keyGroup(group)
                            .needCode("CODE_" + group)
                            .toStatus("IDENTIFIED")
                            .changedAt(completedAt)
                            .build());
        }
        assessment(caseId, 1, category, completedAt);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> needsOnThePlan(caseId).size() == keyGroups.length);
        return needs;
    }

    void assessment(UUID caseId, int version, String category, Instant completedAt) {
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.assessmentCompleted()
                        .caseId(caseId)
                        .version(version)
                        .prognosisHorizonMonths(18)
                        .profileCode(null)
                        .categoryCode(category)
                        .validUntil(START.plusMonths(6))
                        .completedAt(completedAt)
                        .assessedOn(START)
                        .build());
        // the API shows an assessment only on an agreement concluded on it: the projection is waited for here
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_assessment where case_id = :caseId "
                                        + "and version = :version",
                                Params.of("caseId", caseId).and("version", version))
                        == 1);
    }

    /** Waits until planning knows the case as the case-reference endpoint shows it (unaudited: ids and codes). */
    void awaitCaseReference(UUID caseId, Predicate<Map<String, Object>> arrived) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> caseReference(caseId).filter(arrived).isPresent());
    }

    Optional<Map<String, Object>> caseReference(UUID caseId) {
        try {
            return Optional.of(get("/api/case-references/" + caseId, tl()));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The case's needs as the plan shows them, read by a team lead who takes no part in the tests' cases (each
     * read is audited: under an identity of its own, it leaves the audit counts the tests assert alone).
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> needsOnThePlan(UUID caseId) {
        String reader = TestTokens.user("tl-needs-reader", "TL")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
        return (List<Map<String, Object>>)
                get("/api/cases/" + caseId + "/plan", reader).getOrDefault("needs", List.of());
    }

    /**
     * Waits until the Jobcenter's letterhead (directory-changed) has arrived: the API shows it only on a printed
     * agreement, and each print is audited.
     */
    void awaitLetterhead() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from jobcenter_record where jobcenter_id = :jobcenterId",
                                Params.of("jobcenterId", jobcenter))
                        == 1);
    }

    /** Whether planning's inbox has taken the event (idempotency: no API shows which deliveries were consumed). */
    boolean consumed(UUID eventId) {
        return count("select count(*) from inbox_event where event_id = :eventId", Params.of("eventId", eventId)) == 1;
    }

    // --- the case and its needs, as intake and assessment publish them

    UUID admitted(LocalDate on) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(on)
                        .admittedAt(on.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(on)
                        .maxDurationEndsOn(on.plusMonths(24))
                        .build());
        awaitCaseReference(caseId, c -> c.get("admittedOn") != null);
        return caseId;
    }

    /** A need as assessment's import publishes it: its id derived from the case and its sourceId. */
    void need(UUID caseId, String sourceId, String keyGroup) {
        upstream.publish(
                jobcenter,
                caseId,
                NeedStatusChanged.builder()
                        .caseId(caseId)
                        .needId(de.lotse.platform.importing.ImportedIds.itemId(caseId, "need", sourceId))
                        .keyGroup(keyGroup)
                        .needCode("HOUSING")
                        .toStatus("IDENTIFIED")
                        .changedAt(START.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> needsOnThePlan(caseId).size() == 1);
    }

    List<String> payloads(UUID caseId, String type) {
        return transactions.executeRead(status -> statements.query(
                "select payload::text from outbox_event where aggregateid = :caseId and type = :type order by seq",
                Params.of("caseId", caseId.toString()).and("type", type),
                rs -> rs.getString(1)));
    }

    // --- tokens and requests

    String fm() {
        return fm("fm-anna");
    }

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

    Map<String, Object> post(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON_OBJECT);
    }

    Map<String, Object> put(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.PUT(path, body).bearerAuth(token), JSON_OBJECT);
    }

    /** The FM saves a complete plan (version 0: the case's first) for the needs. */
    Map<String, Object> savePlan(UUID caseId, List<UUID> needs) {
        return put("/api/cases/" + caseId + "/plan", PlanningRequests.plan(0, needs, START), fm());
    }

    Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    static List<String> rules(Map<String, Object> problem) {
        List<String> rules = new ArrayList<>();
        ((List<Map<String, Object>>) problem.getOrDefault("violations", List.of()))
                .forEach(v -> rules.add(v.get("rule") + "@" + v.get("field")));
        return rules;
    }

    List<String> events(UUID caseId) {
        return outboxTypes(caseId);
    }

    String lastPayload(UUID caseId, String type) {
        return transactions.executeRead(status -> statements
                .query(
                        "select payload::text from outbox_event "
                                + "where aggregateid = :caseId and type = :type order by seq desc limit 1",
                        Params.of("caseId", caseId.toString()).and("type", type),
                        rs -> rs.getString(1))
                .get(0));
    }

    // --- the audit trail: only the audit_log shows it (no API lists who read what)

    long audits(UUID caseId, String actor, String action, String resourceType) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and action = :action "
                        + "and resource_type = :resourceType",
                Params.of("caseId", caseId)
                        .and("actor", actor)
                        .and("action", action)
                        .and("resourceType", resourceType));
    }

    /** Audit entries of one actor on a case other than refusals: what the actor got to see or change. */
    long auditsOtherThanDenied(UUID caseId, String actor) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and action <> 'DENIED'",
                Params.of("caseId", caseId).and("actor", actor));
    }

    /** Audit entries of a work list read that named the case (resource types {@code worklist-...}). */
    long worklistAudits(UUID caseId, String actor, String worklist) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and resource_type = :resourceType",
                Params.of("caseId", caseId).and("actor", actor).and("resourceType", "worklist-" + worklist));
    }

    /** Audit entries of one actor on a case whose recorded purpose contains the words. */
    long auditsWithPurpose(UUID caseId, String actor, String purposeContains) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor "
                        + "and purpose like '%' || :purpose || '%'",
                Params.of("caseId", caseId).and("actor", actor).and("purpose", purposeContains));
    }
}
