package de.lotse.reporting.supervision;

import de.lotse.platform.testing.ControlCharacterProbe;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervision sample through the API: reproducible by seed, only the team, results recorded. */
@MicronautTest(transactional = false)
class SupervisionIT extends ReportingFixtures {

    @Test
    @SuppressWarnings("unchecked")
    void aSampleIsReproducibleBySeedLimitedToTheTeamAndReviewedCaseByCase() {
        List<String> teamTwo = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID caseId = UUID.randomUUID();
            if (i % 3 == 0) {
                teamTwo.add(caseId.toString());
            }
            // half of them without first consultation (a finding), in two teams
            upstream.publish(
                    jobcenter,
                    caseId,
                    opened(
                            caseId,
                            i % 3 == 0 ? "team-2" : "team-1",
                            "fm-" + i,
                            null,
                            i % 2 == 0 ? START.plusDays(14) : null));
        }
        // each team lead sees their team's caseload live: eight cases in team-1, four in team-2
        awaitCaseload(tl("team-1"), 8);
        awaitCaseload(tl("team-2"), 4);

        Map<String, Object> first = post("/api/supervision/samples", SupervisionRequests.sample(4, 99), tl("team-1"));
        Map<String, Object> second = post("/api/supervision/samples", SupervisionRequests.sample(4, 99), tl("team-1"));
        List<Map<String, Object>> cases = (List<Map<String, Object>>) first.get("cases");
        assertThat(cases).hasSize(4);
        assertThat(cases)
                .extracting(c -> c.get("caseId"))
                .containsExactlyInAnyOrderElementsOf(((List<Map<String, Object>>) second.get("cases"))
                        .stream().map(c -> c.get("caseId")).toList());
        assertThat(cases).extracting(c -> c.get("caseId").toString()).doesNotContainAnyElementsOf(teamTwo);

        String caseId = cases.get(0).get("caseId").toString();
        Map<String, Object> reviewed = post(
                "/api/supervision/samples/" + first.get("id") + "/cases/" + caseId + "/review",
                SupervisionRequests.review("MINOR_DEFICIENCIES", "Kontaktvermerke lückenhaft"),
                tl("team-1"));
        assertThat((List<Map<String, Object>>) reviewed.get("cases"))
                .filteredOn(c -> caseId.equals(c.get("caseId")))
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("result", "MINOR_DEFICIENCIES")
                        .containsEntry("reviewedBy", "tl-team-1"));
        assertThat(problem(HttpRequest.GET("/api/supervision/samples").bearerAuth(management()), 403))
                .isNotNull();
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/supervision/samples/" + first.get("id") + "/cases/" + caseId + "/review",
                                        SupervisionRequests.review("NO_DEFICIENCIES"))
                                .bearerAuth(tl("team-2")),
                        404))
                .isNotNull();
        assertThat(rulesOf(problem(
                        HttpRequest.POST("/api/supervision/samples", Map.of("size", 0))
                                .bearerAuth(tl("team-1")),
                        400)))
                .isNotEmpty();

        // a NUL in the review note is refused before the service: the case stays unreviewed
        String other = cases.get(1).get("caseId").toString();
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        "/api/supervision/samples/" + first.get("id") + "/cases/" + other + "/review",
                                        Map.of(
                                                "result",
                                                "NO_DEFICIENCIES",
                                                "note",
                                                "ohne Befund" + ControlCharacterProbe.NUL))
                                .bearerAuth(tl("team-1")),
                        400),
                "note");
        List<Map<String, Object>> samples = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/supervision/samples").bearerAuth(tl("team-1")),
                        io.micronaut.core.type.Argument.listOf(JSON_OBJECT));
        assertThat(samples)
                .filteredOn(sample -> first.get("id").equals(sample.get("id")))
                .singleElement()
                .satisfies(sample -> assertThat((List<Map<String, Object>>) sample.get("cases"))
                        .filteredOn(c -> other.equals(c.get("caseId")))
                        .singleElement()
                        .satisfies(c -> assertThat(c.get("result")).isNull()));
        // the note is multi-line free text
        assertThat(post(
                        "/api/supervision/samples/" + first.get("id") + "/cases/" + other + "/review",
                        SupervisionRequests.review("NO_DEFICIENCIES", "ohne Befund;\nnächste Prüfung im Herbst"),
                        tl("team-1")))
                .isNotEmpty();
    }

    private void awaitCaseload(String teamLead, int openCases) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.toBlocking()
                                        .retrieve(
                                                HttpRequest.GET("/api/caseload?groupBy=team")
                                                        .bearerAuth(teamLead),
                                                JSON_OBJECT)
                                        .get("total")
                                instanceof Number total
                        && total.intValue() == openCases);
    }

    private Map<String, Object> post(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rulesOf(Map<String, Object> problem) {
        return (List<Object>) problem.getOrDefault("violations", List.of());
    }
}
