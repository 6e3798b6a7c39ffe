package de.lotse.planning.it;

import de.lotse.platform.testing.ControlCharacterProbe;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.platform.testing.ControlCharacterProbe.NUL;
import static org.assertj.core.api.Assertions.assertThat;

/** Notes by visibility class with their audit trail; control characters; closed cases. */
@MicronautTest(transactional = false)
class NotesAndReductionsIT extends PlanningFixtures {

    @Test
    @SuppressWarnings("unchecked")
    void anFmIndividualNoteIsForTheFmTheTeamLeadAndADeputyOnlyWithTheCustomersAgreement() {
        policy(Map.of("deputyNeedsCustomerAgreement", "true"));
        UUID caseId = openCase();
        deputy(caseId, "fm-dora", false);
        Map<String, Object> note = post(
                "/api/cases/" + caseId + "/notes",
                PlanningRequests.note("FM_INDIVIDUAL", "Verdacht auf Suchtproblematik, behutsam ansprechen"),
                fm());
        post("/api/cases/" + caseId + "/notes", PlanningRequests.generalNote(), fm());
        String path = "/api/cases/" + caseId + "/notes/" + note.get("id");

        assertThat(problem(HttpRequest.GET(path).bearerAuth(fm("fm-bernd")), 403))
                .containsEntry("type", "forbidden");
        assertThat(problem(HttpRequest.GET(path).bearerAuth(fm("fm-dora")), 403))
                .containsEntry("type", "forbidden");
        assertThat(get(path, tl())).containsEntry("text", "Verdacht auf Suchtproblematik, behutsam ansprechen");
        assertThat(get(path, fm())).containsEntry("visibility", "FM_INDIVIDUAL");

        assertThat(audits(caseId, "tl-petra", "READ", "note")).isEqualTo(1);
        assertThat(audits(caseId, "fm-anna", "READ", "note")).isEqualTo(1);
        assertThat(audits(caseId, "fm-bernd", "DENIED", "note")).isEqualTo(1);
        assertThat(audits(caseId, "fm-dora", "DENIED", "note")).isEqualTo(1);

        // a colleague of the team lists only the general note; every listed note is audited
        Map<String, Object> colleague = get("/api/cases/" + caseId + "/notes", fm("fm-bernd"));
        assertThat((List<Map<String, Object>>) colleague.get("items"))
                .extracting(n -> n.get("visibility"))
                .containsExactly("GENERAL");
        assertThat(audits(caseId, "fm-bernd", "LIST", "note")).isEqualTo(1);
        assertThat(problem(
                        HttpRequest.GET("/api/cases/" + caseId + "/notes?visibility=FM_INDIVIDUAL")
                                .bearerAuth(fm("fm-bernd")),
                        403))
                .isNotNull();

        // once the customer agreed, the deputy reads it
        deputy(caseId, "fm-dora", true);
        assertThat(get(path, fm("fm-dora"))).containsEntry("visibility", "FM_INDIVIDUAL");
        assertThat(audits(caseId, "fm-dora", "READ", "note")).isEqualTo(1);
        assertThat(events(caseId)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void evenWhereThePolicyDoesNotAskForItADeputyReadsFmIndividualNotesOnlyWithTheCustomersAgreement() {
        // PANKOW leaves deputyNeedsCustomerAgreement unset; for FM-individual notes the agreement is needed anyway
        policy(PolicySettings.PANKOW);
        UUID caseId = openCase();
        deputy(caseId, "fm-dora", false);
        Map<String, Object> note = post(
                "/api/cases/" + caseId + "/notes",
                PlanningRequests.note("FM_INDIVIDUAL", "Kundin berichtet von Belastung durch die Pflege der Mutter"),
                fm());
        post("/api/cases/" + caseId + "/notes", PlanningRequests.generalNote(), fm());
        String path = "/api/cases/" + caseId + "/notes/" + note.get("id");
        String list = "/api/cases/" + caseId + "/notes";

        assertThat(rules(problem(HttpRequest.GET(path).bearerAuth(fm("fm-dora")), 403)))
                .containsExactly("FM_INDIVIDUAL_NOTE@null");
        assertThat(audits(caseId, "fm-dora", "DENIED", "note")).isEqualTo(1);
        assertThat((List<Map<String, Object>>) get(list, fm("fm-dora")).get("items"))
                .extracting(n -> n.get("visibility"))
                .containsExactly("GENERAL");
        assertThat(problem(HttpRequest.GET(list + "?visibility=FM_INDIVIDUAL").bearerAuth(fm("fm-dora")), 403))
                .containsEntry("type", "forbidden");
        assertThat(audits(caseId, "fm-dora", "DENIED", "note-list")).isEqualTo(1);

        // once the customer agreed, the deputy reads it
        deputy(caseId, "fm-dora", true);
        assertThat(get(path, fm("fm-dora")))
                .containsEntry("text", "Kundin berichtet von Belastung durch die Pflege der Mutter");
        assertThat(audits(caseId, "fm-dora", "READ", "note")).isEqualTo(1);
        assertThat(audits(caseId, "fm-dora", "DENIED", "note")).isEqualTo(1);
    }

    @Test
    void aNoteReadRefusedToSomeoneOutsideTheTeamIsAudited() {
        UUID caseId = openCase();
        Map<String, Object> note = post("/api/cases/" + caseId + "/notes", PlanningRequests.generalNote(), fm());
        String otherTeam = TestTokens.user("fm-otto", "FM")
                .jobcenter(jobcenter)
                .team("team-2")
                .sign();

        assertThat(rules(problem(
                        HttpRequest.GET("/api/cases/" + caseId + "/notes/" + note.get("id"))
                                .bearerAuth(otherTeam),
                        403)))
                .containsExactly("NOT_YOUR_TEAM@null");
        assertThat(audits(caseId, "fm-otto", "DENIED", "note")).isEqualTo(1);
        assertThat(rules(problem(
                        HttpRequest.GET("/api/cases/" + caseId + "/notes").bearerAuth(otherTeam), 403)))
                .containsExactly("NOT_YOUR_TEAM@null");
        assertThat(audits(caseId, "fm-otto", "DENIED", "note-list")).isEqualTo(1);
        assertThat(auditsOtherThanDenied(caseId, "fm-otto")).isZero();
    }

    @Test
    void aNulInANoteGoalJustificationMeasureTitleOrReviewReasonIsRefusedAndNothingIsWritten() {
        UUID caseId = openCase();
        String cases = "/api/cases/" + caseId;
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(cases + "/notes", Map.of("visibility", "GENERAL", "text", "Beratung" + NUL))
                                .bearerAuth(fm()),
                        400),
                "text");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.PUT(
                                        cases + "/plan",
                                        Map.of(
                                                "version",
                                                0,
                                                "leadGoal",
                                                Map.of(
                                                        "text",
                                                        "Arbeit als Fachlagerist",
                                                        "targetCategory",
                                                        "PROFESSIONAL_COMPETENCE"),
                                                "intermediateGoals",
                                                List.of(Map.of("text", "Wohnung" + NUL + " gesichert"))))
                                .bearerAuth(fm()),
                        400),
                "intermediateGoals[0].text");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        cases + "/reduction-checks",
                                        Map.of(
                                                "ground",
                                                Map.of(
                                                        "kind",
                                                        "OFFER",
                                                        "id",
                                                        UUID.randomUUID().toString()),
                                                "outcome",
                                                "NO_REDUCTION",
                                                "justification",
                                                "Termin versäumt" + NUL))
                                .bearerAuth(fm()),
                        400),
                "justification");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        cases + "/measures",
                                        Map.of(
                                                "instrument",
                                                "AGH_16D",
                                                "title",
                                                "Stadtteil\nwerkstatt" + NUL,
                                                "startedOn",
                                                START.toString()))
                                .bearerAuth(fm()),
                        400),
                "title");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        cases + "/continuation-reviews",
                                        Map.of(
                                                "decision",
                                                "CONTINUE",
                                                "reasons",
                                                "Fortschritte" + NUL,
                                                "prognosis",
                                                "GOOD"))
                                .bearerAuth(fm()),
                        400),
                "reasons");

        for (String list : List.of("/reduction-checks", "/measures", "/continuation-reviews")) {
            assertThat(client.toBlocking()
                            .retrieve(HttpRequest.GET(cases + list).bearerAuth(fm())))
                    .as(list)
                    .isEqualTo("[]");
        }
        assertThat(get(cases + "/notes", fm())).containsEntry("total", 0);
        assertThat(get(cases + "/plan", fm())).containsEntry("version", 0); // no plan yet
        assertThat(events(caseId)).isEmpty();

        // notes are multi-line free text
        assertThat(post(cases + "/notes", Map.of("visibility", "GENERAL", "text", "Zeile 1\nZeile 2\n\tEnde"), fm()))
                .containsEntry("text", "Zeile 1\nZeile 2\n\tEnde");
    }

    @Test
    void aClosedCaseTakesNoMoreEntriesButStaysReadable() {
        UUID caseId = openCase();
        clock.set(START.plusMonths(3));
        post(
                "/api/cases/" + caseId + "/contacts",
                Map.of("format", "IN_PERSON", "occurredOn", START.plusMonths(1).toString()),
                fm());
        close(caseId, START.plusMonths(2));
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/contacts",
                                        Map.of(
                                                "format",
                                                "IN_PERSON",
                                                "occurredOn",
                                                START.plusMonths(2).toString()))
                                .bearerAuth(fm()),
                        409))
                .containsEntry("type", "conflict");
        assertThat(get("/api/cases/" + caseId + "/contact-density", fm())).containsEntry("status", "NOT_APPLICABLE");
    }

    @Test
    void badInputIsA400Or422NamingTheField() {
        UUID caseId = openCase();
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/contacts",
                                        Map.of("format", "CARRIER_PIGEON", "occurredOn", START.toString()))
                                .bearerAuth(fm()),
                        400)))
                .containsExactly("type@format");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/contacts",
                                        Map.of(
                                                "format",
                                                "PHONE",
                                                "occurredOn",
                                                START.toString(),
                                                "qualifiedNote",
                                                true))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("QUALIFIED_NOTE_REQUIRED@note.text");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/contacts",
                                        Map.of(
                                                "format",
                                                "VIDEO",
                                                "occurredOn",
                                                START.plusDays(3).toString()))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("OUTSIDE_CASE_AND_TODAY@occurredOn");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/notes",
                                        Map.of(
                                                "visibility",
                                                "GENERAL",
                                                "text",
                                                "Nachtrag",
                                                "contactId",
                                                UUID.randomUUID()))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("UNKNOWN_CONTACT@contactId");
        assertThat(problem(HttpRequest.GET("/api/cases/" + caseId + "/contacts"), 401))
                .isNotNull();
    }
}
