package de.lotse.reporting.caseload;

import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 */
@MicronautTest(transactional = false)
class CaseloadRatioIT extends ReportingFixtures {
    private static final Map<String, String> SMALL_RATIO = Map.of("caseloadRatio.maxUe25", "4",
            "caseloadRatio.maxU25", "2", "caseloadRatio.targetMin", "3",
            "caseloadRatio.includesLeadsAndAssistants", "false");

    @Test
    void ratesEachCaseManagerAgainstTheRatioByTheirMix() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        Map<String, Object> caseload = caseload(management(), "caseManager");

        assertThat(caseload.get("ratio")).isEqualTo(Map.of("maxU25", 2, "maxUe25", 4, "targetMin", 3,
                "includesLeadsAndAssistants", false));
        assertThat(rated(caseload)).containsExactly(
                rated("fm-mixed", 3, 2, 1, 1, "3.0", 2, 125, "OVER"),
                rated("fm-over", 5, 0, 5, 1, "5.0", 4, 125, "OVER"),
                rated("fm-under", 2, 0, 2, 1, "2.0", 4, 50, "UNDER"),
                rated("fm-within", 2, 1, 1, 1, "2.0", 3, 75, "WITHIN"));
        // 3/2 + 9/4 = 3.75 posts' worth on 4 case managers = 93.75 %; 12 cases / 3.75 = 3.2 per post
        assertThat(total(caseload)).isEqualTo(rated(null, 12, 3, 9, 4, "3.0", 3, 94, "WITHIN"));
        assertThat(caseload).containsEntry("total", 12);
    }

    @Test
    void ratesEachTeamByTheAverageShareOfItsCaseManagers() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        Map<String, Object> caseload = caseload(management(), "team");

        // team-within: (3/2 + 2/4) / 2 = 100 % although fm-mixed alone is over; limit 5 / 2.0 = 2.5 → 3
        assertThat(rated(caseload)).containsExactly(
                rated("team-over", 5, 0, 5, 1, "5.0", 4, 125, "OVER"),
                rated("team-under", 2, 0, 2, 1, "2.0", 4, 50, "UNDER"),
                rated("team-within", 5, 3, 2, 2, "2.5", 3, 100, "WITHIN"));
        assertThat(total(caseload)).isEqualTo(rated(null, 12, 3, 9, 4, "3.0", 3, 94, "WITHIN"));
    }

    @Test
    void showsTeamLeadTheOwnTeamAsTotalAndCaseManagerTheOwnLine() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        Map<String, Object> team = caseload(tl("team-within"), "caseManager");
        assertThat(rated(team)).extracting(row -> row.get("key")).containsExactly("fm-mixed", "fm-within");
        assertThat(total(team)).isEqualTo(rated(null, 5, 3, 2, 2, "2.5", 3, 100, "WITHIN"));

        String caseManager = TestTokens.user("fm-under", "FM").jobcenter(jobcenter).team("team-under").sign();
        Map<String, Object> own = caseload(caseManager, "caseManager");
        assertThat(rated(own)).containsExactly(rated("fm-under", 2, 0, 2, 1, "2.0", 4, 50, "UNDER"));
        assertThat(total(own)).isEqualTo(rated(null, 2, 0, 2, 1, "2.0", 4, 50, "UNDER"));
    }

    @Test
    void showsTeamWithoutOpenCasesAsZeroTotalWithNothingToRate() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        Map<String, Object> empty = caseload(tl("team-new"), "team");

        assertThat(rated(empty)).isEmpty();
        assertThat(total(empty)).isEqualTo(Map.of("openCases", 0, "u25", 0, "ue25", 0, "caseManagers", 0,
                "casesPerCaseManager", "0.0", "status", "NONE"));
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/caseload/export").bearerAuth(tl("team-new"))))
                .endsWith("Bewertung\r\nGesamt;0;0;0;0;0,0;;;ohne Bewertung\r\n");
    }

    @Test
    void countsCaseManagerWithCasesInTwoTeamsOnceInTheTotal() {
        policy(SMALL_RATIO);
        // fm-x was given a case of team-2 (a transfer); fm-y works in team-2 only
        open("team-1", "fm-x", "UE25");
        open("team-2", "fm-x", "UE25");
        open("team-2", "fm-y", "UE25");
        awaitOpenCases(3);

        Map<String, Object> caseload = caseload(management(), "team");

        assertThat(rated(caseload)).containsExactly(
                rated("team-1", 1, 0, 1, 1, "1.0", 4, 25, "UNDER"),
                rated("team-2", 2, 0, 2, 2, "1.0", 4, 25, "UNDER"));
        // 2 case managers, not 3: 3/4 on 2 = 37.5 %
        assertThat(total(caseload)).isEqualTo(rated(null, 3, 0, 3, 2, "1.5", 4, 38, "UNDER"));
    }

    @Test
    void ratesAgainstPankowsNinetyPerPostNotBelowSeventyFive() {
        policy(PolicySettings.PANKOW);
        open("team-1", "fm-anna", "UE25");
        open("team-1", "fm-anna", "U25");
        awaitOpenCases(2);

        Map<String, Object> caseload = caseload(management(), "caseManager");

        assertThat(caseload.get("ratio")).isEqualTo(Map.of("maxU25", 90, "maxUe25", 90, "targetMin", 75,
                "includesLeadsAndAssistants", false));
        assertThat(rated(caseload)).containsExactly(rated("fm-anna", 2, 1, 1, 1, "2.0", 90, 2, "UNDER"));
    }

    @Test
    void ratesNoneWhenThePolicySetsNoRatio() {
        policy(Map.of("contactRule.maxGapMonths", "2", "continuationReviewMonths", "6"));
        open("team-1", "fm-anna", "UE25");
        awaitOpenCases(1);

        for (String groupBy : List.of("caseManager", "team")) {
            Map<String, Object> caseload = caseload(management(), groupBy);
            assertThat(caseload).doesNotContainKey("ratio");
            assertThat(rated(caseload)).singleElement().satisfies(row -> assertThat(row)
                    .containsEntry("status", "NONE").containsEntry("caseManagers", 1)
                    .doesNotContainKeys("limit", "utilisationPercent"));
            assertThat(total(caseload)).containsEntry("status", "NONE");
        }
    }

    @Test
    void exportsTeamsWithRatioAndTotalAsCsvForASpreadsheet() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        HttpResponse<byte[]> response = client.toBlocking().exchange(
                HttpRequest.GET("/api/caseload/export?groupBy=team").bearerAuth(management()), byte[].class);

        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte-order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(response.getContentType().map(Object::toString)).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(response.header("Content-Disposition")).contains("fallbestand.csv");
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Team;Offene Fälle;U25;Ü25;Fallmanager:innen;Fälle je Fallmanager:in;"
                + "Grenze laut Betreuungsschlüssel;Auslastung %;Bewertung\r\n"
                + "team-over;5;0;5;1;5,0;4;125;über der Grenze\r\n"
                + "team-under;2;0;2;1;2,0;4;50;unter dem Mindestwert\r\n"
                + "team-within;5;3;2;2;2,5;3;100;im Rahmen\r\n"
                + "Gesamt;12;3;9;4;3,0;3;94;im Rahmen\r\n");
    }

    @Test
    void exportsPerCaseManagerByDefaultWithinTheViewersScope() {
        policy(SMALL_RATIO);
        publishFourCaseManagers();

        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/caseload/export")
                .bearerAuth(tl("team-within")));

        assertThat(csv).isEqualTo("\uFEFF"
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

        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/caseload/export?groupBy=caseManager")
                .bearerAuth(management()));

        assertThat(csv).endsWith("\r\nfm-anna;1;1;0;1;1,0;;;ohne Bewertung\r\nGesamt;1;1;0;1;1,0;;;ohne Bewertung\r\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rejectsUnknownGroupingOfTheExportAsProblemNamingTheField() {
        Map<String, Object> problem = problem(HttpRequest.GET("/api/caseload/export?groupBy=fm")
                .bearerAuth(management()), 400);

        assertThat(problem).containsEntry("status", 400);
        assertThat((List<Map<String, Object>>) problem.get("violations"))
                .anySatisfy(violation -> assertThat(violation).containsEntry("field", "groupBy"));
    }

    @Test
    void refusesExportToPlacementOfficer() {
        String placementOfficer = TestTokens.user("av-1", "AV").jobcenter(jobcenter).team("team-1").sign();

        failing(HttpRequest.GET("/api/caseload/export").bearerAuth(placementOfficer), 403);
    }

    private void publishFourCaseManagers() {
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
        awaitOpenCases(12);
    }

    private void open(String team, String caseManager, String ageGroup) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(jobcenter, caseId, CaseloadFixtures.opened(caseId, team, caseManager, ageGroup));
    }

    private void awaitOpenCases(int total) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) caseload(management(), "team").get("total")).intValue() == total);
    }

    private Map<String, Object> caseload(String token, String groupBy) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/caseload?groupBy=" + groupBy).bearerAuth(token),
                JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rated(Map<String, Object> caseload) {
        // an empty list is left out of the JSON, like every empty value
        return ((List<Map<String, Object>>) caseload.getOrDefault("rows", List.of())).stream()
                .map(CaseloadRatioIT::comparable).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> total(Map<String, Object> caseload) {
        return comparable((Map<String, Object>) caseload.get("totalLine"));
    }

    /** The row with its decimal as text, so "2.5" compares equal however the JSON number was read. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.computeIfPresent("casesPerCaseManager",
                (k, v) -> new BigDecimal(v.toString()).setScale(1).toPlainString());
        return copy;
    }

    private static Map<String, Object> rated(String key, int openCases, int u25, int ue25, int caseManagers,
                                             String casesPerCaseManager, int limit, int utilisationPercent,
                                             String status) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of("openCases", openCases, "u25", u25, "ue25", ue25,
                "caseManagers", caseManagers, "casesPerCaseManager", casesPerCaseManager, "limit", limit,
                "utilisationPercent", utilisationPercent, "status", status));
        if (key != null) {
            row.put("key", key);
        }
        return row;
    }
}
