package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.ConsultationHeld;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.contracts.SustainabilityChecked;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.outcomes.api.OutcomeLabels;
import de.lotse.reporting.outcomes.domain.Metric;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Flows, durations and outcomes per team and month from events: admissions, closures, consultations,
 * sustained integrations; small cells suppressed in the team lines and the Jobcenter total alike; a team
 * lead token without a team gets nothing.
 */
@MicronautTest(transactional = false)
class OutcomesPerMonthIT extends OutcomesScenario {
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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where jobcenter_id = :jobcenterId "
                                                + "and opened_at is not null",
                                        Params.of("jobcenterId", jobcenter))
                                == 8
                        && count(
                                        "select count(*) from caseload_case where jobcenter_id = :jobcenterId and closed_at is not null",
                                        Params.of("jobcenterId", jobcenter))
                                == 6
                        && count(
                                        "select count(*) from report_referral r join caseload_case c using (case_id) where c.jobcenter_id = :jobcenterId "
                                                + "and r.service is not null and r.status = 'COMPLETED'",
                                        Params.of("jobcenterId", jobcenter))
                                == 6
                        && count(
                                        "select count(*) from report_measure m join caseload_case c using (case_id) where c.jobcenter_id = :jobcenterId "
                                                + "and m.successful",
                                        Params.of("jobcenterId", jobcenter))
                                == 6
                        && count(
                                        "select count(*) from report_assessment a join caseload_case c using (case_id) "
                                                + "where c.jobcenter_id = :jobcenterId",
                                        Params.of("jobcenterId", jobcenter))
                                == 6);

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

    /**
     * docs/domain.md §17 (PANKOW 8, DV2017 9): reporting counts collegial case consultations per Jobcenter, team
     * and month — the team lead exactly, management through the same suppression as every outcome figure.
     */
    @Test
    void consultationsAreCountedPerTeamAndMonth_PANKOW_8() {
        LocalDate september = LocalDate.of(2025, 9, 10);
        List<UUID> cases = new ArrayList<>();
        // team-1: six cases with a consultation in September, the first a second one then and a third in October;
        // team-2: two cases with one each. The first consultation arrives before its case: counted all the same.
        for (int i = 0; i < 8; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            ConsultationHeld held = new ConsultationHeld(
                    caseId, UUID.randomUUID(), september.plusDays(i), 2, at(september.plusDays(i)));
            if (i == 0) {
                upstream.publish(jobcenter, caseId, held);
                upstream.publish(jobcenter, caseId, held); // a redelivery counts once
            }
            upstream.publish(
                    jobcenter, caseId, opened(caseId, i < 6 ? "team-1" : "team-2", "fm-" + i, "AV", START, null, null));
            if (i > 0) {
                upstream.publish(jobcenter, caseId, held);
            }
        }
        upstream.publish(
                jobcenter,
                cases.get(0),
                new ConsultationHeld(
                        cases.get(0), UUID.randomUUID(), september.plusDays(12), 1, at(september.plusDays(12))));
        upstream.publish(
                jobcenter,
                cases.get(0),
                new ConsultationHeld(
                        cases.get(0), UUID.randomUUID(), september.plusMonths(1), 3, at(september.plusMonths(1))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from report_consultation "
                                        + "where jobcenter_id = :jobcenterId and team_id is not null",
                                Params.of("jobcenterId", jobcenter))
                        == 10);

        List<Map<String, Object>> team1 = rows("?from=2025-01&to=2025-12", tl("team-1"));
        assertThat(cell(team1, "CONSULTATIONS", "2025-09", "team-1", "-")).isEqualTo("7");
        assertThat(cell(team1, "CONSULTATIONS", "2025-10", "team-1", "-")).isEqualTo("1");
        assertThat(team1).noneMatch(r -> "team-2".equals(r.get("teamId")));
        assertThat(cell(rows("?from=2025-01&to=2025-12", tl("team-2")), "CONSULTATIONS", "2025-09", "team-2", "-"))
                .as("the team lead sees the own small team exactly")
                .isEqualTo("2");

        // management: two cases are too few; team-1 = Jobcenter − team-2 would give them away
        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "CONSULTATIONS", "2025-09", "team-2", "-")).isEqualTo(WITHHELD);
        assertThat(cell(rows, "CONSULTATIONS", "2025-09", "team-1", "-")).isIn("7", WITHHELD);
        assertThat(total(rows, "CONSULTATIONS", "2025-09", "-")).isIn("9", WITHHELD);
        assertThat(List.of(
                        cell(rows, "CONSULTATIONS", "2025-09", "team-1", "-"),
                        total(rows, "CONSULTATIONS", "2025-09", "-")))
                .contains(WITHHELD);
        assertThat(cell(rows, "CONSULTATIONS", "2025-10", "team-1", "-"))
                .as("one case")
                .isEqualTo(WITHHELD);
    }

    /**
     * docs/domain.md §16.2 (TAH 6): reporting counts the sustainability checks and the sustained integrations
     * among them (lasted, at least 15 hours a week) at 6 and at 12 months per Jobcenter, team and month of the
     * check — the team lead exactly, management through the same suppression as every outcome figure.
     */
    @Test
    void sustainedIntegrationsAreCountedAtSixAndTwelveMonthsPerTeam_TAH_6() {
        LocalDate september = LocalDate.of(2025, 9, 3);
        List<UUID> cases = new ArrayList<>();
        // team-1: six 6-month checks in September (four sustained, one under 15 hours, one ended), the first case's
        // 12-month check in October; team-2: two 6-month checks, one sustained. The first check arrives before its
        // case and twice: counted once all the same.
        for (int i = 0; i < 8; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            boolean lasted = i != 5;
            Boolean hours = !lasted ? null : i != 4;
            if (i >= 6) {
                hours = i == 6;
            }
            SustainabilityChecked check = SustainabilityChecked.builder()
                    .caseId(caseId)
                    .checkId(UUID.randomUUID())
                    .checkpointMonths(6)
                    .checkedOn(september.plusDays(i))
                    .employmentLasted(lasted)
                    .atLeast15Hours(hours)
                    .recordedAt(at(september.plusDays(i)))
                    .build();
            if (i == 0) {
                upstream.publish(jobcenter, caseId, check);
                upstream.publish(jobcenter, caseId, check);
            }
            upstream.publish(
                    jobcenter, caseId, opened(caseId, i < 6 ? "team-1" : "team-2", "fm-" + i, "AV", START, null, null));
            if (i > 0) {
                upstream.publish(jobcenter, caseId, check);
            }
        }
        upstream.publish(
                jobcenter,
                cases.get(0),
                SustainabilityChecked.builder()
                        .caseId(cases.get(0))
                        .checkId(UUID.randomUUID())
                        .checkpointMonths(12)
                        .checkedOn(september.plusMonths(1))
                        .employmentLasted(true)
                        .atLeast15Hours(true)
                        .recordedAt(at(september.plusMonths(1)))
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from report_sustainability_check "
                                        + "where jobcenter_id = :jobcenterId and team_id is not null",
                                Params.of("jobcenterId", jobcenter))
                        == 9);

        List<Map<String, Object>> team1 = rows("?from=2025-01&to=2025-12", tl("team-1"));
        assertThat(cell(team1, "SUSTAINABILITY_CHECKS_6", "2025-09", "team-1", "-"))
                .isEqualTo("6");
        assertThat(cell(team1, "SUSTAINED_INTEGRATIONS_6", "2025-09", "team-1", "-"))
                .as("lasted with at least 15 hours a week")
                .isEqualTo("4");
        assertThat(cell(team1, "SUSTAINABILITY_CHECKS_12", "2025-10", "team-1", "-"))
                .isEqualTo("1");
        assertThat(cell(team1, "SUSTAINED_INTEGRATIONS_12", "2025-10", "team-1", "-"))
                .isEqualTo("1");
        assertThat(team1).noneMatch(r -> "team-2".equals(r.get("teamId")));
        List<Map<String, Object>> team2 = rows("?from=2025-01&to=2025-12", tl("team-2"));
        assertThat(cell(team2, "SUSTAINABILITY_CHECKS_6", "2025-09", "team-2", "-"))
                .isEqualTo("2");
        assertThat(cell(team2, "SUSTAINED_INTEGRATIONS_6", "2025-09", "team-2", "-"))
                .isEqualTo("1");

        // management: two checks are too few, and so is "0 of them" or "1 of them"; team-1 = Jobcenter − team-2
        // would give team-2 away
        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "SUSTAINABILITY_CHECKS_6", "2025-09", "team-2", "-"))
                .isEqualTo(WITHHELD);
        assertThat(cell(rows, "SUSTAINED_INTEGRATIONS_6", "2025-09", "team-2", "-"))
                .isEqualTo(WITHHELD);
        assertThat(cell(rows, "SUSTAINABILITY_CHECKS_6", "2025-09", "team-1", "-"))
                .isIn("6", WITHHELD);
        assertThat(total(rows, "SUSTAINABILITY_CHECKS_6", "2025-09", "-")).isIn("8", WITHHELD);
        assertThat(List.of(
                        cell(rows, "SUSTAINABILITY_CHECKS_6", "2025-09", "team-1", "-"),
                        total(rows, "SUSTAINABILITY_CHECKS_6", "2025-09", "-")))
                .contains(WITHHELD);
        assertThat(cell(rows, "SUSTAINED_INTEGRATIONS_6", "2025-09", "team-1", "-"))
                .as("four customers")
                .isEqualTo(WITHHELD);
        assertThat(cell(rows, "SUSTAINED_INTEGRATIONS_12", "2025-10", "team-1", "-"))
                .as("one customer")
                .isEqualTo(WITHHELD);
    }

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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where jobcenter_id = :jobcenterId "
                                                + "and opened_at is not null",
                                        Params.of("jobcenterId", jobcenter))
                                == 9
                        && count(
                                        "select count(*) from report_measure where jobcenter_id = :jobcenterId and team_id is not null",
                                        Params.of("jobcenterId", jobcenter))
                                == 12);

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

    @Test
    void aTeamLeadTokenWithoutTeamGetsNothingRatherThanTheWholeJobcenter() {
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + i, "AV", START, null, null));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from caseload_case where jobcenter_id = :jobcenterId "
                                        + "and opened_at is not null",
                                Params.of("jobcenterId", jobcenter))
                        == 5);
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
