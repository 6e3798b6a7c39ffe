package de.lotse.planning.it;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The integration plan and its agreement through the API, with the events and the audit trail. */
@MicronautTest(transactional = false)
class PlanAgreementIT extends PlanningFixtures {

    private static Map<String, Object> plan(long version, List<UUID> needs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put(
                "leadGoal",
                Map.of("text", "Arbeit als Fachlagerist in Teilzeit", "targetCategory", "PROFESSIONAL_COMPETENCE"));
        UUID goal = UUID.randomUUID();
        body.put(
                "intermediateGoals",
                List.of(Map.of("id", goal, "text", "Wohnung gesichert", "targetDate", "2026-06-30")));
        body.put(
                "strategies",
                needs.stream()
                        .map(need ->
                                Map.of("needId", need, "text", "Strategie für " + need, "intermediateGoalId", goal))
                        .toList());
        body.put(
                "steps",
                List.of(Map.of(
                        "text",
                        "Termin bei der Schuldnerberatung vereinbaren",
                        "owner",
                        "CUSTOMER",
                        "dueOn",
                        "2026-03-20")));
        return body;
    }

    /** A Kooperationsplan: the form in force on its date (docs/domain.md §15), so no type is sent. */
    private static Map<String, Object> einv() {
        return Map.of(
                "validUntil",
                START.plusMonths(6).toString(),
                "jobcenterServices",
                List.of("Übernahme der Fahrtkosten zur Beratung"),
                "customerObligations",
                List.of("Sie nehmen den Termin bei der Schuldnerberatung wahr."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanIsRejectedAsIncompleteWhileANeedHasNoStrategyAndAgreedOnceEveryNeedHasOne() {
        UUID caseId = openCase();
        List<UUID> needs = assessed(
                caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "LIVING_CONDITIONS", "PERFORMANCE_CAPACITY");

        Map<String, Object> draft = client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs.subList(0, 1)))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        assertThat(draft).containsEntry("complete", false).containsEntry("version", 1);
        assertThat((List<Map<String, Object>>) draft.get("needsWithoutStrategy"))
                .extracting(n -> n.get("needId"))
                .containsExactly(needs.get(1).toString());

        Map<String, Object> refused = problem(
                HttpRequest.POST("/api/cases/" + caseId + "/agreements", einv()).bearerAuth(fm()), 422);
        assertThat(rules(refused)).containsExactly("NEED_WITHOUT_STRATEGY@strategies");
        // the need is named in the users' words (its key group), never by its id; the draft lists the ids
        assertThat(refused.get("violations").toString())
                .contains("Für einen offenen Handlungsbedarf (")
                .doesNotContain(needs.get(1).toString());
        assertThat(events(caseId)).doesNotContain("plan-agreed");

        Map<String, Object> complete = client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(1, needs))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        assertThat(complete).containsEntry("complete", true).containsEntry("version", 2);
        assertThat((List<Map<String, Object>>) complete.get("strategies"))
                .extracting(s -> s.get("keyGroup"))
                .containsExactly("LIVING_CONDITIONS", "PERFORMANCE_CAPACITY");

        Map<String, Object> agreement = post("/api/cases/" + caseId + "/agreements", einv(), fm());
        assertThat(agreement)
                .containsEntry("type", "KOOPERATIONSPLAN")
                .containsEntry("validUntil", "2026-09-02")
                .containsEntry("reviewOn", "2026-09-02");
        assertThat(events(caseId)).containsExactly("plan-agreed");
        assertThat(lastPayload(caseId, "plan-agreed"))
                .contains("\"strategyCount\": 2", "\"needsWithoutStrategy\": 0")
                .doesNotContain("Fachlagerist", "Schuldnerberatung", "Strategie");

        // the printed plan needs the Jobcenter's letterhead and the customer from intake: without either, nothing
        // prints
        HttpRequest<?> document = HttpRequest.GET(agreement.get("documentUrl").toString())
                .accept(MediaType.TEXT_HTML)
                .bearerAuth(fm());
        assertThat(rules(problem(document, 409))).containsExactly("JOBCENTER_RECORD_MISSING@null");
        upstream.publishKeyed(
                jobcenter,
                jobcenter,
                EventFixtures.directoryChanged().phone("030 1234-0").build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from jobcenter_record " + "where jobcenter_id = :jobcenterId",
                                Params.of("jobcenterId", jobcenter))
                        == 1);
        // intake is away in this test (the system test prints with a real intake): 503, nothing printed
        assertThat(problem(document, 503)).containsEntry("type", "service-unavailable");
        assertThat(audits(caseId, "fm-anna", "READ", "agreement")).isEqualTo(2);
    }

    @Test
    void aStaleDraftIsRefusedWith409() {
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        assertThat(problem(
                                HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                                        .bearerAuth(fm()),
                                409)
                        .get("detail")
                        .toString())
                .contains("Version 1");
    }

    @Test
    void aRenewalNeedsAFreshAssessmentAndTheLegalFormFollowsTheDateNotThePolicy() {
        // an older preset still names the EinV: from 1 July 2023 the law's Kooperationsplan applies (docs/domain.md
        // §15)
        policy(Map.of("agreementType", "EINV", "agreementMaxValidityMonths", "6"));
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        Map<String, Object> asEinv = new LinkedHashMap<>(einv());
        asEinv.put("type", "EINV");
        asEinv.put("legalConsequenceInstruction", true);
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", asEinv)
                                .bearerAuth(fm()),
                        422)))
                .contains("LEGAL_FORM_OF_DATE@type", "NO_LEGAL_CONSEQUENCES@legalConsequenceInstruction");
        Map<String, Object> kooperationsplan = new LinkedHashMap<>(einv());
        kooperationsplan.put("type", "KOOPERATIONSPLAN");
        assertThat(post("/api/cases/" + caseId + "/agreements", kooperationsplan, fm()))
                .containsEntry("type", "KOOPERATIONSPLAN");

        clock.set(START.plusMonths(6));
        kooperationsplan.put("validUntil", START.plusMonths(12).toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", kooperationsplan)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("FRESH_ASSESSMENT_REQUIRED@assessment");
        assessment(caseId, 2, null, Instant.parse("2026-09-01T10:00:00Z"));
        post("/api/cases/" + caseId + "/agreements", kooperationsplan, fm());
        assertThat(events(caseId)).containsExactly("plan-agreed", "plan-agreed");
    }

    @Test
    void aMinorsAgreementNeedsTheGuardiansSignatureAndNoAgreementNeedsAnAllowedReason() {
        UUID minor = openCase(null, START.plusMonths(8));
        List<UUID> needs = assessed(minor, "E", Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + minor + "/plan", plan(0, needs))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + minor + "/agreements", einv())
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("GUARDIAN_SIGNATURE_REQUIRED@guardianSignedOn");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + minor + "/agreements",
                                        Map.of("type", "NONE", "exception", "CATEGORY_X_Y_Z"))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NOT_CATEGORY_X_Y_Z@exception");
        Map<String, Object> none = post(
                "/api/cases/" + minor + "/agreements",
                Map.of(
                        "type",
                        "NONE",
                        "exception",
                        "CANNOT_OVERSEE_CONSEQUENCES",
                        "exceptionNote",
                        "akute Krise, Gespräch in 4 Wochen"),
                fm());
        assertThat(none).containsEntry("type", "NONE").containsEntry("exception", "CANNOT_OVERSEE_CONSEQUENCES");
    }

    @Test
    void aStepWithoutDueDateIsRefusedNamingTheStep() {
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        Map<String, Object> body = plan(0, needs);
        body.put(
                "steps",
                List.of(
                        Map.of("text", "Lebenslauf aktualisieren", "owner", "CUSTOMER", "dueOn", "2026-03-13"),
                        Map.of("text", "Termin bei der Schuldnerberatung vereinbaren", "owner", "CUSTOMER")));

        assertThat(rules(problem(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", body).bearerAuth(fm()), 400)))
                .containsExactly("NotNull@steps[1].dueOn");
        assertThat(count("select count(*) from plan where case_id = :caseId", Params.of("caseId", caseId)))
                .isZero();
    }

    @Test
    void aBackdatedAgreementFromBeforeThe18thBirthdayNeedsTheGuardian() {
        LocalDate comesOfAge = START.plusMonths(8);
        UUID caseId = openCase(null, comesOfAge);
        List<UUID> needs = assessed(caseId, "E", Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        // of age today, but not on the day the agreement was signed
        clock.set(comesOfAge.plusMonths(1));
        Map<String, Object> backdated = new LinkedHashMap<>(einv());
        backdated.put("agreedOn", comesOfAge.minusDays(1).toString());
        backdated.put("validUntil", comesOfAge.plusMonths(3).toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", backdated)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("GUARDIAN_SIGNATURE_REQUIRED@guardianSignedOn");
        assertThat(events(caseId)).doesNotContain("plan-agreed");

        backdated.put("guardianSignedOn", comesOfAge.minusDays(1).toString());
        assertThat(post("/api/cases/" + caseId + "/agreements", backdated, fm()))
                .containsEntry("agreedOn", comesOfAge.minusDays(1).toString());
        assertThat(events(caseId)).containsExactly("plan-agreed");
    }

    @Test
    void aRenewalIsValidAtMostThePolicysMaximum() {
        policy(Map.of("agreementMaxValidityMonths", "4"));
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        client.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        Map<String, Object> terms = new LinkedHashMap<>(einv());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", terms)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("VALIDITY_TOO_LONG@validUntil");
        terms.put("validUntil", START.plusMonths(4).toString());
        post("/api/cases/" + caseId + "/agreements", terms, fm());

        // the renewal four months later, on a fresh assessment
        LocalDate renewedOn = START.plusMonths(4);
        clock.set(renewedOn);
        assessment(caseId, 2, null, Instant.parse("2026-06-30T10:00:00Z"));
        terms.put("validUntil", renewedOn.plusMonths(4).plusDays(1).toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", terms)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("VALIDITY_TOO_LONG@validUntil");
        terms.put("validUntil", renewedOn.plusMonths(4).toString());
        assertThat(post("/api/cases/" + caseId + "/agreements", terms, fm()))
                .containsEntry("agreedOn", renewedOn.toString())
                .containsEntry("validUntil", "2026-11-02");
        assertThat(events(caseId)).containsExactly("plan-agreed", "plan-agreed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgreementsExpiringListShowsAnAgreementWithinTheWindowAndOnceExpired() {
        UUID expiring = openCase();
        UUID later = openCase();
        for (UUID caseId : List.of(expiring, later)) {
            List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
            client.toBlocking()
                    .retrieve(
                            HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                                    .bearerAuth(fm()),
                            JSON_OBJECT);
        }
        Map<String, Object> terms = new LinkedHashMap<>(einv());
        terms.put("validUntil", START.plusMonths(3).toString());
        Map<String, Object> agreement = post("/api/cases/" + expiring + "/agreements", terms, fm());
        post("/api/cases/" + later + "/agreements", einv(), fm());

        // ten days before the end: in the default 14-day window, the other (ending three months later) not
        clock.set(START.plusMonths(3).minusDays(10));
        List<Map<String, Object>> items = (List<Map<String, Object>>)
                get("/api/worklists/agreements-expiring", fm()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0))
                .containsEntry("caseId", expiring.toString())
                .containsEntry("agreementId", agreement.get("id"))
                .containsEntry("type", "KOOPERATIONSPLAN")
                .containsEntry("reason", "EXPIRY")
                .containsEntry("dueOn", START.plusMonths(3).toString())
                .containsEntry("validUntil", START.plusMonths(3).toString())
                .containsEntry("expired", false)
                .containsEntry("caseManagerId", "fm-anna");
        assertThat(count(
                        "select count(*) from audit_log where actor = 'fm-anna' and resource_type = "
                                + "'worklist-agreements' and case_id = :caseId",
                        Params.of("caseId", expiring)))
                .isEqualTo(1);

        clock.set(START.plusMonths(3).plusDays(1));
        items = (List<Map<String, Object>>)
                get("/api/worklists/agreements-expiring", tl()).get("items");
        assertThat(items)
                .extracting(i -> i.get("caseId") + ":" + i.get("expired"))
                .containsExactly(expiring + ":true");
    }

    @Test
    void onlyTheCaseWorkersReadThePlanAndEachReadIsAudited() {
        UUID caseId = openCase();
        assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        get("/api/cases/" + caseId + "/plan", fm());
        get("/api/cases/" + caseId + "/plan", tl());
        assertThat(problem(HttpRequest.GET("/api/cases/" + caseId + "/plan").bearerAuth(fm("fm-bernd")), 403))
                .containsEntry(
                        "detail",
                        "Nur die zuständige Fachkraft, ihre Vertretung und die Teamleitung bearbeiten den Fall.");
        assertThat(audits(caseId, "fm-anna", "READ", "plan")).isEqualTo(1);
        assertThat(audits(caseId, "tl-petra", "READ", "plan")).isEqualTo(1);
        newJobcenter();
        assertThat(problem(HttpRequest.GET("/api/cases/" + caseId + "/plan").bearerAuth(fm()), 404))
                .containsEntry("status", 404);
    }

    @Test
    void needStatusesArrivingLateOrTwiceKeepTheLatestStatus() {
        UUID caseId = openCase();
        UUID need = UUID.randomUUID();
        Instant identified = Instant.parse("2026-03-01T10:00:00Z");
        Instant resolved = Instant.parse("2026-06-01T10:00:00Z");
        de.lotse.platform.events.EventEnvelope late = upstream.envelope(
                jobcenter,
                caseId,
                new de.lotse.platform.contracts.NeedStatusChanged(
                        caseId, need, "LIVING_CONDITIONS", "DEBT", null, "IDENTIFIED", identified));
        upstream.publish(
                jobcenter,
                caseId,
                new de.lotse.platform.contracts.NeedStatusChanged(
                        caseId, need, "LIVING_CONDITIONS", "DEBT", "IDENTIFIED", "RESOLVED", resolved));
        upstream.publish(late, caseId.toString());
        upstream.publish(late, caseId.toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from inbox_event where event_id = :eventId",
                                Params.of("eventId", late.eventId()))
                        == 1);
        assertThat(count(
                        "select count(*) from case_need where need_id = :needId and status = 'RESOLVED'",
                        Params.of("needId", need)))
                .isEqualTo(1);
        Map<String, Object> plan = get("/api/cases/" + caseId + "/plan", fm());
        // (empty lists are left out of answers: Micronaut Serde's NON_EMPTY default)
        assertThat((List<?>) plan.getOrDefault("needsWithoutStrategy", List.of()))
                .isEmpty();
        assertThat(plan.get("needs").toString()).contains("RESOLVED");
    }

    @Test
    void planningNeverSubscribesToAConsentTopic() throws Exception {
        Properties config = new Properties();
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Set<String> topics = new HashSet<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                topics.clear();
                List<String> groups = admin.listConsumerGroups().all().get().stream()
                        .map(ConsumerGroupListing::groupId)
                        .filter(group -> group.startsWith("planning-service"))
                        .toList();
                for (ConsumerGroupDescription group :
                        admin.describeConsumerGroups(groups).all().get().values()) {
                    group.members()
                            .forEach(member -> member.assignment().topicPartitions().stream()
                                    .map(TopicPartition::topic)
                                    .forEach(topics::add));
                }
                return topics.containsAll(List.of(
                        "case-opened", "case-closed", "policy-changed", "assessment-completed", "need-status-changed"));
            });
            assertThat(topics).noneMatch(topic -> topic.contains("consent"));
        }
    }
}
