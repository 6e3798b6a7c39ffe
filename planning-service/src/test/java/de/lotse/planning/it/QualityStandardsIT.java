package de.lotse.planning.it;

import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality standards of each Jobcenter's policy, as the FM meets them through the API: contact
 * density, continuation reviews, the maximum duration and its exceptions, the work lists.
 */
@MicronautTest(transactional = false)
class QualityStandardsIT extends PlanningFixtures {

    private Map<String, Object> contact(UUID caseId, String format, LocalDate on, boolean qualified) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("format", format, "occurredOn", on.toString(), "qualifiedNote", qualified));
        if (qualified) {
            body.put(
                    "note", Map.of("text", "Telefonat: Stand der Bewerbungen besprochen, nächste Schritte vereinbart"));
        }
        return post("/api/cases/" + caseId + "/contacts", body, fm());
    }

    /** The case's notes that belong to a contact, as the FM's note list shows them. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> notesOnContacts(UUID caseId) {
        return ((List<Map<String, Object>>)
                        get("/api/cases/" + caseId + "/notes", fm()).getOrDefault("items", List.of()))
                .stream().filter(note -> note.get("contactId") != null).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void underPankowTenContactsWithATenWeekGapAreNotCompliant() {
        policy(PolicySettings.PANKOW);
        UUID caseId = openCase();
        clock.set(START.plusYears(1));
        // 10 counted contacts in the year, but 10 weeks between the 4th and the 5th
        LocalDate day = START.plusWeeks(2);
        for (int i = 0; i < 10; i++) {
            assertThat(contact(caseId, "IN_PERSON", day, false)).containsEntry("countsForDensity", true);
            day = day.plusWeeks(i == 3 ? 10 : 4);
        }
        Map<String, Object> phoneWithoutNote = contact(caseId, "PHONE", START.plusMonths(11), false);
        assertThat(phoneWithoutNote).containsEntry("countsForDensity", false);

        Map<String, Object> density = get("/api/cases/" + caseId + "/contact-density", fm());
        assertThat(density)
                .containsEntry("status", "NOT_COMPLIANT")
                .containsEntry("countedLastYear", 10)
                .containsEntry("maxGapMonths", 2);
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) density.get("gaps");
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0)).containsEntry("days", 70);
        assertThat(events(caseId)).containsOnly("contact-recorded").hasSize(11);
        assertThat(lastPayload(caseId, "contact-recorded"))
                .contains("\"countsForDensity\": false")
                .doesNotContain("Bewerbungen");

        // a qualified phone note counts, and the note is kept in planning
        assertThat(contact(caseId, "PHONE", START.plusYears(1), true)).containsEntry("countsForDensity", true);
        assertThat(notesOnContacts(caseId)).hasSize(1);
        assertThat(lastPayload(caseId, "contact-recorded")).doesNotContain("Bewerbungen");
    }

    @Test
    void aTahCaseWithAnAghContinuesPastThreeYearsAndWithoutOneItDoesNot() {
        policy(PolicySettings.TAH);
        LocalDate maxEnd = START.plusMonths(36);
        UUID withAgh = openCase(maxEnd, null);
        UUID withoutAgh = openCase(maxEnd, null);
        clock.set(START.plusMonths(30));
        Map<String, Object> agh = post(
                "/api/cases/" + withAgh + "/measures",
                Map.of(
                        "instrument",
                        "AGH_16D",
                        "title",
                        "Stadtteilwerkstatt",
                        "startedOn",
                        START.plusMonths(30).toString(),
                        "plannedEndOn",
                        START.plusMonths(42).toString()),
                fm());
        assertThat(agh).containsEntry("instrument", "AGH_16D");

        clock.set(START.plusMonths(37));
        Map<String, Object> review = Map.of(
                "decision",
                "CONTINUE",
                "reasons",
                "Stabilisierung in der AGH, " + "Anschlussperspektive §16i wird geprüft",
                "prognosis",
                "MODERATE");
        Map<String, Object> continued = post("/api/cases/" + withAgh + "/continuation-reviews", review, fm());
        assertThat(continued)
                .containsEntry("basis", "AGH_RUNNING")
                .containsEntry("nextReviewDueOn", START.plusMonths(43).toString());
        assertThat(events(withAgh)).containsExactly("measure-started", "continuation-reviewed");
        assertThat(lastPayload(withAgh, "continuation-reviewed")).doesNotContain("Stabilisierung");

        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + withoutAgh + "/continuation-reviews", review)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("MAX_DURATION_REACHED@decision");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + withoutAgh + "/continuation-reviews",
                                        Map.of(
                                                "decision",
                                                "EXTEND",
                                                "reasons",
                                                "kurz vor Arbeitsaufnahme",
                                                "prognosis",
                                                "GOOD",
                                                "extendedUntil",
                                                START.plusMonths(42).toString()))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NO_EXTENSION_IN_POLICY@decision");

        // the running AGH carries the case: no maximum-duration warning for it, an overdue one for the other
        assertThat(maxDurationItems()).containsExactly(withoutAgh + ":" + maxEnd + ":true");

        // once the AGH's end is recorded, the maximum duration is overdue for that case too
        clock.set(START.plusMonths(39));
        post(
                "/api/cases/" + withAgh + "/measures/" + agh.get("id") + "/end",
                Map.of("endedOn", START.plusMonths(38).toString(), "outcome", "COMPLETED"),
                fm());
        assertThat(maxDurationItems())
                .containsExactlyInAnyOrder(withoutAgh + ":" + maxEnd + ":true", withAgh + ":" + maxEnd + ":true");
    }

    @SuppressWarnings("unchecked")
    private List<String> maxDurationItems() {
        return ((List<Map<String, Object>>)
                        get("/api/worklists/reviews-due", fm()).get("items"))
                .stream()
                        .filter(i -> "MAX_DURATION_ENDS".equals(i.get("kind")))
                        .map(i -> i.get("caseId") + ":" + i.get("dueOn") + ":" + i.get("overdue"))
                        .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void underPankowAnExtensionPastTheMaximumNeedsTheTeamLeadsApproval() {
        policy(PolicySettings.PANKOW);
        UUID caseId = openCase(START.plusMonths(24), null);
        clock.set(START.plusMonths(24));
        Map<String, Object> requested = post(
                "/api/cases/" + caseId + "/continuation-reviews",
                Map.of(
                        "decision",
                        "EXTEND",
                        "reasons",
                        "Ausbildungsplatz ab August zugesagt",
                        "prognosis",
                        "GOOD",
                        "extendedUntil",
                        START.plusMonths(30).toString()),
                fm());
        assertThat(requested).containsEntry("extension", "REQUESTED");
        String reviewId = requested.get("id").toString();

        List<Map<String, Object>> open = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/extension-requests").bearerAuth(tl()), Argument.listOf(JSON_OBJECT));
        assertThat(open).extracting(r -> r.get("id")).containsExactly(reviewId);
        assertThat(open.get(0)).doesNotContainKey("reasons");

        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/continuation-reviews/" + reviewId + "/decision",
                                        Map.of("approve", true, "note", "selbst genehmigt"))
                                .bearerAuth(fm()),
                        403))
                .isNotNull();
        Map<String, Object> approved = post(
                "/api/cases/" + caseId + "/continuation-reviews/" + reviewId + "/decision",
                Map.of("approve", true, "note", "Zusage liegt vor"),
                tl());
        assertThat(approved).containsEntry("extension", "APPROVED").containsEntry("decidedBy", "tl-petra");
        assertThat(events(caseId)).containsExactly("continuation-reviewed", "continuation-reviewed");
        assertThat(lastPayload(caseId, "continuation-reviewed"))
                .contains("\"extensionApproved\": true", "\"extendedUntil\": \"" + START.plusMonths(30) + "\"");

        // within the approved extension the case continues
        clock.set(START.plusMonths(27));
        assertThat(post(
                        "/api/cases/" + caseId + "/continuation-reviews",
                        Map.of("decision", "CONTINUE", "reasons", "Ausbildung beginnt", "prognosis", "GOOD"),
                        fm()))
                .containsEntry("basis", "EXTENSION");

        // that review approves nothing itself, yet the extension still covers the case: no maximum-duration warning
        clock.set(START.plusMonths(29));
        List<Map<String, Object>> due = (List<Map<String, Object>>)
                get("/api/worklists/reviews-due?withinDays=180", fm()).get("items");
        assertThat(due)
                .extracting(i -> i.get("kind") + ":" + i.get("dueOn") + ":" + i.get("extensionApproved"))
                .containsExactly("REVIEW:" + START.plusMonths(33) + ":true");

        // once the extension has ended, the maximum duration is overdue
        clock.set(START.plusMonths(30).plusDays(1));
        due = (List<Map<String, Object>>)
                get("/api/worklists/reviews-due", fm()).get("items");
        assertThat(due)
                .extracting(i -> i.get("kind") + ":" + i.get("dueOn") + ":" + i.get("overdue"))
                .containsExactly("MAX_DURATION_ENDS:" + START.plusMonths(24) + ":true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMeasureIsListedWhenItsCaseConferenceIsDueNotWhenItsEndIs() {
        UUID caseId = openCase();
        LocalDate today = START.plusMonths(2);
        clock.set(today);
        // conference due in 12 days (end in 40): within the default 14-day window; the other's in 32 days is not
        Map<String, Object> soon = post(
                "/api/cases/" + caseId + "/measures",
                Map.of(
                        "instrument",
                        "ACTIVATION_45",
                        "startedOn",
                        START.plusMonths(1).toString(),
                        "plannedEndOn",
                        today.plusDays(40).toString()),
                fm());
        post(
                "/api/cases/" + caseId + "/measures",
                Map.of(
                        "instrument",
                        "FURTHER_TRAINING_81",
                        "startedOn",
                        START.plusMonths(1).toString(),
                        "plannedEndOn",
                        today.plusDays(60).toString()),
                fm());

        List<Map<String, Object>> ending = (List<Map<String, Object>>)
                get("/api/worklists/measures-ending", fm()).get("items");
        assertThat(ending).hasSize(1);
        assertThat(ending.get(0))
                .containsEntry("measureId", soon.get("id"))
                .containsEntry("caseConferenceBy", today.plusDays(12).toString())
                .containsEntry("plannedEndOn", today.plusDays(40).toString())
                .containsEntry("caseConferenceHeld", false)
                .containsEntry("overdue", false);

        post(
                "/api/cases/" + caseId + "/contacts",
                Map.of("format", "CASE_CONFERENCE", "occurredOn", today.toString()),
                fm());
        ending = (List<Map<String, Object>>)
                get("/api/worklists/measures-ending", fm()).get("items");
        assertThat(ending)
                .extracting(i -> i.get("measureId") + ":" + i.get("caseConferenceHeld"))
                .containsExactly(soon.get("id") + ":true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndedMeasureReachesKafkaWithCodesAndDatesOnly() throws Exception {
        UUID caseId = openCase();
        clock.set(START.plusMonths(4));
        Map<String, Object> measure = post(
                "/api/cases/" + caseId + "/measures",
                Map.of(
                        "instrument",
                        "AGH_16D",
                        "title",
                        "Stadtteilwerkstatt Nord",
                        "startedOn",
                        START.plusMonths(1).toString(),
                        "plannedEndOn",
                        START.plusMonths(7).toString()),
                fm());
        post(
                "/api/cases/" + caseId + "/measures/" + measure.get("id") + "/end",
                Map.of("endedOn", START.plusMonths(3).toString(), "outcome", "ABORTED_FOR_INTEGRATION"),
                fm());

        try (TopicProbe probe = new TopicProbe("measure-ended")) {
            ConsumerRecord<String, String> record = probe.await(
                            r -> caseId.toString().equals(r.key()), 1, Duration.ofSeconds(30))
                    .get(0);
            assertThat((Map<String, Object>)
                            json.readValue(record.value(), JSON_OBJECT).get("payload"))
                    .containsEntry("caseId", caseId.toString())
                    .containsEntry("measureId", measure.get("id"))
                    .containsEntry("instrumentCode", "AGH_16D")
                    .containsEntry("endedOn", START.plusMonths(3).toString())
                    .containsEntry("outcomeCode", "ABORTED_FOR_INTEGRATION")
                    .containsEntry("successful", true);
            assertThat(record.value()).doesNotContain("Stadtteilwerkstatt");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkListsShowWhatIsDueForTheFmAndTheTeam() {
        policy(PolicySettings.PANKOW);
        UUID quiet = openCase(START.plusMonths(24), null);
        UUID busy = openCase(START.plusMonths(7), null);
        clock.set(START.plusMonths(5).plusDays(20));
        contact(busy, "IN_PERSON", START.plusMonths(5).plusDays(10), false);
        post(
                "/api/cases/" + busy + "/measures",
                Map.of(
                        "instrument",
                        "ACTIVATION_45",
                        "startedOn",
                        START.plusMonths(3).toString(),
                        "plannedEndOn",
                        START.plusMonths(6).toString()),
                fm());

        // no contact since the admission: overdue; one contact in five months: too few (floor(10 × 172 / 365) = 4)
        Map<String, Object> contacts = get("/api/worklists/contacts-due", fm());
        assertThat((List<Map<String, Object>>) contacts.get("items"))
                .extracting(i -> i.get("caseId") + ":" + i.get("status") + ":" + i.get("overdue") + ":"
                        + i.get("nextContactDueOn"))
                .containsExactly(
                        quiet + ":NOT_COMPLIANT:true:" + START.plusMonths(2),
                        busy + ":NOT_COMPLIANT:false:" + START.plusMonths(7).plusDays(10));

        Map<String, Object> reviews = get("/api/worklists/reviews-due?withinDays=30", fm());
        assertThat((List<Map<String, Object>>) reviews.get("items"))
                .extracting(i -> i.get("caseId") + ":" + i.get("kind"))
                .contains(quiet + ":REVIEW", busy + ":REVIEW", busy + ":MAX_DURATION_ENDS")
                .doesNotContain(quiet + ":MAX_DURATION_ENDS");

        Map<String, Object> measures = get("/api/worklists/measures-ending?withinDays=30", tl());
        List<Map<String, Object>> ending = (List<Map<String, Object>>) measures.get("items");
        assertThat(ending).hasSize(1);
        assertThat(ending.get(0))
                .containsEntry("caseId", busy.toString())
                .containsEntry("caseConferenceHeld", false)
                .containsEntry(
                        "caseConferenceBy", START.plusMonths(6).minusWeeks(4).toString());

        assertThat(get("/api/worklists/agreements-expiring", fm())).containsEntry("total", 0);
        assertThat(problem(
                        HttpRequest.GET("/api/worklists/reviews-due?withinDays=999")
                                .bearerAuth(fm()),
                        400))
                .extracting(p -> rules(p))
                .isEqualTo(List.of("Range@withinDays"));
        assertThat(worklistAudits(busy, "fm-anna", "reviews")).isEqualTo(1);
    }
}
