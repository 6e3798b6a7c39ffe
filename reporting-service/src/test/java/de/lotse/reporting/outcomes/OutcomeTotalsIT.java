package de.lotse.reporting.outcomes;

import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jobcenter's total of each outcome figure beside the teams': counted over its customers, suppressed the
 * same way, in JSON and CSV alike; and only for management.
 */
@MicronautTest(transactional = false)
class OutcomeTotalsIT extends OutcomesScenario {
    /**
     * Management gets the Jobcenter's figure per metric, month and key beside the teams', counted over its
     * customers: cells suppressed per team add up to a total that is shown once it has 5 customers.
     */
    @Test
    void theJobcenterTotalIsCountedOverItsCustomersAndSuppressedTheSameWay() {
        List<UUID> cases = new ArrayList<>();
        // three customers in each of two teams through the AV; three through the new-customer centre
        for (int i = 0; i < 9; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            String team = i < 3 ? "team-1" : i < 6 ? "team-2" : i % 2 == 0 ? "team-1" : "team-2";
            upstream.publish(
                    jobcenter,
                    caseId,
                    opened(caseId, team, "fm-" + i, i < 6 ? "AV" : "NEW_CUSTOMER_CENTRE", START, null, null));
            if (i < 6) {
                // two successful measures each: 6 per team, but only 3 customers behind them
                for (int m = 0; m < 2; m++) {
                    upstream.publish(
                            jobcenter,
                            caseId,
                            EventFixtures.measureEnded()
                                    .caseId(caseId)
                                    .instrumentCode("ACTIVATION_45")
                                    .endedOn(LocalDate.of(2025, 7, 1 + m))
                                    .outcomeCode("COMPLETED_SUCCESSFULLY")
                                    .recordedAt(at(LocalDate.of(2025, 7, 1)))
                                    .build());
                }
            }
        }
        awaitTeamLeadSees("team-1", "ADMISSIONS", "2025-03", "AV", "3");
        awaitTeamLeadSees("team-1", "ADMISSIONS", "2025-03", "NEW_CUSTOMER_CENTRE", "2");
        awaitTeamLeadSees("team-2", "ADMISSIONS", "2025-03", "AV", "3");
        awaitTeamLeadSees("team-2", "ADMISSIONS", "2025-03", "NEW_CUSTOMER_CENTRE", "1");
        awaitTeamLeadSees("team-1", "MEASURES_SUCCESSFUL", "2025-07", "ACTIVATION_45", "6");
        awaitTeamLeadSees("team-2", "MEASURES_SUCCESSFUL", "2025-07", "ACTIVATION_45", "6");

        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "ADMISSIONS", "2025-03", "team-1", "AV")).isEqualTo(WITHHELD);
        assertThat(cell(rows, "ADMISSIONS", "2025-03", "team-2", "AV")).isEqualTo(WITHHELD);
        assertThat(total(rows, "ADMISSIONS", "2025-03", "AV")).isIn("6", WITHHELD);
        assertThat(total(rows, "ADMISSIONS", "2025-03", "NEW_CUSTOMER_CENTRE")).isEqualTo(WITHHELD);
        assertThat(cell(rows, "MEASURES_SUCCESSFUL", "2025-07", "team-1", "ACTIVATION_45"))
                .isEqualTo(WITHHELD);
        assertThat(total(rows, "MEASURES_SUCCESSFUL", "2025-07", "ACTIVATION_45"))
                .as("6 customers")
                .isIn("12", WITHHELD);
        // every metric, month and key with team rows has exactly one total, after the teams
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> r = rows.get(i);
            if (!Boolean.TRUE.equals(r.get("total"))) {
                assertThat(total(rows, (String) r.get("metric"), (String) r.get("month"), (String) r.get("key")))
                        .isNotEqualTo("none");
            } else if (i + 1 < rows.size()) {
                Map<String, Object> next = rows.get(i + 1);
                assertThat(next.get("metric").equals(r.get("metric"))
                                && next.get("month").equals(r.get("month"))
                                && !Boolean.TRUE.equals(next.get("total")))
                        .as("teams before the total")
                        .isFalse();
            }
        }
        String raw = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12").bearerAuth(management()));
        cases.forEach(id -> assertThat(raw).doesNotContain(id.toString()));

        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/outcomes/export?from=2025-01&to=2025-12")
                        .bearerAuth(management()));
        assertThat(csv)
                .contains(
                        "\r\nZugänge nach Zugangsweg;2025-03;team-1;Vormerkung durch die Arbeitsvermittlung;geschützt\r\n",
                        "\r\nZugänge nach Zugangsweg;2025-03;Gesamt;Neukundenzentrum;geschützt\r\n");
        // a team lead's answer is the own team only: no Jobcenter figures
        assertThat(rows("?from=2025-01&to=2025-12", tl("team-1")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("teamId", "team-1").containsEntry("total", false));
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/outcomes/export?from=2025-01&to=2025-12")
                                .bearerAuth(tl("team-1"))))
                .as("no line of the Jobcenter (team column „Gesamt“)")
                .doesNotContainPattern("\r\n[^;\r]*;[^;\r]*;Gesamt;");
    }
}
