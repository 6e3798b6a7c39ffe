package de.lotse.planning.it;

import de.lotse.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §17 (PANKOW 8, TAH 3.1, DV2017 9) and §12: an FM records a collegial case consultation with
 * colleagues of the own team; a participant who may not otherwise read the case sees it only under the
 * consultation's pseudonym, the team lead sees the case, reads are audited, the event carries no text.
 */
@MicronautTest(transactional = false)
class CollegialConsultationIT extends PlanningFixtures {
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(JSON_OBJECT);
    private static final String QUESTION = "Wie lässt sich die Tagesstruktur vor einer AGH stabilisieren?";
    private static final String OUTCOME = "Empfehlung: zunächst Anbindung an die Suchtberatung, dann AGH prüfen.";

    private String fmOfTeam2() {
        return TestTokens.user("fm-selin", "FM")
                .jobcenter(jobcenter)
                .team("team-2")
                .sign();
    }

    private List<Map<String, Object>> mine(String token) {
        return client.toBlocking()
                .retrieve(HttpRequest.GET("/api/consultations").bearerAuth(token), LIST);
    }

    private Map<String, Object> consultation(Object heldOn, List<String> participants) {
        return Map.of(
                "heldOn", heldOn.toString(), "participants", participants, "question", QUESTION, "outcome", OUTCOME);
    }

    @Test
    void aParticipantWhoMayNotReadTheCaseSeesItPseudonymised_PANKOW_8() {
        UUID caseId = openCase();
        clock.set(START.plusMonths(1));
        String path = "/api/cases/" + caseId + "/consultations";
        // the colleagues have used Lotse before (no staff directory yet: planning knows them by their tokens)
        assertThat(mine(fm("fm-jonas"))).isEmpty();
        assertThat(mine(tl())).isEmpty();
        assertThat(mine(fmOfTeam2())).isEmpty();

        Map<String, Object> recorded =
                post(path, consultation(START.plusDays(20), List.of("fm-jonas", "tl-petra")), fm());
        assertThat(recorded)
                .containsEntry("presentedBy", "fm-anna")
                .containsEntry("question", QUESTION)
                .containsEntry("participants", List.of("fm-jonas", "tl-petra"));
        String pseudonym = (String) recorded.get("pseudonym");
        assertThat(pseudonym)
                .matches("Fall [A-Z2-9]{3}-[A-Z2-9]{3}")
                .doesNotContain(caseId.toString().substring(0, 3));

        // a colleague of the team who is neither responsible nor deputy: the pseudonym, no case id, the texts
        List<Map<String, Object>> jonas = mine(fm("fm-jonas"));
        assertThat(jonas)
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("pseudonym", pseudonym)
                        .containsEntry("caseReadable", false)
                        .containsEntry("question", QUESTION)
                        .containsEntry("outcome", OUTCOME)
                        .doesNotContainKey("customerRef")
                        .extractingByKey("caseId")
                        .isNull());
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/consultations").bearerAuth(fm("fm-jonas"))))
                .doesNotContain(caseId.toString());
        // … and may not open the case's list
        assertThat(rules(problem(HttpRequest.GET(path).bearerAuth(fm("fm-jonas")), 403)))
                .containsExactly("NOT_YOUR_CASE@null");
        // the team lead sees the case
        assertThat(mine(tl()))
                .singleElement()
                .satisfies(c ->
                        assertThat(c).containsEntry("caseId", caseId.toString()).containsEntry("caseReadable", true));
        assertThat(mine(fm())).singleElement().satisfies(c -> assertThat(c).containsEntry("caseId", caseId.toString()));
        // an FM of another team took no part: nothing
        assertThat(mine(fmOfTeam2())).isEmpty();

        // a participant from another team, or one Lotse does not know, is refused
        assertThat(rules(problem(
                        HttpRequest.POST(path, consultation(START.plusDays(21), List.of("fm-jonas", "fm-selin")))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NOT_IN_TEAM@participants");
        assertThat(rules(problem(
                        HttpRequest.POST(path, consultation(START.plusDays(21), List.of("fm-niemand")))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("UNKNOWN_COLLEAGUE@participants");
        assertThat(rules(problem(
                        HttpRequest.POST(path, consultation(START.plusDays(21), List.of("fm-anna")))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("PRESENTER@participants");
        assertThat(rules(problem(
                        HttpRequest.POST(path, consultation(START.plusMonths(2), List.of("fm-jonas")))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("IN_FUTURE@heldOn");
        // a colleague who is not a case worker records nothing on the case
        assertThat(rules(problem(
                        HttpRequest.POST(path, consultation(START.plusDays(21), List.of("tl-petra")))
                                .bearerAuth(fm("fm-jonas")),
                        403)))
                .containsExactly("NOT_YOUR_CASE@null");

        // the event: counts and dates, never the texts or who took part
        assertThat(events(caseId)).containsExactly("consultation-held");
        assertThat(lastPayload(caseId, "consultation-held"))
                .contains("\"participantCount\": 2", "\"heldOn\": \"" + START.plusDays(20) + "\"")
                .doesNotContain("Tagesstruktur", "Suchtberatung", "fm-jonas", "tl-petra", pseudonym);

        // every read audited with the case, the pseudonymised one too
        assertThat(audits(caseId, "fm-jonas", "LIST", "consultation"))
                .as("two reads of the list")
                .isEqualTo(2);
        assertThat(audits(caseId, "tl-petra", "LIST", "consultation")).isEqualTo(1);
        assertThat(client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(fm()), LIST))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("outcome", OUTCOME));
        assertThat(audits(caseId, "fm-anna", "LIST", "consultation")).isEqualTo(2);
        assertThat(auditsWithPurpose(caseId, "fm-jonas", "pseudonymisiert")).isEqualTo(2);

        // standing in as deputy, the colleague may read the case: now the case id
        deputy(caseId, "fm-jonas", true);
        assertThat(mine(fm("fm-jonas")))
                .singleElement()
                .satisfies(c ->
                        assertThat(c).containsEntry("caseId", caseId.toString()).containsEntry("pseudonym", pseudonym));
    }

    @Test
    void theDeputyRecordsAndAnFmOfTheTeamsCasesIsKnownWithoutSigningIn_TAH_3_1() {
        UUID caseId = openCase();
        clock.set(START.plusMonths(1));
        deputy(caseId, "fm-jonas", false);
        // fm-anna never called planning here: she is known as the FM intake assigned the team's case to
        Map<String, Object> recorded = post(
                "/api/cases/" + caseId + "/consultations",
                consultation(START.plusMonths(1), List.of("fm-anna")),
                fm("fm-jonas"));
        assertThat(recorded).containsEntry("presentedBy", "fm-jonas");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/consultations",
                                        consultation(START.minusDays(1), List.of("fm-anna")))
                                .bearerAuth(fm("fm-jonas")),
                        422)))
                .containsExactly("BEFORE_ADMISSION@heldOn");
        // the team lead records no consultation: the presenting FM does
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/consultations",
                                        consultation(START.plusMonths(1), List.of("fm-anna")))
                                .bearerAuth(tl()),
                        403))
                .isNotNull();
    }
}
