package de.lotse.reporting.quality;

import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.Fact.CLOSED;
import static de.lotse.reporting.ReportingFixtures.Fact.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management reads quality as aggregates only: no case ids, no cell below five customers, the Jobcenter's
 * counters equal to the sum of its cases; the national view counts per Jobcenter for a national management
 * token only.
 */
@MicronautTest(transactional = false)
class QualityManagementViewIT extends QualityScenario {
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
        awaitProjected(() -> jobcenterCasesWith(OPENED) == 10 && caseHas(closed, CLOSED));

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
        awaitProjected(() -> nonReferralsOf(jobcenter) == 9);
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
        awaitProjected(() -> qualityRowsOf(jobcenter) == 8 && nonReferralsOf(jobcenter, withoutCases) == 9);

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
}
