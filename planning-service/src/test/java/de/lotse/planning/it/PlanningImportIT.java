package de.lotse.planning.it;

import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning's part of a case taken over with its history (docs/import.md): contacts replayed as on their days, so
 * that the contact density over the imported year is judged by the policy of that time; again imported they
 * change nothing; a check names each broken contact and keeps nothing.
 */
@MicronautTest(transactional = false)
class PlanningImportIT extends PlanningFixtures {
    private static final LocalDate ADMITTED = START.minusMonths(13);

    @Test
    @SuppressWarnings("unchecked")
    void aYearOfContactsWithOneGapOfNineAndAHalfWeeksIsAContactDensityFindingAndAgainChangesNothing() {
        policy(2, START.minusYears(3), PolicySettings.PANKOW);
        UUID caseId = admittedLongAgo();
        Map<String, Object> record = record(aYearOfContacts());

        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat(first).containsEntry("result", "UPDATED");
        assertThat((List<String>) first.get("changes"))
                .hasSize(12)
                .first()
                .isEqualTo("contacts[0] " + ADMITTED.plusDays(7));
        Map<String, Object> density = get("/api/cases/" + caseId + "/contact-density", fm());
        assertThat(density).containsEntry("status", "NOT_COMPLIANT").containsEntry("maxGapMonths", 2);
        assertThat((List<Map<String, Object>>) density.get("gaps"))
                .singleElement()
                .satisfies(gap -> assertThat(gap).containsEntry("days", 66));
        assertThat(events(caseId)).hasSize(12).containsOnly("contact-recorded");
        assertThat(lastPayload(caseId, "contact-recorded")).contains("\"countsForDensity\": true");

        assertThat(put("/api/import/cases/" + caseId, record, admin()))
                .containsEntry("result", "UNCHANGED")
                .doesNotContainKey("changes");
        assertThat(events(caseId)).hasSize(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContactTakenOverCannotBeChangedByAnotherImportAndNothingOfThatImportIsKept() {
        policy(2, START.minusYears(3), PolicySettings.PANKOW);
        UUID caseId = admittedLongAgo();
        List<Map<String, Object>> contacts = aYearOfContacts();
        put("/api/import/cases/" + caseId, record(contacts.subList(0, 3)), admin());

        List<Map<String, Object>> changed = new ArrayList<>(contacts.subList(0, 5));
        changed.set(1, contact("K-2", changed.get(1).get("occurredOn").toString(), "PHONE"));
        Map<String, Object> problem = problem(
                HttpRequest.PUT("/api/import/cases/" + caseId, record(changed)).bearerAuth(admin()), 422);

        assertThat(rules(problem)).containsExactly("IMPORTED_HISTORY_CHANGED@contacts[1]");
        assertThat(events(caseId)).hasSize(3); // the new contacts of the refused import were not kept either
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckNamesContactsOutsideTheCaseAndKeepsNothing() {
        Map<String, Object> valid = record(aYearOfContacts());
        valid.put("admittedOn", ADMITTED.toString());
        Map<String, Object> early =
                record(List.of(contact("K-1", ADMITTED.minusDays(3).toString(), "IN_PERSON")));
        early.put("admittedOn", ADMITTED.toString());

        List<Map<String, Object>> results = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", List.of(valid, early)))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));

        assertThat(results.get(0)).doesNotContainKey("problems");
        assertThat((List<Map<String, Object>>) results.get(1).get("problems"))
                .extracting(p -> p.get("field") + " " + p.get("rule"))
                .containsExactly("contacts[0].occurredOn OUTSIDE_CASE_AND_TODAY");
        assertThat(problem(
                        HttpRequest.PUT("/api/import/cases/" + UUID.randomUUID(), valid)
                                .bearerAuth(fm()),
                        403))
                .containsEntry("status", 403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void measuresArriveWithTheirDaysARunningAghStaysRunningAndItsLaterEndIsAddedByTheNextImport() {
        policy(2, START.minusYears(4), PolicySettings.TAH);
        UUID caseId = admittedLongAgo();
        Map<String, Object> agh = measure("M-2", "AGH_16D", START.minusMonths(4), null, null);
        Map<String, Object> coaching = measure(
                "M-1", "ACTIVATION_45", ADMITTED.plusMonths(1), ADMITTED.plusMonths(4), "COMPLETED_SUCCESSFULLY");
        Map<String, Object> record = record(List.of());
        record.put("measures", List.of(agh, coaching));

        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat((List<String>) first.get("changes"))
                .containsExactly(
                        "measures[1] " + ADMITTED.plusMonths(1),
                        "measures[1].endedOn " + ADMITTED.plusMonths(4),
                        "measures[0] " + START.minusMonths(4));
        List<Map<String, Object>> listed = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/measures").bearerAuth(fm()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(listed)
                .extracting(m -> m.get("instrument") + " " + m.get("startedOn") + " " + m.get("endedOn"))
                .containsExactlyInAnyOrder(
                        "AGH_16D " + START.minusMonths(4) + " null",
                        "ACTIVATION_45 " + ADMITTED.plusMonths(1) + " " + ADMITTED.plusMonths(4));
        assertThat(events(caseId)).containsExactly("measure-started", "measure-ended", "measure-started");
        assertThat(put("/api/import/cases/" + caseId, record, admin())).containsEntry("result", "UNCHANGED");

        Map<String, Object> ended = new java.util.HashMap<>(record);
        ended.put(
                "measures",
                List.of(measure("M-2", "AGH_16D", START.minusMonths(4), START.minusDays(2), "COMPLETED"), coaching));
        assertThat(put("/api/import/cases/" + caseId, ended, admin()))
                .containsEntry("changes", List.of("measures[0].endedOn " + START.minusDays(2)));
        assertThat(events(caseId)).hasSize(4).endsWith("measure-ended");
    }

    private static Map<String, Object> measure(
            String sourceId, String instrument, LocalDate started, LocalDate ended, String outcome) {
        Map<String, Object> measure = new java.util.HashMap<>();
        measure.put("sourceId", sourceId);
        measure.put("instrument", instrument);
        measure.put("title", "Maßnahme " + sourceId);
        measure.put("startedOn", started.toString());
        if (ended != null) {
            measure.put("endedOn", ended.toString());
            measure.put("outcome", outcome);
        }
        return measure;
    }

    private UUID admittedLongAgo() {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(ADMITTED)
                        .admittedAt(ADMITTED.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(ADMITTED)
                        .maxDurationEndsOn(ADMITTED.plusMonths(24))
                        .build());
        awaitCaseReference(caseId, c -> c.get("admittedOn") != null);
        return caseId;
    }

    /** Twelve contacts in person four weeks apart, but nine and a half weeks between the 5th and the 6th. */
    private static List<Map<String, Object>> aYearOfContacts() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        LocalDate day = ADMITTED.plusDays(7);
        for (int i = 1; i <= 12; i++) {
            contacts.add(contact("K-" + i, day.toString(), "IN_PERSON"));
            day = day.plusDays(i == 5 ? 66 : 28);
        }
        return contacts;
    }

    private static Map<String, Object> contact(String sourceId, String on, String format) {
        return Map.of("sourceId", sourceId, "occurredOn", on, "format", format, "recordedBy", "fm-anna");
    }

    private static Map<String, Object> record(List<Map<String, Object>> contacts) {
        Map<String, Object> record = new java.util.HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", "F-" + UUID.randomUUID()));
        record.put("contacts", contacts);
        return record;
    }

    private String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }
}
