package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.outcomes.api.OutcomeLabels;
import de.lotse.reporting.outcomes.domain.Metric;
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
 * Flows, durations and outcomes per team and month from events: admissions, closures, integrations, measures
 * and partner referrals — the team lead of a team exactly, management with small cells suppressed; a team lead
 * token without a team gets nothing.
 */
@MicronautTest(transactional = false)
class OutcomeFlowsPerMonthIT extends OutcomesScenario {
    @Test
    void flowsAndOutcomesPerMonthWithSmallCellsSuppressed() {
        List<UUID> cases = new ArrayList<>();
        // team-1: six cases admitted through the AV in March 2025, closed by integration in Nov/Dec 2025;
        // team-2: two cases through the new-customer centre
        for (int i = 0; i < 8; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            boolean team1 = i < 6;
            upstream.publish(
                    jobcenter,
                    caseId,
                    opened(
                            caseId,
                            team1 ? "team-1" : "team-2",
                            "fm-" + i,
                            team1 ? "AV" : "NEW_CUSTOMER_CENTRE",
                            START,
                            null,
                            null));
            if (team1) {
                LocalDate closedOn = i < 5 ? LocalDate.of(2025, 11, 20) : LocalDate.of(2025, 12, 5);
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.caseClosed()
                                .caseId(caseId)
                                .reasonCode("INTEGRATION_EMPLOYMENT")
                                .closedOn(closedOn)
                                .durationDays(java.time.temporal.ChronoUnit.DAYS.between(START, closedOn))
                                .closedAt(at(closedOn))
                                .policyVersion(3)
                                .build());
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.assessmentCompleted()
                                .caseId(caseId)
                                .version(2)
                                .prognosisHorizonMonths(6)
                                .marketNear(true)
                                .profileCode(null)
                                .categoryCode("C")
                                .validUntil(closedOn)
                                .completedAt(at(LocalDate.of(2025, 9, 10)))
                                .assessedOn(LocalDate.of(2025, 9, 10))
                                .previousVersion(1)
                                .needsResolved(2)
                                .strengthsGained(1)
                                .profileDirection("UP")
                                .build());
                UUID measure = UUID.randomUUID();
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.measureStarted()
                                .caseId(caseId)
                                .measureId(measure)
                                .instrumentCode("ACTIVATION_45")
                                .startedOn(START.plusMonths(1))
                                .plannedEndOn(START.plusMonths(4))
                                .recordedAt(at(START.plusMonths(1)))
                                .build());
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.measureEnded()
                                .caseId(caseId)
                                .measureId(measure)
                                .instrumentCode("ACTIVATION_45")
                                .endedOn(LocalDate.of(2025, 7, 1))
                                .outcomeCode("COMPLETED_SUCCESSFULLY")
                                .recordedAt(at(LocalDate.of(2025, 7, 1)))
                                .build());
                UUID referral = UUID.randomUUID();
                // status before sent: any order
                upstream.publish(
                        jobcenter,
                        caseId,
                        ReferralStatusChanged.builder()
                                .caseId(caseId)
                                .referralId(referral)
                                .partnerId(UUID.randomUUID())
                                .fromStatus("STARTED")
                                .toStatus("COMPLETED")
                                .changedAt(at(LocalDate.of(2025, 8, 15)))
                                .build());
                upstream.publish(
                        jobcenter,
                        caseId,
                        ReferralSent.builder()
                                .caseId(caseId)
                                .referralId(referral)
                                .partnerId(UUID.randomUUID())
                                .serviceCode("DEBT_COUNSELLING")
                                .sentAt(at(START.plusMonths(1)))
                                .build());
            }
        }
        awaitTeamLeadSees("team-1", "ADMISSIONS", "2025-03", "AV", "6");
        awaitTeamLeadSees("team-2", "ADMISSIONS", "2025-03", "NEW_CUSTOMER_CENTRE", "2");
        awaitTeamLeadSees("team-1", "CLOSURES", "2025-11", "INTEGRATION_EMPLOYMENT", "5");
        awaitTeamLeadSees("team-1", "CLOSURES", "2025-12", "INTEGRATION_EMPLOYMENT", "1");
        awaitTeamLeadSees("team-1", "REFERRALS_16A_COMPLETED", "2025-08", "DEBT_COUNSELLING", "6");
        awaitTeamLeadSees("team-1", "MEASURES_SUCCESSFUL", "2025-07", "ACTIVATION_45", "6");
        awaitTeamLeadSees("team-1", "CATEGORY_UPGRADES", "2025-09", "-", "6");

        // the team lead of team-1 counts exactly, live
        List<Map<String, Object>> team1 = rows("?from=2025-01&to=2025-12", tl("team-1"));
        assertThat(cell(team1, "ADMISSIONS", "2025-03", "team-1", "AV")).isEqualTo("6");
        assertThat(cell(team1, "CLOSURES", "2025-11", "team-1", "INTEGRATION_EMPLOYMENT"))
                .isEqualTo("5");
        assertThat(cell(team1, "CLOSURES", "2025-12", "team-1", "INTEGRATION_EMPLOYMENT"))
                .isEqualTo("1");
        assertThat(cell(team1, "INTEGRATIONS", "2025-11", "team-1", "INTEGRATION_EMPLOYMENT"))
                .isEqualTo("5");
        assertThat(cell(team1, "DURATION", "2025-11", "team-1", "6-12")).isEqualTo("5");
        assertThat(cell(team1, "NEEDS_RESOLVED", "2025-09", "team-1", "-")).isEqualTo("12"); // 2 each
        assertThat(cell(team1, "CATEGORY_UPGRADES", "2025-09", "team-1", "-")).isEqualTo("6");
        assertThat(cell(team1, "MEASURES_SUCCESSFUL", "2025-07", "team-1", "ACTIVATION_45"))
                .isEqualTo("6");
        assertThat(cell(team1, "REFERRALS_16A_COMPLETED", "2025-08", "team-1", "DEBT_COUNSELLING"))
                .isEqualTo("6");
        // and the sums over the keys: all admissions and closures of the team in the month
        assertThat(team1)
                .anySatisfy(r -> assertThat(r)
                        .containsEntry("metric", "CLOSURES")
                        .containsEntry("month", "2025-11")
                        .containsEntry("value", 5)
                        .doesNotContainKey("key"));

        // management reads the reporting date's figures: what has fewer than 5 customers is withheld, and
        // whatever would give it back (the complements); every figure shown is the true one
        Map<String, Object> answer = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12").bearerAuth(management()), JSON_OBJECT);
        assertThat(answer).containsEntry("reportingDate", TODAY.minusDays(1).toString());
        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "ADMISSIONS", "2025-03", "team-2", "NEW_CUSTOMER_CENTRE"))
                .isEqualTo(WITHHELD);
        assertThat(cell(rows, "CLOSURES", "2025-12", "team-1", "INTEGRATION_EMPLOYMENT"))
                .isEqualTo(WITHHELD);
        assertThat(cell(rows, "ADMISSIONS", "2025-03", "team-1", "AV")).isIn("6", WITHHELD);
        assertThat(cell(rows, "CLOSURES", "2025-11", "team-1", "INTEGRATION_EMPLOYMENT"))
                .isIn("5", WITHHELD);
        assertThat(cell(rows, "MEASURES_SUCCESSFUL", "2025-07", "team-1", "ACTIVATION_45"))
                .isIn("6", WITHHELD);
        for (Map<String, Object> row : rows) {
            if (!Boolean.TRUE.equals(row.get("suppressed"))) {
                assertThat(((Number) row.get("value")).longValue())
                        .satisfiesAnyOf(
                                v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
            }
        }
        String raw = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12").bearerAuth(management()));
        cases.forEach(id -> assertThat(raw).doesNotContain(id.toString()));

        // a team lead sees the own team only
        assertThat(rows("?from=2025-01&to=2025-12", tl("team-2")))
                .allSatisfy(r -> assertThat(r.get("teamId")).isEqualTo("team-2"));

        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/outcomes/export?from=2025-01&to=2025-12")
                        .bearerAuth(management()));
        assertThat(csv)
                .startsWith("\uFEFFKennzahl;Monat;Team;Schlüssel;Wert\r\n")
                .contains("Zugänge nach Zugangsweg;2025-03;team-2;Neukundenzentrum;geschützt\r\n")
                .doesNotContain("<5");
        for (Map<String, Object> row : rows) {
            assertThat(csv)
                    .contains(OutcomeLabels.metric(Metric.valueOf((String) row.get("metric"))) + ";" + row.get("month")
                            + ";" + (Boolean.TRUE.equals(row.get("total")) ? "Gesamt" : row.get("teamId")) + ";"
                            + (row.get("key") == null
                                    ? "Gesamt"
                                    : OutcomeLabels.key(
                                            Metric.valueOf((String) row.get("metric")), (String) row.get("key")))
                            + ";"
                            + (Boolean.TRUE.equals(row.get("suppressed")) ? WITHHELD : row.get("value")) + "\r\n");
        }
        assertThat(problem(HttpRequest.GET("/api/outcomes?from=2025-13").bearerAuth(management()), 400))
                .isNotNull();
        assertThat(problem(
                        HttpRequest.GET("/api/outcomes")
                                .bearerAuth(de.lotse.platform.testing.TestTokens.user("fm-anna", "FM")
                                        .jobcenter(jobcenter)
                                        .team("team-1")
                                        .sign()),
                        403))
                .isNotNull();
    }

    @Test
    void aTeamLeadTokenWithoutTeamGetsNothingRatherThanTheWholeJobcenter() {
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + i, "AV", START, null, null));
        }
        awaitTeamLeadSees("team-1", "ADMISSIONS", "2025-03", "AV", "5");
        String withoutTeam = de.lotse.platform.testing.TestTokens.user("tl-nobody", "TL")
                .jobcenter(jobcenter)
                .sign();
        assertThat(String.valueOf(problem(
                                HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12")
                                        .bearerAuth(withoutTeam),
                                403)
                        .get("violations")))
                .contains("rule=TEAM_LEAD_ONLY");
        assertThat(failing(
                        HttpRequest.GET("/api/outcomes/export?from=2025-01&to=2025-12")
                                .bearerAuth(withoutTeam),
                        403))
                .isNotNull();
        assertThat(cell(rows("?from=2025-01&to=2025-12", tl("team-1")), "ADMISSIONS", "2025-03", "team-1", "AV"))
                .isEqualTo("5");
    }
}
