package de.lotse.planning.it;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §16.1 (TAH 2, 4.12): after an integration, the FM secures its success by after-care; within the
 * after-care period agreed at closure, contacts and notes may still be recorded on the closed case — never before
 * the closure's day, never counted toward the contact density, and nothing else reopens.
 */
@MicronautTest(transactional = false)
class AfterCareIT extends PlanningFixtures {

    @Test
    @SuppressWarnings("unchecked")
    void withinTheAfterCarePeriodContactsAndNotesAreRecordedOnTheClosedCase_TAH_4_12() {
        UUID caseId = openCase();
        String cases = "/api/cases/" + caseId;
        close(caseId, START.plusMonths(2), START.plusMonths(5));
        clock.set(START.plusMonths(3));

        Map<String, Object> contact = post(
                cases + "/contacts",
                Map.of(
                        "format",
                        "PHONE",
                        "occurredOn",
                        START.plusMonths(3).toString(),
                        "qualifiedNote",
                        true,
                        "note",
                        Map.of("text", "Nachfrage nach dem Arbeitsbeginn: die Probezeit läuft gut")),
                fm());
        assertThat(contact).containsEntry("afterCare", true).containsEntry("countsForDensity", false);
        assertThat(post(cases + "/notes", Map.of("visibility", "GENERAL", "text", "Krisengespräch angeboten"), fm()))
                .containsEntry("visibility", "GENERAL");
        assertThat(lastPayload(caseId, "contact-recorded"))
                .contains("\"afterCare\": true")
                .doesNotContain("Probezeit");

        // after-care follows the closure: a contact dated before it is refused
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        cases + "/contacts",
                                        Map.of(
                                                "format",
                                                "IN_PERSON",
                                                "occurredOn",
                                                START.plusMonths(2).toString()))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("AFTER_CARE_AFTER_CLOSURE@occurredOn");
        // nothing else reopens: the plan stays closed
        assertThat(problem(
                        HttpRequest.POST(
                                        cases + "/measures",
                                        Map.of(
                                                "instrument",
                                                "ACTIVATION_45",
                                                "startedOn",
                                                START.plusMonths(3).toString()))
                                .bearerAuth(fm()),
                        409))
                .containsEntry("type", "conflict");
        // a colleague outside the case gets nothing, as on an open case
        assertThat(problem(
                        HttpRequest.POST(cases + "/notes", Map.of("visibility", "GENERAL", "text", "x"))
                                .bearerAuth(fm("fm-bernd")),
                        403))
                .containsEntry("type", "forbidden");

        // after the period the case takes nothing more
        clock.set(START.plusMonths(5).plusDays(1));
        Map<String, Object> refused = problem(
                HttpRequest.POST(
                                cases + "/contacts",
                                Map.of(
                                        "format",
                                        "PHONE",
                                        "occurredOn",
                                        START.plusMonths(5).plusDays(1).toString()))
                        .bearerAuth(fm()),
                409);
        assertThat(rules(refused)).containsExactly("CASE_CLOSED@null");
        assertThat(refused.get("detail").toString()).contains("Nachbetreuung");
        assertThat((List<Map<String, Object>>) get(cases + "/notes", fm()).get("items"))
                .hasSize(2);
    }

    @Test
    void withoutAgreedAfterCareAClosedCaseTakesNoContact_TAH_4_12() {
        UUID caseId = openCase();
        close(caseId, START.plusMonths(2));
        clock.set(START.plusMonths(2).plusDays(3));
        Map<String, Object> refused = problem(
                HttpRequest.POST(
                                "/api/cases/" + caseId + "/contacts",
                                Map.of(
                                        "format",
                                        "PHONE",
                                        "occurredOn",
                                        START.plusMonths(2).plusDays(3).toString()))
                        .bearerAuth(fm()),
                409);
        assertThat(refused.get("detail").toString()).contains("Nachbetreuung", "nicht vereinbart");
    }
}
