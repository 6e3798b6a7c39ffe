package de.lotse.planning.it;

import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_reference where case_id = :caseId "
                                        + "and admitted_on is not null",
                                Params.of("caseId", caseId))
                        == 1);
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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_reference where case_id = :caseId "
                                        + "and deputy_id = :deputyId and deputy_customer_agreed = :deputyCustomerAgreed",
                                Params.of("caseId", caseId)
                                        .and("deputyId", deputy)
                                        .and("deputyCustomerAgreed", customerAgreed))
                        == 1);
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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_reference where case_id = :caseId "
                                        + "and closed_on is not null",
                                Params.of("caseId", caseId))
                        == 1);
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
                .until(() ->
                        count("select count(*) from case_need where case_id = :caseId", Params.of("caseId", caseId))
                                == keyGroups.length);
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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from case_assessment where case_id = :caseId "
                                        + "and version = :version",
                                Params.of("caseId", caseId).and("version", version))
                        == 1);
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

    long audits(UUID caseId, String actor, String action, String resourceType) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and actor = :actor and action = :action "
                        + "and resource_type = :resourceType",
                Params.of("caseId", caseId)
                        .and("actor", actor)
                        .and("action", action)
                        .and("resourceType", resourceType));
    }
}
