package de.lotse.reporting.caseload;

import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/caseload and its CSV export against the Jobcenter's Betreuungsschlüssel, which reaches
 * reporting only as a {@code policy-changed} event on the real broker.
 *
 * <p>Most tests publish a ratio shaped like PANKOW's (an upper limit per age group and a minimum
 * below it) but scaled down, so that a handful of cases reach every status: at most 4 Ü25 or 2 U25
 * customers per full-time case manager, not fewer than 3 (i.e. 3/4 of a post). Under that policy:
 * <pre>
 *   team-over:   fm-over   5 Ü25          5/4             = 125 %  OVER   limit 4
 *   team-within: fm-within 1 U25 + 1 Ü25  1/2 + 1/4       =  75 %  WITHIN limit 2/0.75 = 2.67 → 3
 *                fm-mixed  2 U25 + 1 Ü25  2/2 + 1/4       = 125 %  OVER   limit 3/1.25 = 2.4  → 2
 *   team-under:  fm-under  2 Ü25          2/4             =  50 %  UNDER  limit 4
 * </pre>
 * fm-within and fm-under both hold two cases; only their U25/Ü25 mix tells them apart.
 *
 * <p>Management sees no count of 1 to 4 customers (docs/domain.md §12, see CaseloadDisclosureIT). The
 * tests that read this fixture exactly as management therefore publish every case five times and
 * rate it against {@link #FIVEFOLD_RATIO} (20 Ü25 or 10 U25, not fewer than 15): every count five
 * times as large, the same utilisation and status, the limits five times as large before rounding.
 * Tests on a single case manager's few cases read them through the team lead, who sees the own team
 * exactly.
 */
@MicronautTest(transactional = false)
class CaseloadRatioIT extends CaseloadApiIT {
    private static final Map<String, String> SMALL_RATIO = Map.of(
            "caseloadRatio.maxUe25",
            "4",
            "caseloadRatio.maxU25",
            "2",
            "caseloadRatio.targetMin",
            "3",
            "caseloadRatio.includesLeadsAndAssistants",
            "false");
    /** {@link #SMALL_RATIO} for five times the cases. */
    private static final Map<String, String> FIVEFOLD_RATIO = Map.of(
            "caseloadRatio.maxUe25",
            "20",
            "caseloadRatio.maxU25",
            "10",
            "caseloadRatio.targetMin",
            "15",
            "caseloadRatio.includesLeadsAndAssistants",
            "false");

    @Test
    void ratesEachCaseManagerAgainstTheRatioByTheirMix() {
        policy(FIVEFOLD_RATIO);
        publishFourCaseManagers(5);

        Map<String, Object> caseload = caseload(management(), "caseManager");

        assertThat(caseload.get("ratio"))
                .isEqualTo(Map.of("maxU25", 10, "maxUe25", 20, "targetMin", 15, "includesLeadsAndAssistants", false));
        // limits: fm-mixed 15 / 1.25 = 12, fm-within 10 / 0.75 = 13.3 -> 13
        assertThat(rows(caseload))
                .containsExactly(
                        exact("fm-mixed", 15, 10, 5, 1, "15.0", 12, 125, "OVER"),
                        exact("fm-over", 25, 0, 25, 1, "25.0", 20, 125, "OVER"),
                        exact("fm-under", 10, 0, 10, 1, "10.0", 20, 50, "UNDER"),
                        exact("fm-within", 10, 5, 5, 1, "10.0", 13, 75, "WITHIN"));
        // 15/10 + 45/20 = 3.75 posts' worth on 4 case managers = 93.75 %; 60 cases / 3.75 = 16 per post
        assertThat(totalLine(caseload)).isEqualTo(exact(null, 60, 15, 45, 4, "15.0", 16, 94, "WITHIN"));
        assertThat(caseload).containsEntry("total", 60);
    }

    @Test
    void ratesEachTeamByTheAverageShareOfItsCaseManagers() {
        policy(FIVEFOLD_RATIO);
        publishFourCaseManagers(5);

        Map<String, Object> caseload = caseload(management(), "team");

        // team-within: (15/10 + 10/20) / 2 = 100 % although fm-mixed alone is over; limit 25 / 2.0 = 12.5 → 13
        assertThat(rows(caseload))
                .containsExactly(
                        exact("team-over", 25, 0, 25, 1, "25.0", 20, 125, "OVER"),
                        exact("team-under", 10, 0, 10, 1, "10.0", 20, 50, "UNDER"),
                        exact("team-within", 25, 15, 10, 2, "12.5", 13, 100, "WITHIN"));
        assertThat(totalLine(caseload)).isEqualTo(exact(null, 60, 15, 45, 4, "15.0", 16, 94, "WITHIN"));
    }

    @Test
    void showsTeamLeadTheOwnTeamAsTotalAndCaseManagerTheOwnLine() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        Map<String, Object> team = caseload(tl("team-within"), "caseManager");
        assertThat(rows(team)).extracting(row -> row.get("key")).containsExactly("fm-mixed", "fm-within");
        assertThat(totalLine(team)).isEqualTo(exact(null, 5, 3, 2, 2, "2.5", 3, 100, "WITHIN"));

        String caseManager = TestTokens.user("fm-under", "FM")
                .jobcenter(jobcenter)
                .team("team-under")
                .sign();
        Map<String, Object> own = caseload(caseManager, "caseManager");
        assertThat(rows(own)).containsExactly(exact("fm-under", 2, 0, 2, 1, "2.0", 4, 50, "UNDER"));
        assertThat(totalLine(own)).isEqualTo(exact(null, 2, 0, 2, 1, "2.0", 4, 50, "UNDER"));
    }

    @Test
    void showsTeamWithoutOpenCasesAsZeroTotalWithNothingToRate() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        Map<String, Object> empty = caseload(tl("team-new"), "team");

        assertThat(rows(empty)).isEmpty();
        assertThat(totalLine(empty))
                .isEqualTo(Map.of(
                        "openCases",
                        0,
                        "u25",
                        0,
                        "ue25",
                        0,
                        "suppressed",
                        false,
                        "caseManagers",
                        0,
                        "casesPerCaseManager",
                        "0.0",
                        "status",
                        "NONE"));
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/caseload/export").bearerAuth(tl("team-new"))))
                .endsWith("Bewertung\r\nGesamt;0;0;0;0;0,0;;;ohne Bewertung\r\n");
    }

    @Test
    void countsCaseManagerWithCasesInTwoTeamsOnceInTheTotal() {
        policy(FIVEFOLD_RATIO);
        // fm-x was given cases of team-2 (transfers); fm-y works in team-2 only. Five each, so that
        // management, the only viewer of both teams, sees every count.
        for (int i = 0; i < 5; i++) {
            open("team-1", "fm-x", "UE25");
            open("team-2", "fm-x", "UE25");
            open("team-2", "fm-y", "UE25");
        }
        awaitOpenCases(15);

        Map<String, Object> caseload = caseload(management(), "team");

        assertThat(rows(caseload))
                .containsExactly(
                        exact("team-1", 5, 0, 5, 1, "5.0", 20, 25, "UNDER"),
                        exact("team-2", 10, 0, 10, 2, "5.0", 20, 25, "UNDER"));
        // 2 case managers, not 3: 15/20 on 2 = 37.5 %
        assertThat(totalLine(caseload)).isEqualTo(exact(null, 15, 0, 15, 2, "7.5", 20, 38, "UNDER"));
    }

    @Test
    void ratesAgainstPankowsNinetyPerPostNotBelowSeventyFive() {
        policy(PolicySettings.PANKOW);
        open("team-1", "fm-anna", "UE25");
        open("team-1", "fm-anna", "U25");
        awaitOpenCases(2);

        // two cases: management would see them withheld, the team lead sees them exactly
        Map<String, Object> caseload = caseload(tl("team-1"), "caseManager");

        assertThat(caseload.get("ratio"))
                .isEqualTo(Map.of("maxU25", 90, "maxUe25", 90, "targetMin", 75, "includesLeadsAndAssistants", false));
        assertThat(rows(caseload)).containsExactly(exact("fm-anna", 2, 1, 1, 1, "2.0", 90, 2, "UNDER"));
    }

    @Test
    void ratesNoneWhenThePolicySetsNoRatio() {
        policy(Map.of("contactRule.maxGapMonths", "2", "continuationReviewMonths", "6"));
        open("team-1", "fm-anna", "UE25");
        awaitOpenCases(1);

        for (String groupBy : List.of("caseManager", "team")) {
            // the team lead: for management, limit and utilisation of one case would be missing anyway
            Map<String, Object> caseload = caseload(tl("team-1"), groupBy);
            assertThat(caseload).doesNotContainKey("ratio");
            assertThat(rows(caseload))
                    .singleElement()
                    .satisfies(row -> assertThat(row)
                            .containsEntry("status", "NONE")
                            .containsEntry("caseManagers", 1)
                            .containsEntry("openCases", 1)
                            .containsEntry("suppressed", false)
                            .doesNotContainKeys("limit", "utilisationPercent"));
            assertThat(totalLine(caseload)).containsEntry("status", "NONE");
        }
    }

    @Test
    void exportsTeamsWithRatioAndTotalAsCsvForASpreadsheet() {
        policy(FIVEFOLD_RATIO);
        publishFourCaseManagers(5);

        HttpResponse<byte[]> response = client.toBlocking()
                .exchange(HttpRequest.GET("/api/caseload/export?groupBy=team").bearerAuth(management()), byte[].class);

        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte-order mark").containsExactly((byte) 0xEF, (byte) 0xBB, (byte)
                0xBF);
        assertThat(response.getContentType().map(Object::toString))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.header("Content-Disposition")).contains("fallbestand-" + TODAY.minusDays(1) + ".csv");
        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF"
                        + "Team;Offene Fälle;U25;Ü25;Fallmanager:innen;Fälle je Fallmanager:in;"
                        + "Grenze laut Betreuungsschlüssel;Auslastung %;Bewertung\r\n"
                        + "team-over;25;0;25;1;25,0;20;125;über der Grenze\r\n"
                        + "team-under;10;0;10;1;10,0;20;50;unter dem Mindestwert\r\n"
                        + "team-within;25;15;10;2;12,5;13;100;im Rahmen\r\n"
                        + "Gesamt;60;15;45;4;15,0;16;94;im Rahmen\r\n");
    }

    @Test
    void exportsPerCaseManagerByDefaultWithinTheViewersScope() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/caseload/export").bearerAuth(tl("team-within")));

        assertThat(csv)
                .isEqualTo("\uFEFF"
                        + "Fallmanager:in;Offene Fälle;U25;Ü25;Fallmanager:innen;Fälle je Fallmanager:in;"
                        + "Grenze laut Betreuungsschlüssel;Auslastung %;Bewertung\r\n"
                        + "fm-mixed;3;2;1;1;3,0;2;125;über der Grenze\r\n"
                        + "fm-within;2;1;1;1;2,0;3;75;im Rahmen\r\n"
                        + "Gesamt;5;3;2;2;2,5;3;100;im Rahmen\r\n");
    }

    @Test
    void exportsEmptyRatioCellsBeforeAnyPolicyArrived() {
        open("team-1", "fm-anna", "U25");
        awaitOpenCases(1);

        // the team lead: for management, the cells of one case would be withheld (empty limit and utilisation too)
        String csv = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/caseload/export?groupBy=caseManager")
                        .bearerAuth(tl("team-1")));

        assertThat(csv).endsWith("\r\nfm-anna;1;1;0;1;1,0;;;ohne Bewertung\r\nGesamt;1;1;0;1;1,0;;;ohne Bewertung\r\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rejectsUnknownGroupingOfTheExportAsProblemNamingTheField() {
        Map<String, Object> problem =
                problem(HttpRequest.GET("/api/caseload/export?groupBy=fm").bearerAuth(management()), 400);

        assertThat(problem).containsEntry("status", 400);
        assertThat((List<Map<String, Object>>) problem.get("violations"))
                .anySatisfy(violation -> assertThat(violation).containsEntry("field", "groupBy"));
    }

    @Test
    void refusesExportToPlacementOfficer() {
        String placementOfficer = TestTokens.user("av-1", "AV")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();

        failing(HttpRequest.GET("/api/caseload/export").bearerAuth(placementOfficer), 403);
    }

    private void publishFourCaseManagers() {
        publishFourCaseManagers(1);
    }

    /** The fixture of the class comment, every case {@code times} times. */
    private void publishFourCaseManagers(int times) {
        for (int n = 0; n < times; n++) {
            for (int i = 0; i < 5; i++) {
                open("team-over", "fm-over", "UE25");
            }
            open("team-within", "fm-within", "U25");
            open("team-within", "fm-within", "UE25");
            open("team-within", "fm-mixed", "U25");
            open("team-within", "fm-mixed", "U25");
            open("team-within", "fm-mixed", "UE25");
            open("team-under", "fm-under", "UE25");
            open("team-under", "fm-under", "UE25");
        }
        awaitOpenCases(12 * times);
    }
}
