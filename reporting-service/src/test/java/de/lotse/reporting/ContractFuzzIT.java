package de.lotse.reporting;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.security.Roles;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fuzz.Example;
import de.lotse.platform.testing.fuzz.Fixtures;
import de.lotse.platform.testing.fuzz.ServiceContractFuzz;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static de.lotse.reporting.ReportingFixtures.Fact.OPENED;

/**
 * The contract fuzz test (platform/testing {@link ServiceContractFuzz}) on reporting's document:
 * a Jobcenter with a dozen cases through every topic and a drawn supervision sample, so sample and
 * case ids are real and every read has figures to compute.
 */
@MicronautTest(transactional = false)
class ContractFuzzIT extends ReportingFixtures {
    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @TestFactory
    Stream<DynamicNode> contract() {
        List<UUID> cases = new ArrayList<>();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            lifeOfACase(caseId, UUID.randomUUID(), i % 4 == 0)
                    .forEach(e ->
                            events.add(upstream.publish(jobcenter, caseId, e).eventId()));
        }
        // every event applied, not only the openings: the transfers to team-2 come in the case-facts consumer's
        // batches, which may commit after the caseload consumer's
        awaitProjected(() -> jobcenterCasesWith(OPENED) == cases.size()
                && count(
                                "select count(distinct event_id) from inbox_event where event_id = any(:ids)",
                                Params.of("ids", events.toArray(UUID[]::new)))
                        == events.size());
        // the cases ended up in team-2 (lifeOfACase transfers them), whose team lead draws the sample
        Map<String, Object> sample = client.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/supervision/samples",
                                        de.lotse.reporting.supervision.SupervisionRequests.sample(4, 7))
                                .bearerAuth(tl("team-2")),
                        JSON_OBJECT);
        @SuppressWarnings("unchecked")
        String sampled = ((List<Map<String, Object>>) sample.get("cases"))
                .get(0)
                .get("caseId")
                .toString();

        Fixtures fixtures = Fixtures.create()
                .tokens(role -> switch (role) {
                    case Roles.MANAGEMENT -> management();
                    case Roles.TL -> tl("team-2");
                    case Roles.FM ->
                        TestTokens.user("fm-anna", Roles.FM)
                                .jobcenter(jobcenter)
                                .team("team-2")
                                .sign();
                    default -> null;
                })
                .path("sampleId", sample.get("id"))
                .path("caseId", sampled)
                .example("GET /api/quality/national", () -> Example.create().withToken(national()))
                .example(
                        "GET /api/quality/national/export",
                        () -> Example.create().withToken(national()))
                .example("POST /api/supervision/samples", () -> Example.body(Map.of("size", 3, "seed", 11)))
                .example(
                        "POST /api/supervision/samples/{sampleId}/cases/{caseId}/review",
                        () -> Example.body(Map.of("result", "NO_DEFICIENCIES", "note", "Akte vollständig")));
        return ServiceContractFuzz.tests(
                "reporting", server.getURL().toString(), router, fixtures, "lotse-reporting-service-1.yml");
    }

    private static String national() {
        return TestTokens.user("mgmt-bund", Roles.MANAGEMENT)
                .reportingScope("NATIONAL")
                .sign();
    }
}
