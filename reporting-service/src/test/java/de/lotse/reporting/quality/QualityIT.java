package de.lotse.reporting.quality;

import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quality standards from events alone, against PANKOW, TAH and UCKERMARK policies; management sees
 * aggregates only; any order of arrival, with duplicates, gives the same read model.
 */
@MicronautTest(transactional = false)
class QualityIT extends ReportingFixtures {

    private static ContactRecorded contact(UUID caseId, LocalDate on) {
        return EventFixtures.contactRecorded()
                .caseId(caseId)
                .occurredOn(on)
                .recordedAt(at(on))
                .build();
    }

    private static ContinuationReviewed review(UUID caseId, LocalDate on, LocalDate next) {
        return EventFixtures.continuationReviewed()
                .caseId(caseId)
                .reviewedOn(on)
                .nextReviewDueOn(next)
                .recordedAt(at(on))
                .build();
    }

    /** A case with monthly contacts and reviews: no finding under PANKOW. */
    private List<EventPayload> wellKept(UUID caseId, String team, String fm) {
        List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, team, fm, START.plusMonths(24), null)));
        for (LocalDate day = START.plusWeeks(3); day.isBefore(TODAY); day = day.plusWeeks(4)) {
            events.add(contact(caseId, day));
        }
        events.add(review(caseId, START.plusMonths(6), START.plusMonths(12).plusDays(10)));
        events.add(agreed(caseId, START.plusMonths(8)).build());
        return events;
    }

    private void awaitContacts(UUID caseId, long contacts) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where case_id = ? "
                                                + "and opened_at is not null",
                                        caseId)
                                == 1
                        && count("select count(*) from report_contact where case_id = ?", caseId) == contacts);
    }

    private Map<String, List<String>> findingsOfTeam(String team) {
        List<Map<String, Object>> cases = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/cases").bearerAuth(tl(team)), Argument.listOf(JSON_OBJECT));
        Map<String, List<String>> byCase = new java.util.HashMap<>();
        cases.forEach(c -> byCase.put(c.get("caseId").toString(), (List<String>) c.get("findings")));
        return byCase;
    }

    /** PANKOW sets no fixed first-consultation deadline ("zeitnah"): intake sends none, so no such finding. */
    @Test
    void underPankowDensityReviewAndAgreementFindingsAreListedForTheTeamLead() {
        policy(PolicySettings.PANKOW);
        UUID good = UUID.randomUUID();
        UUID gap = UUID.randomUUID();
        UUID neglected = UUID.randomUUID();
        publish(good, wellKept(good, "team-1", "fm-anna"));
        // 10 contacts, one 10-week gap, review done, agreement valid
        List<EventPayload> gapEvents =
                new ArrayList<>(List.of(opened(gap, "team-1", "fm-anna", START.plusMonths(24), null)));
        LocalDate day = START.plusWeeks(2);
        for (int i = 0; i < 10; i++) {
            gapEvents.add(contact(gap, day));
            day = day.plusWeeks(i == 7 ? 10 : 4);
        }
        gapEvents.add(review(gap, START.plusMonths(6), START.plusMonths(12).plusDays(10)));
        publish(gap, gapEvents);
        // first consultation never held (no deadline under PANKOW), agreement expired, no review
        publish(
                neglected,
                List.of(
                        opened(neglected, "team-1", "fm-jonas", START.plusMonths(24), null),
                        agreed(neglected, START.plusMonths(1)).strategyCount(1).build()));
        awaitContacts(good, wellKept(good, "t", "f").size() - 3);
        awaitContacts(gap, 10);
        awaitContacts(neglected, 0);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from caseload_case where case_id = ? "
                                        + "and agreement_valid_until is not null",
                                neglected)
                        == 1);

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings).doesNotContainKey(good.toString());
        assertThat(findings.get(gap.toString())).containsExactly("CONTACT_DENSITY_NOT_MET");
        assertThat(findings.get(neglected.toString()))
                .containsExactly("AGREEMENT_EXPIRED", "CONTACT_DENSITY_NOT_MET", "REVIEW_OVERDUE");
        assertThat(findingsOfTeam("team-2")).isEmpty();
        assertThat(problem(
                        HttpRequest.GET("/api/quality/cases?finding=NO_SUCH_FINDING")
                                .bearerAuth(tl("team-1")),
                        400))
                .isNotNull();
        assertThat(count(
                        "select count(*) from audit_log where actor = 'tl-team-1' and resource_type = 'quality-findings' "
                                + "and case_id in (?, ?, ?)",
                        good,
                        gap,
                        neglected))
                .isEqualTo(2);
    }

    @Test
    void underTahAnAghCarriesACasePastTheMaximumDurationAndWithoutOneItIsAFinding() {
        policy(PolicySettings.TAH);
        UUID withAgh = UUID.randomUUID();
        UUID without = UUID.randomUUID();
        LocalDate maxEnd = START.plusMonths(10);
        for (UUID caseId : List.of(withAgh, without)) {
            List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, "team-1", "fm-anna", maxEnd, null)));
            for (LocalDate day = START.plusWeeks(2); day.isBefore(TODAY); day = day.plusWeeks(3)) {
                events.add(contact(caseId, day));
            }
            events.add(review(caseId, TODAY.minusMonths(1), TODAY.plusMonths(5)));
            publish(caseId, events);
        }
        upstream.publish(
                jobcenter,
                withAgh,
                EventFixtures.measureStarted()
                        .caseId(withAgh)
                        .startedOn(START.plusMonths(9))
                        .plannedEndOn(START.plusMonths(15))
                        .recordedAt(at(START.plusMonths(9)))
                        .build());
        long contacts = START.plusWeeks(2)
                .datesUntil(TODAY, java.time.Period.ofWeeks(3))
                .count();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from report_measure where case_id = ?", withAgh) == 1
                        && count(
                                        "select count(*) from caseload_case where case_id in (?, ?) and review_at is not null",
                                        withAgh,
                                        without)
                                == 2
                        && count("select count(*) from report_contact where case_id in (?, ?)", withAgh, without)
                                == 2 * contacts);

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings).doesNotContainKey(withAgh.toString());
        assertThat(findings.get(without.toString())).containsExactly("MAX_DURATION_EXCEEDED");
    }

    /** UCKERMARK 4.1.4, 4.2 (docs/domain.md §18.8): A monthly, C every six months, X, Y, Z none (4.1.1). */
    @Test
    void underUckermarkTheContactRuleFollowsTheCategory() {
        policy(PolicySettings.UCKERMARK);
        UUID categoryA = UUID.randomUUID();
        UUID categoryC = UUID.randomUUID();
        UUID categoryZ = UUID.randomUUID();
        for (UUID caseId : List.of(categoryA, categoryC, categoryZ)) {
            List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, "team-1", "fm-anna", null, null)));
            // six-weekly contacts for A and C; none at all for Z, whose resubmission date governs instead
            for (LocalDate day = START.plusWeeks(6);
                    day.isBefore(TODAY) && !caseId.equals(categoryZ);
                    day = day.plusWeeks(6)) {
                events.add(contact(caseId, day));
            }
            events.add(review(caseId, TODAY.minusMonths(1), TODAY.plusMonths(5)));
            events.add(EventFixtures.assessmentCompleted()
                    .caseId(caseId)
                    .prognosisHorizonMonths(12)
                    .profileCode(null)
                    .categoryCode(caseId.equals(categoryA) ? "A" : caseId.equals(categoryC) ? "C" : "Z")
                    .validUntil(TODAY.plusMonths(3))
                    .completedAt(at(START.plusDays(10)))
                    .assessedOn(START)
                    .build());
            publish(caseId, events);
        }
        long contacts = START.plusWeeks(6)
                .datesUntil(TODAY, java.time.Period.ofWeeks(6))
                .count();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where case_id in (?, ?, ?) "
                                                + "and category_code is not null and review_at is not null",
                                        categoryA,
                                        categoryC,
                                        categoryZ)
                                == 3
                        && count("select count(*) from report_contact where case_id in (?, ?)", categoryA, categoryC)
                                == 2 * contacts);

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings.get(categoryA.toString())).containsExactly("CONTACT_DENSITY_NOT_MET");
        assertThat(findings).doesNotContainKey(categoryC.toString()).doesNotContainKey(categoryZ.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void managementGetsAggregatesWithoutCaseIdsAndNoCellBelowFive() throws Exception {
        policy(PolicySettings.PANKOW);
        List<UUID> ids = new ArrayList<>();
        // team-1: six neglected cases; team-2: three neglected cases and one closed
        for (int i = 0; i < 9; i++) {
            UUID caseId = UUID.randomUUID();
            ids.add(caseId);
            upstream.publish(jobcenter, caseId, opened(caseId, i < 6 ? "team-1" : "team-2", "fm-" + i, null, null));
        }
        UUID closed = UUID.randomUUID();
        ids.add(closed);
        upstream.publish(jobcenter, closed, opened(closed, "team-2", "fm-x", null, null));
        upstream.publish(
                jobcenter,
                closed,
                EventFixtures.caseClosed()
                        .caseId(closed)
                        .closedOn(TODAY.minusDays(3))
                        .durationDays(360)
                        .closedAt(at(TODAY.minusDays(3)))
                        .policyVersion(3)
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where jobcenter_id = ? "
                                                + "and opened_at is not null",
                                        jobcenter)
                                == 10
                        && count(
                                        "select count(*) from caseload_case "
                                                + "where case_id = ? and closed_at is not null",
                                        closed)
                                == 1);

        // non-referrals: seven open and overdue in team-av-1, one of them resolved later (arriving first);
        // two in team-av-2
        for (int i = 0; i < 9; i++) {
            UUID id = UUID.randomUUID();
            String avTeam = i < 7 ? "team-av-1" : "team-av-2";
            if (i == 0) {
                upstream.publish(
                        jobcenter,
                        id,
                        nonReferral(id, avTeam)
                                .recordedAt(at(TODAY.minusDays(1)))
                                .status("RESOLVED")
                                .recheckNumber(1)
                                .build());
            }
            upstream.publish(
                    jobcenter,
                    id,
                    nonReferral(id, avTeam)
                            .recheckDueOn(TODAY.minusMonths(1))
                            .recordedAt(at(TODAY.minusMonths(7)))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("select count(*) from report_non_referral " + "where jobcenter_id = ?", jobcenter) == 9);
        String token = management();
        String raw = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/summary").bearerAuth(token));
        for (UUID id : ids) {
            assertThat(raw).doesNotContain(id.toString());
        }
        Map<String, Object> summary = json.readValue(raw, JSON_OBJECT);
        assertThat(summary)
                .containsEntry("reportingDate", TODAY.minusDays(1).toString())
                .containsEntry("day", TODAY.minusDays(1).toString());
        Map<String, Object> total = (Map<String, Object>) summary.get("total");
        assertThat((Map<String, Object>) total.get("openCases")).containsEntry("value", 9);
        List<Map<String, Object>> teams = (List<Map<String, Object>>) summary.get("teams");
        Map<String, Object> team1 = teams.get(0);
        Map<String, Object> team2 = teams.get(1);
        assertThat(team1).containsEntry("key", "team-1");
        // team-2's 3 open cases and 3 overdue reviews are withheld; with the Jobcenter's 9 shown, team-1's 6
        // would give them away: withheld too (secondary suppression)
        for (Map<String, Object> team : List.of(team1, team2)) {
            assertThat((Map<String, Object>) team.get("openCases"))
                    .containsEntry("suppressed", true)
                    .doesNotContainKey("value");
            assertThat((Map<String, Object>) ((Map<String, Object>) team.get("findings")).get("REVIEW_OVERDUE"))
                    .containsEntry("suppressed", true)
                    .doesNotContainKey("value");
        }
        // within team-2's withheld three, no 0 is shown either (a 0 would tell about each of them)
        assertThat((Map<String, Object>) ((Map<String, Object>) team2.get("findings")).get("AGREEMENT_EXPIRED"))
                .containsEntry("suppressed", true);
        Map<String, Object> rechecks = (Map<String, Object>) summary.get("overdueRechecks");
        assertThat((Map<String, Object>) rechecks.get("team-av-2")).containsEntry("suppressed", true);
        assertThat((Map<String, Object>) rechecks.get("team-av-1"))
                .as("8 − 6 would give team-av-2's 2 away")
                .containsEntry("suppressed", true);
        assertThat((Map<String, Object>) total.get("overdueRechecks")).containsEntry("value", 8);
        assertThat(team1).doesNotContainKey("overdueRechecks");
        assertThat(problem(HttpRequest.GET("/api/quality/cases").bearerAuth(token), 403))
                .isNotNull();

        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/summary/export").bearerAuth(token));
        assertThat(csv)
                .startsWith("\uFEFFTeam;Offene Fälle;davon U25;Vormerkungen ohne Fachkraft;"
                        + "Kontaktdichte nicht eingehalten;Fortführungsprüfung überfällig;")
                .contains(";Zuordnungsfrist verpasst;Wiedervorlagen nach Nichtvormerkung überfällig\r\n")
                // the FM teams hold no non-referral; the AV teams hold no case
                .contains("\r\nteam-1;geschützt;0;0;", "\r\nteam-2;geschützt;geschützt;0;")
                .containsPattern("\r\nteam-1;geschützt;0;0;[^\r]*;0\r\n")
                .contains("\r\nteam-av-1;;;;;;;;;;geschützt\r\n", "\r\nteam-av-2;;;;;;;;;;geschützt\r\n")
                .containsPattern("\r\nGesamt;9;0;0;[^\r]*;8\r\n$")
                .doesNotContain("<5");
        ids.forEach(id -> assertThat(csv).doesNotContain(id.toString()));
        // a team lead's summary has no re-checks (they belong to the AV teams)
        String tlCsv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/summary/export").bearerAuth(tl("team-1")));
        assertThat(tlCsv)
                .doesNotContain("Wiedervorlagen")
                .contains("\r\nteam-1;6;0;0;")
                .doesNotContain("team-av");
        Map<String, Object> tlSummary = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/summary").bearerAuth(tl("team-1")), JSON_OBJECT);
        assertThat((Map<String, Object>) tlSummary.get("total")).doesNotContainKey("overdueRechecks");
        assertThat((Map<String, Object>) tlSummary.getOrDefault("overdueRechecks", Map.of()))
                .isEmpty();
        assertTallyMatchesCases();
    }

    @Test
    void aReferralWaitingForAnFmBeyondTheDeadlineIsAFindingUntilAnFmTakesOrDeclinesIt() {
        policy(PolicySettings.TAH);
        UUID overdue = UUID.randomUUID();
        UUID dueSoon = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID admittedLate = UUID.randomUUID();
        publish(overdue, List.of(referred(overdue, TODAY.minusDays(5), TODAY.minusDays(2))));
        publish(dueSoon, List.of(referred(dueSoon, TODAY.minusDays(1), TODAY.plusDays(2))));
        publish(
                declined,
                List.of(
                        referred(declined, TODAY.minusDays(9), TODAY.minusDays(6)),
                        ReferralDecided.builder()
                                .caseId(declined)
                                .decision("DECLINED")
                                .reasonCode("NOT_WILLING")
                                .decidedByRole("FM")
                                .policyVersion(3)
                                .decidedAt(at(TODAY.minusDays(2)))
                                .build()));
        // the opening arrives first: a late admission ends the wait all the same
        publish(
                admittedLate,
                List.of(
                        opened(admittedLate, "team-1", "fm-anna", "AV", TODAY.minusDays(1), null, null),
                        referred(admittedLate, TODAY.minusDays(8), TODAY.minusDays(5))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where case_id in "
                                                + "(?, ?, ?, ?) and referred_at is not null",
                                        overdue,
                                        dueSoon,
                                        declined,
                                        admittedLate)
                                == 4
                        && count(
                                        "select count(*) from caseload_case where referral_declined_at is not null and case_id = ?",
                                        declined)
                                == 1
                        && count(
                                        "select count(*) from caseload_case where opened_at is not null and case_id = ?",
                                        admittedLate)
                                == 1);

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings.get(overdue.toString())).containsExactly("SECONDARY_ASSIGNMENT_MISSED");
        assertThat(findings).doesNotContainKeys(dueSoon.toString(), declined.toString(), admittedLate.toString());
        List<Map<String, Object>> listed = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/quality/cases?finding=SECONDARY_ASSIGNMENT_MISSED")
                                .bearerAuth(tl("team-1")),
                        Argument.listOf(JSON_OBJECT));
        assertThat(listed)
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("caseId", overdue.toString())
                        .doesNotContainKey("caseManagerId"));

        // three days later the calendar alone makes the second referral overdue
        clock.set(TODAY.plusDays(3));
        assertThat(findingsOfTeam("team-1").get(dueSoon.toString())).containsExactly("SECONDARY_ASSIGNMENT_MISSED");
        assertTallyMatchesCases();
    }

    @Test
    void aNewPolicyVersionReevaluatesTheJobcentersCases() {
        policy(PolicySettings.PANKOW);
        UUID sixWeekly = UUID.randomUUID();
        List<EventPayload> events = new ArrayList<>(List.of(opened(sixWeekly, "team-1", "fm-anna", null, null)));
        for (LocalDate day = START.plusWeeks(6); day.isBefore(TODAY); day = day.plusWeeks(6)) {
            events.add(contact(sixWeekly, day));
        }
        events.add(review(sixWeekly, TODAY.minusMonths(1), TODAY.plusMonths(5)));
        publish(sixWeekly, events);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                        "select count(*) from caseload_case where case_id = ? "
                                                + "and review_at is not null",
                                        sixWeekly)
                                == 1
                        && count("select count(*) from report_contact where case_id = ?", sixWeekly)
                                == events.size() - 2);
        assertThat(findingsOfTeam("team-1").get(sixWeekly.toString())).containsExactly("CONTACT_DENSITY_NOT_MET");

        // the Jobcenter adopts UCKERMARK's rule (every 6 months for category C and unknown categories)
        policy(4, TODAY, PolicySettings.UCKERMARK);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from policy_reference "
                                        + "where jobcenter_id = ? and policy_version = 4",
                                jobcenter)
                        == 1);
        assertThat(findingsOfTeam("team-1")).doesNotContainKey(sixWeekly.toString());
        assertThat(count("select count(*) from case_quality where case_id = ? and policy_version = 4", sixWeekly))
                .isEqualTo(1);
        assertTallyMatchesCases();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNationalViewCountsPerJobcenterForANationalManagementTokenOnly() throws Exception {
        policy(PolicySettings.PANKOW);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID caseId = UUID.randomUUID();
            ids.add(caseId);
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + (i % 2), null, null));
        }
        UUID waiting = UUID.randomUUID();
        upstream.publish(jobcenter, waiting, referred(waiting, TODAY.minusDays(5), TODAY.minusDays(2)));
        // non-referrals: six overdue here, one not yet due; two overdue in a Jobcenter without any case
        String withoutCases = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 9; i++) {
            UUID id = UUID.randomUUID();
            upstream.publish(
                    i < 7 ? jobcenter : withoutCases,
                    id,
                    nonReferral(id, "team-av")
                            .recheckDueOn(i == 6 ? TODAY.plusMonths(1) : TODAY.minusMonths(1))
                            .recordedAt(at(TODAY.minusMonths(7)))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from case_quality where jobcenter_id = ?", jobcenter) == 8
                        && count(
                                        "select count(*) from report_non_referral where jobcenter_id in (?, ?)",
                                        jobcenter,
                                        withoutCases)
                                == 9);

        String national = de.lotse.platform.testing.TestTokens.user("bund-lea", "MANAGEMENT")
                .reportingScope("NATIONAL")
                .sign();
        forgetNationalFigures();
        String raw = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/national").bearerAuth(national));
        ids.forEach(id -> assertThat(raw).doesNotContain(id.toString()));
        assertThat(raw).doesNotContain(waiting.toString());
        Map<String, Object> view = json.readValue(raw, JSON_OBJECT);
        assertThat(view).containsEntry("reportingDate", TODAY.minusDays(1).toString());
        Map<String, Object> line = ((List<Map<String, Object>>) view.get("jobcenters"))
                .stream()
                        .filter(l -> jobcenter.equals(l.get("key")))
                        .findFirst()
                        .orElseThrow();
        // a shown figure is the true one; the view also holds other tests' Jobcenters, whose small figures may
        // need complements in this line (DisclosureAuditIT audits the whole view)
        assertThat(shown(line.get("openCases"))).isIn(7, null);
        assertThat(line).containsEntry("caseManagers", 2);
        assertThat((Map<String, Object>) line.get("referred"))
                .containsEntry("suppressed", true)
                .doesNotContainKey("value");
        assertThat(shown(((Map<String, Object>) line.get("findings")).get("REVIEW_OVERDUE")))
                .isIn(7, null);
        assertThat((Map<String, Object>)
                        ((Map<String, Object>) line.get("findings")).get("SECONDARY_ASSIGNMENT_MISSED"))
                .containsEntry("suppressed", true);
        assertThat(shown(line.get("overdueRechecks"))).isIn(6, null);
        Map<String, Object> onlyNonReferrals = ((List<Map<String, Object>>) view.get("jobcenters"))
                .stream()
                        .filter(l -> withoutCases.equals(l.get("key")))
                        .findFirst()
                        .orElseThrow();
        assertThat((Map<String, Object>) onlyNonReferrals.get("overdueRechecks"))
                .containsEntry("suppressed", true)
                .doesNotContainKey("value");
        assertThat((Map<String, Object>) ((Map<String, Object>) view.get("total")).get("overdueRechecks"))
                .containsKey("value");
        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/national/export").bearerAuth(national));
        assertThat(csv)
                .contains(";Zuordnungsfrist verpasst;Wiedervorlagen nach Nichtvormerkung überfällig\r\n")
                .containsPattern("\r\n" + jobcenter + ";(7|geschützt);0;geschützt;2;[^\r]*;(6|geschützt)\r\n")
                .containsPattern("\r\n" + withoutCases + ";0;0;0;0;0;0;0;0;0;0;geschützt\r\n")
                .containsPattern("\r\nGesamt;[^\r]*\r\n$");

        // a Jobcenter's management, a team lead, or a scope other than NATIONAL: refused
        assertThat(problem(HttpRequest.GET("/api/quality/national").bearerAuth(management()), 403))
                .isNotNull();
        assertThat(problem(
                        HttpRequest.GET("/api/quality/national")
                                .bearerAuth(de.lotse.platform.testing.TestTokens.user("tl", "TL")
                                        .jobcenter(jobcenter)
                                        .team("team-1")
                                        .reportingScope("NATIONAL")
                                        .sign()),
                        403))
                .isNotNull();
        assertThat(problem(
                        HttpRequest.GET("/api/quality/national/export")
                                .bearerAuth(de.lotse.platform.testing.TestTokens.user("mgmt", "MANAGEMENT")
                                        .jobcenter(jobcenter)
                                        .reportingScope("LAND")
                                        .sign()),
                        403))
                .isNotNull();
    }

    /** A cell's value, or null when withheld. */
    @SuppressWarnings("unchecked")
    private static Object shown(Object cell) {
        return ((Map<String, Object>) cell).get("value");
    }

    private static CaseReferred referred(UUID caseId, LocalDate on, LocalDate secondaryAssignmentDueOn) {
        return EventFixtures.caseReferred()
                .caseId(caseId)
                .policyVersion(3)
                .referredAt(at(on))
                .secondaryAssignmentDueOn(secondaryAssignmentDueOn)
                .build();
    }

    /** The counters are the sum of the per-case rows, whatever happened before. */
    private void assertTallyMatchesCases() {
        String tally = """
                select team_id, case_manager_id, sum(open_cases), sum(open_u25), sum(referred),
                       sum(contact_density_not_met), sum(review_overdue), sum(agreement_expired),
                       sum(first_consultation_missed), sum(max_duration_exceeded), sum(secondary_assignment_missed)
                from quality_tally where jobcenter_id = ? group by 1, 2 order by 1, 2""";
        String fromCases = """
                select team_id, case_manager_id, count(*) filter (where stage = 'OPEN'),
                       count(*) filter (where stage = 'OPEN' and age_group = 'U25'), count(*) filter (where stage = 'REFERRED'),
                       count(*) filter (where 'CONTACT_DENSITY_NOT_MET' = any(findings)),
                       count(*) filter (where 'REVIEW_OVERDUE' = any(findings)),
                       count(*) filter (where 'AGREEMENT_EXPIRED' = any(findings)),
                       count(*) filter (where 'FIRST_CONSULTATION_MISSED' = any(findings)),
                       count(*) filter (where 'MAX_DURATION_EXCEEDED' = any(findings)),
                       count(*) filter (where 'SECONDARY_ASSIGNMENT_MISSED' = any(findings))
                from case_quality where jobcenter_id = ? group by 1, 2 order by 1, 2""";
        // counter rows of FMs who no longer have a case stay, at zero
        assertThat(rows(tally).stream()
                        .filter(r -> !r.matches("[^|]*\\|[^|]*\\|(0\\|)+"))
                        .toList())
                .isEqualTo(rows(fromCases));
    }

    private List<String> rows(String sql) {
        return transactions.executeRead(status ->
                Sql.query(jdbc, sql, statement -> statement.setString(1, jobcenter), rs -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.append(rs.getString(i)).append('|');
                    }
                    return out.toString();
                }));
    }

    /**
     * Every topic of a case's life, with duplicates, in several shuffled orders: each read-model table of the
     * case (the case row, its findings, contacts, measures, assessments, referrals, needs, category moves,
     * consents, and the non-referral beside it) equals the one of the same story delivered in order — for a
     * case still open and for one closed at the end.
     */
    @Test
    void anyOrderOfArrivalWithDuplicatesGivesTheSameReadModel() {
        policy(PolicySettings.PANKOW);
        UUID partner = UUID.randomUUID();
        for (boolean closed : List.of(false, true)) {
            UUID inOrder = UUID.randomUUID();
            List<EventEnvelope> ordered = envelopes(lifeOfACase(inOrder, partner, closed));
            ordered.forEach(e -> upstream.publish(e, e.caseId().toString()));
            awaitApplied(ordered);
            Map<String, String> expected = readModel(inOrder);
            expected.forEach((table, rows) ->
                    assertThat(rows).as(table).isNotEqualTo(closed && table.equals("case_quality") ? "" : "[]"));
            if (closed) {
                assertThat(expected.get("case_quality"))
                        .as("a closed case has no findings row")
                        .isEqualTo("[]");
            } else {
                assertThat(expected.get("case_quality")).contains("\"team_id\": \"team-2\"", "\"stage\": \"OPEN\"");
            }
            assertThat(expected.get("caseload_case"))
                    .contains("\"age_group\": \"UE25\"", "\"case_manager_id\": \"fm-lena\"");
            for (long seed : List.of(7L, 42L, 2024L)) {
                UUID shuffled = UUID.randomUUID();
                List<EventEnvelope> envelopes = envelopes(lifeOfACase(shuffled, partner, closed));
                List<EventEnvelope> delivered = new ArrayList<>(envelopes);
                Random random = new Random(seed);
                for (int i = 0; i < 8; i++) { // redelivered
                    delivered.add(envelopes.get(random.nextInt(envelopes.size())));
                }
                Collections.shuffle(delivered, random);
                delivered.forEach(e -> upstream.publish(e, e.caseId().toString()));
                awaitApplied(envelopes);
                assertThat(readModel(shuffled))
                        .as("closed %s, seed %d", closed, seed)
                        .isEqualTo(expected);
            }
        }
        assertTallyMatchesCases();
    }

    private List<EventEnvelope> envelopes(List<EventPayload> events) {
        return events.stream()
                .map(e -> upstream.envelope(jobcenter, subject(e), e))
                .toList();
    }

    /** Until every event was applied once (the inbox holds each event id once, redelivered or not). */
    private void awaitApplied(List<EventEnvelope> envelopes) {
        String ids =
                envelopes.stream().map(e -> "'" + e.eventId() + "'").collect(java.util.stream.Collectors.joining(","));
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        count("select count(*) from inbox_event where event_id in (" + ids + ")") == envelopes.size());
    }

    /** Publishes an event and waits until reporting has applied it, so the next one arrives after it. */
    private void publishApplied(UUID caseId, EventPayload event) {
        EventEnvelope envelope = upstream.publish(jobcenter, caseId, event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from inbox_event where event_id = ?", envelope.eventId()) == 1);
    }

    /**
     * A U25 case moves to an Ü25 team (case-transferred) and is later reassigned within it (case-assigned,
     * which carries no age group): every order of arrival of the opening, the transfer and the newer
     * reassignment gives the same row — Ü25, the reassignment's team and FM.
     */
    @Test
    void theAgeGroupOfATransferSurvivesANewerAssignmentThatArrivedFirst() {
        policy(PolicySettings.PANKOW);
        List<List<Integer>> orders = List.of(
                List.of(0, 1, 2),
                List.of(0, 2, 1),
                List.of(1, 0, 2),
                List.of(1, 2, 0),
                List.of(2, 0, 1),
                List.of(2, 1, 0));
        List<UUID> cases = new ArrayList<>();
        for (List<Integer> order : orders) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            List<EventPayload> events = List.of(
                    EventFixtures.caseOpened()
                            .caseId(caseId)
                            .teamId("team-u25")
                            .ageGroup("U25")
                            .policyVersion(3)
                            .admittedOn(START)
                            .admittedAt(at(START))
                            .durationStartOn(START)
                            .maxDurationEndsOn(START.plusMonths(24))
                            .build(),
                    EventFixtures.caseTransferred()
                            .caseId(caseId)
                            .transferredAt(at(START.plusMonths(2)))
                            .policyVersion(3)
                            .build(),
                    EventFixtures.reassigned()
                            .caseId(caseId)
                            .caseManagerId("fm-lena")
                            .teamId("team-ue25")
                            .assignedAt(at(START.plusMonths(3)))
                            .previousCaseManagerId("fm-jonas")
                            .policyVersion(3)
                            .build());
            order.forEach(i -> publishApplied(caseId, events.get(i)));
        }
        String inOrder = row(cases.get(0));
        assertThat(inOrder).startsWith("team-ue25|fm-lena|UE25|");
        for (UUID caseId : cases) {
            assertThat(row(caseId))
                    .as("arrival order %s", orders.get(cases.indexOf(caseId)))
                    .isEqualTo(inOrder);
        }
        assertThat(count(
                        "select count(*) from case_quality where jobcenter_id = ? and team_id = 'team-ue25' "
                                + "and case_manager_id = 'fm-lena' and age_group = 'UE25'",
                        jobcenter))
                .isEqualTo(6);
        assertThat(count("select coalesce(sum(open_u25), 0) from quality_tally where jobcenter_id = ?", jobcenter))
                .isZero();
        assertTallyMatchesCases();
    }

    private String row(UUID caseId) {
        return transactions.executeRead(status -> Sql.query(
                        jdbc, """
                select team_id, case_manager_id, age_group, route, admitted_on, opened_at, closed_on, closed_at,
                       policy_version, first_consultation_due_on, first_consultation_held_on, max_duration_ends_on,
                       responsibility_at, closure_reason, integration, duration_days, agreement_valid_until, agreement_at,
                       next_review_due_on, review_at, extension_until, category_code, assessment_version,
                       (select string_agg(occurred_on::text || counts, ',' order by occurred_on) from report_contact r
                        where r.case_id = c.case_id)
                from caseload_case c where case_id = ?""", statement -> statement.setObject(1, caseId), rs -> {
                            StringBuilder out = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                out.append(rs.getString(i)).append('|');
                            }
                            return out.toString();
                        })
                .get(0));
    }
}
