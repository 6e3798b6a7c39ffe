package de.lotse.assessment;

import de.lotse.platform.security.Roles;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.platform.testing.fuzz.Example;
import de.lotse.platform.testing.fuzz.Fixtures;
import de.lotse.platform.testing.fuzz.ServiceContractFuzz;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The contract fuzz test (platform/testing {@link ServiceContractFuzz}) on assessment's document: a
 * case opened by intake's event with two completed assessments, so case id and version are real.
 */
@MicronautTest(transactional = false)
class ContractFuzzIT extends UpstreamEventsIT {
    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Override
    protected String service() {
        return "assessment";
    }

    @TestFactory
    Stream<DynamicNode> contract() {
        LocalDate today = Today.inBerlin();
        UUID caseId = openCase(today);
        Map<String, Object> first = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/cases/" + caseId + "/assessments", assessment(today, null))
                                .bearerAuth(token(Roles.FM)),
                        JSON_OBJECT);
        @SuppressWarnings("unchecked")
        Object needId = ((List<Map<String, Object>>) first.get("needs")).get(0).get("needId");
        // a second version carries the first one's need on (a need is resolved, never dropped)
        client.toBlocking()
                .exchange(HttpRequest.POST("/api/cases/" + caseId + "/assessments", assessment(today, needId))
                        .bearerAuth(token(Roles.FM)));
        Fixtures fixtures = Fixtures.create()
                .tokens(this::token)
                .path("caseId", caseId)
                .path("version", 1)
                .example(
                        "POST /api/cases/{caseId}/assessments",
                        () -> Example.body(assessment(today, null)).withPath("caseId", openCase(today)))
                .example(
                        "GET /api/cases/{caseId}/progress",
                        () -> Example.create().withQuery("from", 1).withQuery("to", 2))
                .example(
                        "GET /api/resubmissions",
                        () -> Example.create()
                                .withQuery("month", today.toString().substring(0, 7)))
                .example("GET /api/catalogue", () -> Example.create().withQuery("ageGroup", "UE25"));
        return ServiceContractFuzz.tests(
                "assessment", server.getURL().toString(), router, fixtures, "lotse-assessment-service-1.yml");
    }

    private UUID openCase(LocalDate today) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(today)
                        .durationStartOn(today)
                        .build());
        // assessment knows the case once its case reference shows the admission (404 until then)
        await().atMost(Duration.ofSeconds(120))
                .ignoreExceptionsInstanceOf(HttpClientResponseException.class)
                .until(() -> client.toBlocking()
                                .retrieve(
                                        HttpRequest.GET("/api/case-references/" + caseId)
                                                .bearerAuth(token(Roles.FM)),
                                        JSON_OBJECT)
                                .get("admittedOn")
                        != null);
        return caseId;
    }

    private String token(String role) {
        return switch (role) {
            case Roles.FM ->
                TestTokens.user("fm-anna", Roles.FM)
                        .jobcenter(jobcenter)
                        .team("team-1")
                        .sign();
            case Roles.TL ->
                TestTokens.user("tl-petra", Roles.TL)
                        .jobcenter(jobcenter)
                        .team("team-1")
                        .sign();
            case Roles.AV ->
                TestTokens.user("av-bernd", Roles.AV)
                        .jobcenter(jobcenter)
                        .team("team-av-1")
                        .sign();
            // the Jobcenter's administration takes cases over and exports them (docs/import.md)
            case Roles.ADMIN ->
                TestTokens.user("admin-ida", Roles.ADMIN).jobcenter(jobcenter).sign();
            default -> null;
        };
    }

    private static Map<String, Object> assessment(LocalDate today, Object needId) {
        Map<String, Object> need = new java.util.HashMap<>(Map.of(
                "code",
                "DEBT",
                "description",
                "Schulden",
                "status",
                "IDENTIFIED",
                "priority",
                "HIGH",
                "linkedToTargetOccupation",
                true));
        if (needId != null) {
            need.put("needId", needId);
        }
        return Map.of(
                "validUntil",
                today.plusMonths(6).toString(),
                "targetOccupation",
                Map.of("title", "Fachlagerist/in", "kldbCode", "51311"),
                "needs",
                List.of(need),
                "strengths",
                List.of(Map.of("kind", "PERSONAL", "description", "zuverlässig")),
                "prognosisHorizonMonths",
                18,
                "profileCode",
                "STABILISATION");
    }
}
