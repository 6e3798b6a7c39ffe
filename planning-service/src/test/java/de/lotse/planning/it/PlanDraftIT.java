package de.lotse.planning.it;

import de.lotse.platform.testing.TestInfrastructure;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static de.lotse.planning.it.PlanningRequests.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The integration plan as a working draft through the API: versions, validation, who reads it (audited), and the
 * needs it shows as the assessment's events bring them — never anything from a consent topic.
 */
@MicronautTest(transactional = false)
class PlanDraftIT extends PlanningFixtures {

    @Test
    void aStaleDraftIsRefusedWith409() {
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        savePlan(caseId, needs);
        assertThat(problem(
                                HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs, START))
                                        .bearerAuth(fm()),
                                409)
                        .get("detail")
                        .toString())
                .contains("Version 1");
    }

    @Test
    void aStepWithoutDueDateIsRefusedNamingTheStep() {
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        Map<String, Object> body = plan(0, needs, START);
        body.put(
                "steps",
                List.of(
                        Map.of("text", "Lebenslauf aktualisieren", "owner", "CUSTOMER", "dueOn", "2026-03-13"),
                        Map.of("text", "Termin bei der Schuldnerberatung vereinbaren", "owner", "CUSTOMER")));

        assertThat(rules(problem(
                        HttpRequest.PUT("/api/cases/" + caseId + "/plan", body).bearerAuth(fm()), 400)))
                .containsExactly("NotNull@steps[1].dueOn");
        // nothing was saved: the case still has no plan
        assertThat(get("/api/cases/" + caseId + "/plan", fm()))
                .containsEntry("version", 0)
                .doesNotContainKeys("updatedBy", "updatedAt", "leadGoal");
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
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed(late.eventId()));
        assertThat(needsOnThePlan(caseId))
                .singleElement()
                .satisfies(n ->
                        assertThat(n).containsEntry("needId", need.toString()).containsEntry("status", "RESOLVED"));
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
