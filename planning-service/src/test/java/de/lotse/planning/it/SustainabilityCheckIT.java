package de.lotse.planning.it;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §16.2 (TAH 6, issue 16): 6 and 12 months after a closure into work the Jobcenter records whether
 * the employment lasted and had at least 15 hours a week, from what it knows — it contacts a former customer for
 * this only within the after-care period.
 */
@MicronautTest(transactional = false)
class SustainabilityCheckIT extends PlanningFixtures {
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(JSON_OBJECT);
    private static final LocalDate CLOSED = START.plusMonths(2);
    private static final String NOTE = "Leistungsakte: Einkommen aus Beschäftigung bei der Spedition gemeldet";

    @Test
    void sustainedIntegrationIsCheckedAtSixAndTwelveMonthsFromWhatTheJobcenterKnows_TAH_6() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId + "/sustainability-checks";
        close(caseId, CLOSED, CLOSED.plusMonths(6));

        // not before the point in time
        clock.set(CLOSED.plusMonths(6).minusDays(1));
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        path,
                                        check(
                                                "MONTHS_6",
                                                CLOSED.plusMonths(6).minusDays(1),
                                                true,
                                                true,
                                                "BENEFIT_RECORDS",
                                                null))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NOT_DUE_YET@checkedOn");

        // at 6 months, on the last day of after-care, an after-care contact is a source
        clock.set(CLOSED.plusMonths(6));
        Map<String, Object> six = post(
                path,
                check("MONTHS_6", CLOSED.plusMonths(6), true, true, "AFTER_CARE_CONTACT", "Probezeit bestanden"),
                fm());
        assertThat(six)
                .containsEntry("checkpoint", "MONTHS_6")
                .containsEntry("sustained", true)
                .containsEntry("source", "AFTER_CARE_CONTACT");
        // one check per point in time
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        path,
                                        check("MONTHS_6", CLOSED.plusMonths(6), false, null, "BENEFIT_RECORDS", null))
                                .bearerAuth(fm()),
                        409)))
                .containsExactly("ALREADY_CHECKED@null");

        // at 12 months after-care has long ended: the Jobcenter does not contact the former customer
        LocalDate twelve = CLOSED.plusMonths(12).plusDays(3);
        clock.set(twelve);
        assertThat(rules(problem(
                        HttpRequest.POST(path, check("MONTHS_12", twelve, true, true, "AFTER_CARE_CONTACT", null))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NO_CONTACT_OUTSIDE_AFTER_CARE@source");
        assertThat(rules(problem(
                        HttpRequest.POST(path, check("MONTHS_12", twelve, true, null, "BENEFIT_RECORDS", null))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("REQUIRED@atLeast15Hours");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        path,
                                        check("MONTHS_12", twelve.plusDays(1), true, true, "BENEFIT_RECORDS", null))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("IN_FUTURE@checkedOn");
        // a colleague outside the case records nothing
        assertThat(rules(problem(
                        HttpRequest.POST(path, check("MONTHS_12", twelve, true, true, "BENEFIT_RECORDS", null))
                                .bearerAuth(fm("fm-bernd")),
                        403)))
                .containsExactly("NOT_YOUR_CASE@null");
        // from the benefit records: it lasted, but under 15 hours a week — no sustained integration (TAH 6)
        assertThat(post(path, check("MONTHS_12", twelve, true, false, "BENEFIT_RECORDS", NOTE), tl()))
                .containsEntry("sustained", false)
                .containsEntry("atLeast15Hours", false);

        List<Map<String, Object>> checks =
                client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(fm()), LIST);
        assertThat(checks).extracting(c -> c.get("checkpoint")).containsExactly("MONTHS_6", "MONTHS_12");
        assertThat(checks.get(1)).containsEntry("note", NOTE).containsEntry("recordedBy", "tl-petra");
        assertThat(audits(caseId, "fm-anna", "LIST", "sustainability-check"))
                .as("one entry per check shown")
                .isEqualTo(2);
        assertThat(problem(HttpRequest.GET(path).bearerAuth(fm("fm-bernd")), 403))
                .containsEntry("type", "forbidden");

        // the events: points in time, flags and dates, never the note
        assertThat(events(caseId)).containsExactly("sustainability-checked", "sustainability-checked");
        assertThat(lastPayload(caseId, "sustainability-checked"))
                .contains(
                        "\"checkpointMonths\": 12",
                        "\"checkedOn\": \"" + twelve + "\"",
                        "\"employmentLasted\": true",
                        "\"atLeast15Hours\": false")
                .doesNotContain("Spedition", "BENEFIT_RECORDS");
    }

    @Test
    void onlyAClosureIntoWorkIsChecked_TAH_6() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId + "/sustainability-checks";
        clock.set(START.plusMonths(7));
        Map<String, Object> body = check("MONTHS_6", START.plusMonths(7), false, null, "BENEFIT_RECORDS", null);
        assertThat(rules(problem(HttpRequest.POST(path, body).bearerAuth(fm()), 409)))
                .containsExactly("CASE_NOT_CLOSED@null");

        close(caseId, START.plusDays(20), "MOVED");
        assertThat(rules(problem(HttpRequest.POST(path, body).bearerAuth(fm()), 422)))
                .containsExactly("NO_INTEGRATION@null");
        assertThat(events(caseId)).isEmpty();
    }

    private static Map<String, Object> check(
            String checkpoint, LocalDate checkedOn, boolean lasted, Boolean hours, String source, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("checkpoint", checkpoint);
        body.put("checkedOn", checkedOn.toString());
        body.put("employmentLasted", lasted);
        if (hours != null) {
            body.put("atLeast15Hours", hours);
        }
        body.put("source", source);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }
}
