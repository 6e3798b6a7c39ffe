package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.contracts.ConsultationHeld;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.contracts.SustainabilityChecked;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
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

/** Flows, durations and outcomes per month from events; small cells suppressed; CSV export. */
@MicronautTest(transactional = false)
class OutcomesIT extends ReportingFixtures {

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String query, String token) {
        return (List<Map<String, Object>>) client.toBlocking()
                .retrieve(HttpRequest.GET("/api/outcomes" + query).bearerAuth(token), JSON_OBJECT)
                .getOrDefault("rows", List.of());
    }

    /** What management's answer shows for a withheld cell. */
    private static final String WITHHELD = "geschützt";

    private static String cell(List<Map<String, Object>> rows, String metric, String month, String team, String key) {
        return rows.stream()
                .filter(r -> metric.equals(r.get("metric"))
                        && month.equals(r.get("month"))
                        && team.equals(r.get("teamId"))
                        && java.util.Objects.equals(key, r.get("key")))
                .map(r -> Boolean.TRUE.equals(r.get("suppressed")) ? WITHHELD : String.valueOf(r.get("value")))
                .findFirst()
                .orElse("none");
    }

    /**
     * The Jobcenter's total of a metric, month and key (management only; key {@code null}: the sum over all keys):
     * "none" when there is no such row.
     */
    private static String total(List<Map<String, Object>> rows, String metric, String month, String key) {
        List<Map<String, Object>> totals = rows.stream()
                .filter(r -> Boolean.TRUE.equals(r.get("total"))
                        && metric.equals(r.get("metric"))
                        && month.equals(r.get("month"))
                        && java.util.Objects.equals(key, r.get("key")))
                .toList();
        assertThat(totals)
                .as("one total of %s %s %s", metric, month, key)
                .hasSizeLessThanOrEqualTo(1)
                .allSatisfy(r -> assertThat(r.get("teamId")).isNull());
        return totals.stream()
                .map(r -> Boolean.TRUE.equals(r.get("suppressed")) ? WITHHELD : String.valueOf(r.get("value")))
                .findFirst()
                .orElse("none");
    }

    /** All six dimensions of the co-rated scale. */
    private static final List<String> SCALE = List.of(
            "CONFIDENCE",
            "DAILY_STRUCTURE",
            "HEALTH_AND_WELLBEING",
            "HOUSING_AND_MONEY",
            "SOCIAL_RELATIONS",
            "WORK_READINESS");

    /**
     * A version that rates all six dimensions (or none: sums {@code null}), compared by assessment-service with
     * the case's first co-rated version {@code first} as it publishes it.
     */
    private static AssessmentCompleted coRated(
            UUID caseId, int version, LocalDate on, Integer customer, Integer caseManager, AssessmentCompleted first) {
        boolean compared = customer != null && first != null;
        return coRated(
                caseId,
                version,
                on,
                customer,
                caseManager,
                customer == null ? null : SCALE,
                compared ? first.version() : null,
                compared ? SCALE.size() : null,
                compared
                        ? customer + caseManager - first.coRatingCustomerSum() - first.coRatingCaseManagerSum()
                        : null);
    }

    private static AssessmentCompleted coRated(
            UUID caseId,
            int version,
            LocalDate on,
            Integer customer,
            Integer caseManager,
            List<String> dimensions,
            Integer comparedWith,
            Integer commonDimensions,
            Integer change) {
        return EventFixtures.assessmentCompleted()
                .caseId(caseId)
                .version(version)
                .prognosisHorizonMonths(12)
                .profileCode("DEVELOPMENT")
                .validUntil(on.plusMonths(6))
                .completedAt(at(on))
                .assessedOn(on)
                .previousVersion(version == 1 ? null : version - 1)
                .coRatingCustomerSum(customer)
                .coRatingCaseManagerSum(caseManager)
                .coRatedDimensions(dimensions)
                .coRatingComparedWith(comparedWith)
                .coRatingCommonDimensions(commonDimensions)
                .coRatingChange(change)
                .build();
    }

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
                                        "select count(*) from caseload_case where jobcenter_id = ? "
                                                + "and opened_at is not null",
                                        jobcenter)
                                == 8
                        && count(
                                        "select count(*) from caseload_case where jobcenter_id = ? and closed_at is not null",
                                        jobcenter)
                                == 6
                        && count(
                                        "select count(*) from report_referral r join caseload_case c using (case_id) where c.jobcenter_id = ? "
                                                + "and r.service is not null and r.status = 'COMPLETED'",
                                        jobcenter)
                                == 6
                        && count(
                                        "select count(*) from report_measure m join caseload_case c using (case_id) where c.jobcenter_id = ? "
                                                + "and m.successful",
                                        jobcenter)
                                == 6
                        && count(
                                        "select count(*) from report_assessment a join caseload_case c using (case_id) "
                                                + "where c.jobcenter_id = ?",
                                        jobcenter)
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
                .contains("ADMISSIONS;2025-03;team-2;NEW_CUSTOMER_CENTRE;geschützt\r\n")
                .doesNotContain("<5");
        for (Map<String, Object> row : rows) {
            assertThat(csv)
                    .contains(row.get("metric") + ";" + row.get("month") + ";"
                            + (Boolean.TRUE.equals(row.get("total")) ? "Gesamt" : row.get("teamId")) + ";"
                            + (row.get("key") == null ? "Gesamt" : row.get("key")) + ";"
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
     * Co-rated progress: the customers re-rated in a month (latest rating of the month against their first
     * one), how many improved, and the sum of the changes — per team and for the Jobcenter, every cell
     * with fewer than 5 customers behind it suppressed.
     */
    @Test
    void coRatedProgressPerTeamAndJobcenterWithSmallGroupsSuppressed() {
        LocalDate april = LocalDate.of(2025, 4, 10);
        LocalDate september = LocalDate.of(2025, 9, 10);
        List<UUID> cases = new ArrayList<>();
        // team-1: six customers first rated 12 + 12 in April, re-rated in September: five better (30), one worse (20);
        // the first of them was rated twice in September (22, then 30): the latest of the month counts
        // team-2: two customers re-rated better (30); team-3: one customer re-rated worse (22)
        // besides: one customer rated only once, one whose first assessment had no co-rating
        for (int i = 0; i < 11; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            String team = i < 6 ? "team-1" : i < 8 ? "team-2" : "team-3";
            upstream.publish(jobcenter, caseId, opened(caseId, team, "fm-" + i, "AV", START, null, null));
            List<AssessmentCompleted> assessments = new ArrayList<>();
            if (i < 9) {
                AssessmentCompleted first = coRated(caseId, 1, april, 12, 12, null);
                assessments.add(first);
                int later = i == 5 ? 20 : i == 8 ? 22 : 30;
                if (i == 0) {
                    assessments.add(coRated(caseId, 2, september, 11, 11, first));
                    assessments.add(coRated(caseId, 3, september.plusDays(5), 15, 15, first));
                } else {
                    assessments.add(coRated(caseId, 2, september, later / 2, later - later / 2, first));
                }
            } else if (i == 9) {
                assessments.add(coRated(caseId, 1, september, 15, 15, null));
            } else {
                assessments.add(coRated(caseId, 1, april, null, null, null));
                assessments.add(coRated(caseId, 2, september, 15, 15, null));
            }
            // the later assessment arrives first: the figures are computed per request, the order does not matter
            java.util.Collections.reverse(assessments);
            assessments.forEach(a -> upstream.publish(jobcenter, caseId, a));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from report_assessment "
                                        + "where jobcenter_id = ? and team_id is not null",
                                jobcenter)
                        == 22);

        // the team lead counts exactly: six re-rated, five better, changes 5 × 6 − 4
        List<Map<String, Object>> team1 = rows("?from=2025-01&to=2025-12", tl("team-1"));
        assertThat(cell(team1, "CO_RATING_RATED", "2025-09", "team-1", "-")).isEqualTo("6");
        assertThat(cell(team1, "CO_RATING_IMPROVED", "2025-09", "team-1", "-")).isEqualTo("5");
        assertThat(cell(team1, "CO_RATING_CHANGE", "2025-09", "team-1", "-")).isEqualTo(String.valueOf(5 * 6 - 4));
        List<Map<String, Object>> team3 = rows("?from=2025-01&to=2025-12", tl("team-3"));
        assertThat(cell(team3, "CO_RATING_IMPROVED", "2025-09", "team-3", "-"))
                .as("its own team, exactly")
                .isEqualTo("0");

        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "CO_RATING_RATED", "2025-09", "team-2", "-")).isEqualTo(WITHHELD);
        assertThat(cell(rows, "CO_RATING_IMPROVED", "2025-09", "team-2", "-")).isEqualTo(WITHHELD);
        assertThat(cell(rows, "CO_RATING_CHANGE", "2025-09", "team-2", "-")).isEqualTo(WITHHELD);
        // nobody of one re-rated customer improved: "0" would tell about that customer
        assertThat(cell(rows, "CO_RATING_IMPROVED", "2025-09", "team-3", "-")).isEqualTo(WITHHELD);
        assertThat(cell(rows, "CO_RATING_CHANGE", "2025-09", "team-3", "-")).isEqualTo(WITHHELD);
        // team-1's figures, and the Jobcenter's (9 re-rated, 7 better, changes 26 + 12 − 2), where shown, are true;
        // team-1 = Jobcenter − team-2 − team-3 would give the small teams away, so not all are shown
        assertThat(cell(rows, "CO_RATING_RATED", "2025-09", "team-1", "-")).isIn("6", WITHHELD);
        assertThat(total(rows, "CO_RATING_RATED", "2025-09", "-")).isIn("9", WITHHELD);
        assertThat(total(rows, "CO_RATING_IMPROVED", "2025-09", "-")).isIn("7", WITHHELD);
        assertThat(total(rows, "CO_RATING_CHANGE", "2025-09", "-")).isIn("36", WITHHELD);
        assertThat(List.of(
                        cell(rows, "CO_RATING_RATED", "2025-09", "team-1", "-"),
                        total(rows, "CO_RATING_RATED", "2025-09", "-")))
                .contains(WITHHELD);
        // first ratings are no progress yet
        assertThat(rows)
                .noneMatch(r ->
                        String.valueOf(r.get("metric")).startsWith("CO_RATING") && "2025-04".equals(r.get("month")));
        String raw = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12").bearerAuth(management()));
        cases.forEach(id -> assertThat(raw).doesNotContain(id.toString()));

        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/outcomes/export?from=2025-01&to=2025-12")
                        .bearerAuth(management()));
        assertThat(csv).contains("\r\nCO_RATING_IMPROVED;2025-09;team-3;-;geschützt\r\n");

        // the team lead of team-2 sees the own small team exactly, and no total
        List<Map<String, Object>> own = rows("?from=2025-01&to=2025-12", tl("team-2"));
        assertThat(own)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("teamId", "team-2").containsEntry("total", false));
        assertThat(cell(own, "CO_RATING_RATED", "2025-09", "team-2", "-")).isEqualTo("2");
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
                                        + "where jobcenter_id = ? and team_id is not null",
                                jobcenter)
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
                                        + "where jobcenter_id = ? and team_id is not null",
                                jobcenter)
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
     * docs/domain.md §10 (DV2017 9): co-rated progress compares the first and the latest version of the month
     * on the dimensions both rate. The example: version 1 rates three dimensions, version 2 only one
     * of them, higher — its sum is far lower, yet the customer improved. A case whose two versions share no
     * dimension is not compared, nor are versions whose events predate the dimensions (sums only: which
     * dimensions they rate is unknown).
     */
    @Test
    void coRatedProgressCountsOnlyTheDimensionsRatedInBothVersions_DV2017_9() {
        LocalDate april = LocalDate.of(2025, 4, 10);
        LocalDate september = LocalDate.of(2025, 9, 10);
        UUID fewer = UUID.randomUUID();
        UUID disjoint = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        for (UUID caseId : List.of(fewer, disjoint, older)) {
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-anna", "AV", START, null, null));
        }
        // a, b, c rated 4 + 4 each (sum 24); then only a, 5 + 5 (sum 10): +2 on the one dimension both rate
        upstream.publish(
                jobcenter,
                fewer,
                coRated(
                        fewer,
                        1,
                        april,
                        12,
                        12,
                        List.of("CONFIDENCE", "DAILY_STRUCTURE", "HOUSING_AND_MONEY"),
                        null,
                        null,
                        null));
        upstream.publish(jobcenter, fewer, coRated(fewer, 2, september, 5, 5, List.of("CONFIDENCE"), 1, 1, 2));
        upstream.publish(
                jobcenter, disjoint, coRated(disjoint, 1, april, 2, 2, List.of("CONFIDENCE"), null, null, null));
        upstream.publish(
                jobcenter, disjoint, coRated(disjoint, 2, september, 5, 5, List.of("WORK_READINESS"), 1, 0, null));
        // published before the dimensions were named: the sums rose, but of which dimensions nobody knows
        upstream.publish(jobcenter, older, coRated(older, 1, april, 12, 12, null, null, null, null));
        upstream.publish(jobcenter, older, coRated(older, 2, september, 15, 15, null, null, null, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from report_assessment "
                                        + "where jobcenter_id = ? and team_id is not null",
                                jobcenter)
                        == 6);

        List<Map<String, Object>> team = rows("?from=2025-01&to=2025-12", tl("team-1"));
        assertThat(cell(team, "CO_RATING_RATED", "2025-09", "team-1", "-"))
                .as("re-rated and compared")
                .isEqualTo("1");
        assertThat(cell(team, "CO_RATING_IMPROVED", "2025-09", "team-1", "-"))
                .as("fewer dimensions, higher: improved")
                .isEqualTo("1");
        assertThat(cell(team, "CO_RATING_CHANGE", "2025-09", "team-1", "-")).isEqualTo("2");
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
                                        "select count(*) from caseload_case where jobcenter_id = ? "
                                                + "and opened_at is not null",
                                        jobcenter)
                                == 9
                        && count(
                                        "select count(*) from report_measure where jobcenter_id = ? and team_id is not null",
                                        jobcenter)
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
                        "\r\nADMISSIONS;2025-03;team-1;AV;geschützt\r\n",
                        "\r\nADMISSIONS;2025-03;Gesamt;NEW_CUSTOMER_CENTRE;geschützt\r\n");
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
                                "select count(*) from caseload_case where jobcenter_id = ? "
                                        + "and opened_at is not null",
                                jobcenter)
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

    @Test
    void needsCategoriesConsentsAndPartnerTypesInAnyOrder() {
        UUID partner = UUID.randomUUID();
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + i, "AV", START, null, null));
            UUID need = UUID.randomUUID();
            // the resolution arrives before the earlier status: the newest still wins
            upstream.publish(
                    jobcenter,
                    caseId,
                    NeedStatusChanged.builder()
                            .caseId(caseId)
                            .needId(need)
                            .keyGroup("RAHMENBEDINGUNGEN")
                            .needCode("DEBTS")
                            .fromStatus("IN_PROGRESS")
                            .toStatus("RESOLVED")
                            .changedAt(at(LocalDate.of(2025, 10, 2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    NeedStatusChanged.builder()
                            .caseId(caseId)
                            .needId(need)
                            .keyGroup("RAHMENBEDINGUNGEN")
                            .needCode("DEBTS")
                            .fromStatus("IDENTIFIED")
                            .toStatus("IN_PROGRESS")
                            .changedAt(at(LocalDate.of(2025, 6, 2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    CategoryChanged.builder()
                            .caseId(caseId)
                            .fromCode("D")
                            .toCode("C")
                            .direction(i < 5 ? "UP" : "DOWN")
                            .reasonCode("PROGRESS")
                            .changedAt(at(LocalDate.of(2025, 10, 3)))
                            .build());
            UUID consent = UUID.randomUUID();
            // revoked before granted arrives
            upstream.publish(
                    jobcenter,
                    caseId,
                    new ConsentRevoked(caseId, consent, partner, "REVOKED", at(LocalDate.of(2025, 11, 4))));
            upstream.publish(
                    jobcenter,
                    caseId,
                    ConsentGranted.builder()
                            .caseId(caseId)
                            .consentId(consent)
                            .partnerId(partner)
                            .scopes(List.of("APPOINTMENTS"))
                            .purposeCode("DEBT_COUNSELLING")
                            .validFrom(START)
                            .validUntil(START.plusYears(1))
                            .grantedAt(at(LocalDate.of(2025, 4, 1)))
                            .build());
            UUID referral = UUID.randomUUID();
            upstream.publish(
                    jobcenter,
                    caseId,
                    ReferralSent.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(partner)
                            .serviceCode("DEBT_COUNSELLING")
                            .sentAt(at(LocalDate.of(2025, 4, 2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    ReferralStatusChanged.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(UUID.randomUUID())
                            .fromStatus("STARTED")
                            .toStatus("COMPLETED")
                            .changedAt(at(LocalDate.of(2025, 9, 20)))
                            .build());
        }
        upstream.publish(
                jobcenter,
                partner,
                new PartnerRegistered(partner, "COUNSELLING_AGENCY", List.of("DEBT_COUNSELLING"), at(START)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from report_need where jobcenter_id = ? "
                                                + "and resolved_on is not null",
                                        jobcenter)
                                == 6
                        && count("select count(*) from report_category_change where jobcenter_id = ?", jobcenter) == 6
                        && count(
                                        "select count(*) from report_consent where jobcenter_id = ? and granted_on is not null "
                                                + "and ended_on is not null",
                                        jobcenter)
                                == 6
                        && count(
                                        "select count(*) from report_referral where jobcenter_id = ? and status = 'COMPLETED' "
                                                + "and partner_id is not null",
                                        jobcenter)
                                == 6
                        && count("select count(*) from report_partner where partner_id = ?", partner) == 1
                        && count(
                                        "select count(*) from caseload_case where jobcenter_id = ? and opened_at is not null",
                                        jobcenter)
                                == 6);

        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "NEEDS_RESOLVED_BY_KEY_GROUP", "2025-10", "team-1", "RAHMENBEDINGUNGEN"))
                .isEqualTo("6");
        // DOWN's 1 is withheld, and so much besides that the sums over teams and keys do not give it back
        assertThat(cell(rows, "CATEGORY_MOVES", "2025-10", "team-1", "UP")).isIn("5", WITHHELD);
        assertThat(cell(rows, "CATEGORY_MOVES", "2025-10", "team-1", "DOWN")).isEqualTo(WITHHELD);
        assertThat(cell(rows("?from=2025-01&to=2025-12", tl("team-1")), "CATEGORY_MOVES", "2025-10", "team-1", "UP"))
                .isEqualTo("5");
        assertThat(cell(rows, "CONSENTS_GRANTED", "2025-04", "team-1", "DEBT_COUNSELLING"))
                .isEqualTo("6");
        assertThat(cell(rows, "CONSENTS_ENDED", "2025-11", "team-1", "REVOKED")).isEqualTo("6");
        assertThat(cell(rows, "REFERRALS_COMPLETED_BY_PARTNER_TYPE", "2025-09", "team-1", "COUNSELLING_AGENCY"))
                .isEqualTo("6");
        String raw = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12").bearerAuth(management()));
        cases.forEach(id -> assertThat(raw).doesNotContain(id.toString()));
        assertThat(raw).doesNotContain(partner.toString());
    }

    @Test
    void outcomesCountForTheCasesCurrentTeamWhateverTheOrderOfFactsAndMoves() {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            // the measure's end arrives before the case is known, then the case opens in team-1 and moves to team-2
            UUID measure = UUID.randomUUID();
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.measureEnded()
                            .caseId(caseId)
                            .measureId(measure)
                            .endedOn(LocalDate.of(2025, 9, 1))
                            .outcomeCode("COMPLETED_SUCCESSFULLY")
                            .recordedAt(at(LocalDate.of(2025, 9, 1)))
                            .build());
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + i, "AV", START, null, null));
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.reassigned()
                            .caseId(caseId)
                            .caseManagerId("fm-x")
                            .teamId("team-2")
                            .assignedAt(at(LocalDate.of(2025, 10, 1)))
                            .previousCaseManagerId("fm-" + i)
                            .policyVersion(3)
                            .build());
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from report_measure where jobcenter_id = ? "
                                                + "and team_id = 'team-2'",
                                        jobcenter)
                                == 5
                        && count(
                                        "select count(*) from caseload_case where jobcenter_id = ? and team_id = 'team-2' "
                                                + "and opened_at is not null",
                                        jobcenter)
                                == 5);

        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "MEASURES_SUCCESSFUL", "2025-09", "team-2", "AGH_16D"))
                .isEqualTo("5");
        assertThat(cell(rows, "MEASURES_SUCCESSFUL", "2025-09", "team-1", "AGH_16D"))
                .isEqualTo("none");
        assertThat(rows("?from=2025-01&to=2025-12", tl("team-1")).stream()
                        .filter(r -> "MEASURES_SUCCESSFUL".equals(r.get("metric"))))
                .isEmpty();
    }
}
