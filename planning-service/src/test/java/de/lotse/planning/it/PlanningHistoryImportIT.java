package de.lotse.planning.it;

import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of planning's part of a case taken over with its history (docs/import.md): the plan as it stands,
 * agreements judged by the law of their days, notes by visibility class, continuation reviews with the team lead's
 * decision — each visible through planning's API with its days, again imported unchanged, refused when changed,
 * and a broken part names every problem and keeps nothing.
 */
@MicronautTest(transactional = false)
class PlanningHistoryImportIT extends PlanningFixtures {
    static final LocalDate LONG_AGO = START.minusMonths(40);

    @Test
    @SuppressWarnings("unchecked")
    void thePlanIsTakenOverAgainstTheNeedsAssessmentNamedNewItemsAreAddedAndAChangedOneIsRefused() {
        UUID caseId = admitted(START.minusMonths(6));
        Map<String, Object> record = record();
        record.put("plan", plan(List.of(step("S-1", "ST-1", START.plusDays(14)))));
        // the need has not arrived from assessment yet: the client offers the part again
        assertThat(problem(put(caseId, record), 404)).containsEntry("status", 404);

        need(caseId, "B-1", "LIVING_CONDITIONS");
        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat((List<String>) first.get("changes"))
                .containsExactly("plan.leadGoal", "plan.intermediateGoals[0]", "plan.strategies[0]", "plan.steps[0]");
        Map<String, Object> plan = get("/api/cases/" + caseId + "/plan", fm());
        assertThat(plan).containsEntry("complete", true);
        assertThat((Map<String, Object>) plan.get("leadGoal"))
                .containsEntry("targetCategory", "PROFESSIONAL_COMPETENCE");
        assertThat((List<Map<String, Object>>) plan.get("strategies"))
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .containsEntry(
                                "needId",
                                ImportedIds.itemId(caseId, "need", "B-1").toString())
                        .containsEntry("keyGroup", "LIVING_CONDITIONS"));
        assertThat(put("/api/import/cases/" + caseId, record, admin())).containsEntry("result", "UNCHANGED");

        record.put(
                "plan",
                plan(List.of(step("S-1", "ST-1", START.plusDays(14)), step("S-2", "ST-1", START.plusDays(30)))));
        assertThat(put("/api/import/cases/" + caseId, record, admin()))
                .containsEntry("changes", List.of("plan.steps[1]"));
        assertThat((List<Object>) get("/api/cases/" + caseId + "/plan", fm()).get("steps"))
                .hasSize(2);

        Map<String, Object> changed = plan(List.of(step("S-1", "ST-1", START.plusDays(21))));
        record.put("plan", changed);
        assertThat(rules(problem(put(caseId, record), 422))).containsExactly("IMPORTED_HISTORY_CHANGED@plan.steps[0]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void agreementsAreJudgedByTheLawOfTheirDayAndPublishedWithTheirDays() {
        UUID caseId = admitted(LONG_AGO);
        Map<String, Object> record = record();
        Map<String, Object> egv = agreement("V-1", "EINGLIEDERUNGSVEREINBARUNG", LocalDate.of(2023, 1, 10));
        egv.put("validUntil", "2023-06-30");
        egv.put("legalConsequenceInstruction", true);
        egv.put("signedOn", "2023-01-10");
        Map<String, Object> kp = agreement("V-2", "KOOPERATIONSPLAN", START.minusMonths(3));
        kp.put("validUntil", START.plusMonths(2).toString());
        record.put("agreements", List.of(kp, egv));

        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat((List<String>) first.get("changes"))
                .containsExactly("agreements[1] 2023-01-10", "agreements[0] " + START.minusMonths(3));
        List<Map<String, Object>> agreements = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/agreements").bearerAuth(fm()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(agreements)
                .extracting(a ->
                        a.get("type") + " " + a.get("agreedOn") + " " + a.get("validUntil") + " " + a.get("reviewOn"))
                .containsExactly(
                        "EINV 2023-01-10 2023-06-30 2023-07-10",
                        "KOOPERATIONSPLAN " + START.minusMonths(3) + " " + START.plusMonths(2) + " "
                                + START.minusMonths(3).plusMonths(6));
        assertThat(events(caseId)).containsExactly("plan-agreed", "plan-agreed");
        assertThat(lastPayload(caseId, "plan-agreed"))
                .contains("\"agreedOn\": \"" + START.minusMonths(3) + "\"")
                .contains("\"agreedAt\": \"" + START.minusMonths(3) + "T11:00:00Z\"");
        // the valid Kooperationsplan is the one the work list shows, expiring in two months
        Map<String, Object> expiring = get("/api/worklists/agreements-expiring?withinDays=90", tl());
        assertThat((List<Map<String, Object>>) expiring.get("items"))
                .filteredOn(i -> caseId.toString().equals(i.get("caseId")))
                .singleElement()
                .satisfies(i -> assertThat(i)
                        .containsEntry("type", "KOOPERATIONSPLAN")
                        .containsEntry("dueOn", START.plusMonths(2).toString())
                        .containsEntry("expired", false));
        assertThat(put("/api/import/cases/" + caseId, record, admin())).containsEntry("result", "UNCHANGED");
        assertThat(events(caseId)).hasSize(2);

        kp.put("customerObligations", List.of("Bewerbungen schreiben", "Termine wahrnehmen"));
        assertThat(rules(problem(put(caseId, record), 422))).containsExactly("IMPORTED_HISTORY_CHANGED@agreements[0]");
    }

    @Test
    void anEingliederungsvereinbarungAfterTheFirstOfJuly2023IsRefused() {
        UUID caseId = admitted(LONG_AGO);
        Map<String, Object> record = record();
        Map<String, Object> egv = agreement("V-1", "EINGLIEDERUNGSVEREINBARUNG", LocalDate.of(2023, 7, 1));
        egv.put("legalConsequenceInstruction", true);
        record.put("agreements", List.of(egv));

        // judged as what it would have to be on that day: a Kooperationsplan, which carries no legal consequences
        assertThat(rules(problem(put(caseId, record), 422)))
                .containsExactly(
                        "LEGAL_FORM_OF_DATE@agreements[0].type",
                        "NO_LEGAL_CONSEQUENCES@agreements[0].legalConsequenceInstruction");
        assertThat(events(caseId)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void notesKeepTheirVisibilityClassDayAndContact() {
        UUID caseId = admitted(START.minusMonths(6));
        Map<String, Object> record = record();
        LocalDate day = START.minusMonths(2);
        record.put("contacts", List.of(Map.of("sourceId", "K-1", "occurredOn", day.toString(), "format", "IN_PERSON")));
        record.put(
                "notes",
                List.of(note("N-1", day, "GENERAL", "K-1"), note("N-2", day.plusDays(1), "FM_INDIVIDUAL", null)));

        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat((List<String>) first.get("changes"))
                .containsExactly("contacts[0] " + day, "notes[0] " + day, "notes[1] " + day.plusDays(1));
        Map<String, Object> notes = get("/api/cases/" + caseId + "/notes", fm());
        assertThat((List<Map<String, Object>>) notes.get("items"))
                .extracting(n -> n.get("visibility") + " " + n.get("contactId") + " "
                        + n.get("writtenAt").toString().substring(0, 10))
                .containsExactly(
                        "FM_INDIVIDUAL null " + day.plusDays(1),
                        "GENERAL " + ImportedIds.itemId(caseId, "contact", "K-1") + " " + day);
        assertThat(put("/api/import/cases/" + caseId, record, admin())).containsEntry("result", "UNCHANGED");

        List<Map<String, Object>> more = new ArrayList<>((List<Map<String, Object>>) record.get("notes"));
        more.add(note("N-3", day.plusDays(7), "LOCATION_ASSESSMENT", null));
        record.put("notes", more);
        assertThat(put("/api/import/cases/" + caseId, record, admin()))
                .containsEntry("result", "UPDATED")
                .containsEntry("changes", List.of("notes[2] " + day.plusDays(7)));

        record.put("notes", List.of(note("N-1", day, "LOCATION_ASSESSMENT", "K-1")));
        assertThat(rules(problem(put(caseId, record), 422))).containsExactly("IMPORTED_HISTORY_CHANGED@notes[0]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExtensionApprovedByTheTeamLeadIsPublishedAsALiveOneAndCarriesTheLaterReview() {
        policy(2, START.minusYears(4), PolicySettings.PANKOW);
        LocalDate admittedOn = START.minusMonths(26);
        UUID caseId = admitted(admittedOn);
        LocalDate maxEnds = admittedOn.plusMonths(24);
        Map<String, Object> extend = review("R-1", maxEnds.minusDays(18), "EXTEND");
        extend.put("extendedUntil", maxEnds.plusMonths(9).toString());
        extend.put(
                "teamLeadDecision",
                Map.of(
                        "approved",
                        true,
                        "decidedOn",
                        maxEnds.minusDays(13).toString(),
                        "decidedBy",
                        "tl-petra",
                        "note",
                        "Stabilisierung der Wohnsituation abwarten"));
        Map<String, Object> later = review("R-2", maxEnds.plusDays(39), "CONTINUE");
        Map<String, Object> record = record();
        record.put("reviews", List.of(later, extend));

        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat((List<String>) first.get("changes"))
                .containsExactly(
                        "reviews[1] " + maxEnds.minusDays(18),
                        "reviews[1].teamLeadDecision " + maxEnds.minusDays(13),
                        "reviews[0] " + maxEnds.plusDays(39));
        List<Map<String, Object>> reviews = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/continuation-reviews")
                                .bearerAuth(fm()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(reviews)
                .extracting(r -> r.get("decision") + " " + r.get("basis") + " " + r.get("extension"))
                .containsExactlyInAnyOrder("EXTEND EXTENSION APPROVED", "CONTINUE EXTENSION NOT_NEEDED");
        // reporting reads continuation-reviewed: the decided extension as a live decision publishes it
        assertThat(events(caseId))
                .containsExactly("continuation-reviewed", "continuation-reviewed", "continuation-reviewed");
        assertThat(payloads(caseId, "continuation-reviewed").get(1))
                .contains("\"extensionApproved\": true")
                .contains("\"extendedUntil\": \"" + maxEnds.plusMonths(9) + "\"")
                .contains("\"recordedAt\": \"" + maxEnds.minusDays(13) + "T13:00:00Z\"");
        assertThat(put("/api/import/cases/" + caseId, record, admin())).containsEntry("result", "UNCHANGED");
        assertThat(events(caseId)).hasSize(3);

        Map<String, Object> next = review("R-3", START.minusDays(3), "CONTINUE");
        record.put("reviews", List.of(later, extend, next));
        assertThat(put("/api/import/cases/" + caseId, record, admin()))
                .containsEntry("result", "UPDATED")
                .containsEntry("changes", List.of("reviews[2] " + START.minusDays(3)));
        assertThat(events(caseId)).hasSize(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void brokenPartsNameEveryProblemAndNothingIsKept() {
        policy(2, START.minusYears(4), PolicySettings.PANKOW);
        UUID caseId = admitted(LONG_AGO);
        need(caseId, "B-1", "LIVING_CONDITIONS");
        Map<String, Object> record = record();
        Map<String, Object> plan = plan(List.of(step("S-1", "ST-1", null)));
        record.put("plan", plan);
        Map<String, Object> egv = agreement("V-1", "EINGLIEDERUNGSVEREINBARUNG", LocalDate.of(2023, 8, 1));
        egv.put("legalConsequenceInstruction", true);
        record.put("agreements", List.of(agreement("V-0", "KOOPERATIONSPLAN", START.minusMonths(1)), egv));
        record.put("notes", List.of(note("N-1", START.minusMonths(1), "GENERAL", "K-9")));
        Map<String, Object> review = review("R-1", START.minusMonths(2), "CONTINUE");
        review.remove("reasons");
        record.put("reviews", List.of(review));

        List<String> expected = List.of(
                "UNKNOWN_CONTACT@notes[0].contact",
                "DUE_DATE_REQUIRED@plan.steps[0].dueOn",
                "LEGAL_FORM_OF_DATE@agreements[1].type",
                "NO_LEGAL_CONSEQUENCES@agreements[1].legalConsequenceInstruction",
                "REASONS_REQUIRED@reviews[0].reasons");
        assertThat(rules(problem(put(caseId, record), 422))).containsExactlyElementsOf(expected);
        assertThat(events(caseId)).isEmpty();
        assertThat(get("/api/cases/" + caseId + "/plan", fm())).containsEntry("version", 0);

        // the check before intake took the case over: against the record's days and its assessment's needs
        Map<String, Object> checked = new HashMap<>(record);
        checked.put("admittedOn", LONG_AGO.toString());
        checked.put("assessedNeeds", List.of(Map.of("sourceId", "B-2", "status", "IDENTIFIED")));
        List<Map<String, Object>> results = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", List.of(checked)))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));
        List<String> problems = new ArrayList<>();
        ((List<Map<String, Object>>) results.get(0).get("problems"))
                .forEach(p -> problems.add(p.get("rule") + "@" + p.get("field")));
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "UNKNOWN_CONTACT@notes[0].contact",
                        "UNKNOWN_OR_RESOLVED_NEED@plan.strategies[0].need",
                        "UNKNOWN_STRATEGY@plan.steps[0].strategy", // its strategy is refused with its need
                        "DUE_DATE_REQUIRED@plan.steps[0].dueOn",
                        "LEGAL_FORM_OF_DATE@agreements[1].type",
                        "NO_LEGAL_CONSEQUENCES@agreements[1].legalConsequenceInstruction",
                        "REASONS_REQUIRED@reviews[0].reasons");
    }

    // --- the record's parts

    static Map<String, Object> plan(List<Map<String, Object>> steps) {
        Map<String, Object> plan = new HashMap<>();
        plan.put(
                "leadGoal",
                Map.of(
                        "text",
                        "Eine Anstellung als Lagerfachkraft",
                        "targetCategory",
                        "PROFESSIONAL_COMPETENCE",
                        "targetDate",
                        START.plusMonths(12).toString()));
        plan.put("intermediateGoals", List.of(Map.of("sourceId", "Z-1", "text", "Eine eigene Wohnung")));
        plan.put(
                "strategies",
                List.of(Map.of(
                        "sourceId",
                        "ST-1",
                        "need",
                        "B-1",
                        "text",
                        "Wohnungssuche mit der Fachstelle",
                        "intermediateGoal",
                        "Z-1")));
        plan.put("steps", steps);
        return plan;
    }

    static Map<String, Object> step(String sourceId, String strategy, LocalDate dueOn) {
        Map<String, Object> step = new HashMap<>();
        step.put("sourceId", sourceId);
        step.put("strategy", strategy);
        step.put("text", "Schritt " + sourceId);
        step.put("owner", "CUSTOMER");
        if (dueOn != null) {
            step.put("dueOn", dueOn.toString());
        }
        return step;
    }

    static Map<String, Object> agreement(String sourceId, String type, LocalDate agreedOn) {
        Map<String, Object> agreement = new HashMap<>();
        agreement.put("sourceId", sourceId);
        agreement.put("type", type);
        agreement.put("agreedOn", agreedOn.toString());
        agreement.put("jobcenterServices", List.of("Vermittlungsvorschläge"));
        agreement.put("customerObligations", List.of("Bewerbungen schreiben"));
        return agreement;
    }

    static Map<String, Object> note(String sourceId, LocalDate on, String visibility, String contact) {
        Map<String, Object> note = new HashMap<>();
        note.put("sourceId", sourceId);
        note.put("writtenOn", on.toString());
        note.put("writtenBy", "fm-anna");
        note.put("visibility", visibility);
        note.put("text", "Vermerk " + sourceId);
        if (contact != null) {
            note.put("contact", contact);
        }
        return note;
    }

    static Map<String, Object> review(String sourceId, LocalDate on, String decision) {
        Map<String, Object> review = new HashMap<>();
        review.put("sourceId", sourceId);
        review.put("reviewedOn", on.toString());
        review.put("reviewedBy", "fm-anna");
        review.put("decision", decision);
        review.put("reasons", "Fortschritte bei der Wohnungssuche");
        review.put("prognosis", "GOOD");
        return review;
    }

    static Map<String, Object> record() {
        Map<String, Object> record = new HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", "F-" + UUID.randomUUID()));
        return record;
    }

    HttpRequest<Object> put(UUID caseId, Map<String, Object> record) {
        return HttpRequest.PUT("/api/import/cases/" + caseId, (Object) record).bearerAuth(admin());
    }

    String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }
}
