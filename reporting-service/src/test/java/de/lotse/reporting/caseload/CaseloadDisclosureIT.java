package de.lotse.reporting.caseload;

import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of the caseload each viewer may see (DOMAIN.md §12): management, who sees the whole
 * Jobcenter, gets aggregates only, so no count of 1 to 4 customers; a team lead sees the own team
 * and a case manager the own line exactly.
 *
 * <p>One team under a ratio of at most 10 Ü25 or 5 U25 customers per full-time case manager, not
 * fewer than 7:
 * <pre>
 *   fm-few    1 U25 +  2 Ü25 =  3   1/5 + 2/10  =  40 %  UNDER   limit  3/0.4 =  7.5 → 8   management: no count
 *   fm-mixed  2 U25 +  5 Ü25 =  7   2/5 + 5/10  =  90 %  WITHIN  limit  7/0.9 =  7.8 → 8   management: no U25/Ü25
 *   fm-older  0 U25 + 11 Ü25 = 11          11/10 = 110 %  OVER    limit 10                 management: everything
 *   total     3 U25 + 18 Ü25 = 21 on 3 case managers = 80 %  WITHIN  limit 7/0.8 = 8.75 → 9  management: no U25/Ü25
 * </pre>
 */
@MicronautTest(transactional = false)
class CaseloadDisclosureIT extends CaseloadApiIT {
    private static final Map<String, String> RATIO = Map.of("caseloadRatio.maxUe25", "10",
            "caseloadRatio.maxU25", "5", "caseloadRatio.targetMin", "7",
            "caseloadRatio.includesLeadsAndAssistants", "false");
    private static final String CSV_HEADER = "\uFEFF"
            + "Fallmanager:in;Offene Fälle;U25;Ü25;Fallmanager:innen;Fälle je Fallmanager:in;"
            + "Grenze laut Betreuungsschlüssel;Auslastung %;Bewertung\r\n";

    @Test
    void withholdsFromManagementEveryCountOfALineWithOneToFourCasesButKeepsItsRating() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> few = row(caseload(management(), "caseManager"), "fm-few");

        assertThat(few).containsEntry("suppressed", true).containsEntry("status", "UNDER")
                .doesNotContainKeys("openCases", "u25", "ue25", "casesPerCaseManager", "limit", "utilisationPercent");
        assertThat(few).isEqualTo(Map.of("key", "fm-few", "suppressed", true, "caseManagers", 1, "status", "UNDER"));
    }

    @Test
    void withholdsFromManagementOnlyTheAgeSplitOfALineWithOneToFourU25() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> mixed = row(caseload(management(), "caseManager"), "fm-mixed");

        // the test ratio's limits differ by age group, so limit and utilisation would give the split away
        assertThat(mixed).containsEntry("suppressed", true)
                .doesNotContainKeys("u25", "ue25", "limit", "utilisationPercent");
        assertThat(mixed).isEqualTo(Map.of("key", "fm-mixed", "openCases", 7, "suppressed", true,
                "caseManagers", 1, "casesPerCaseManager", "7.0", "status", "WITHIN"));
    }

    @Test
    void showsManagementALineWithoutU25AndFiveOrMoreUe25Completely() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> older = row(caseload(management(), "caseManager"), "fm-older");

        assertThat(older).as("0 U25 identifies nobody").isEqualTo(exact("fm-older", 11, 0, 11, 1, "11.0", 10, 110,
                "OVER"));
    }

    @Test
    void withholdsFromManagementTheAgeSplitOfTheTeamAndTheTotalWithOneToFourU25() {
        policy(RATIO);
        publishTeam();

        for (String groupBy : List.of("caseManager", "team")) {
            Map<String, Object> caseload = caseload(management(), groupBy);

            assertThat(caseload).as(groupBy).containsEntry("total", 21);
            assertThat(totalLine(caseload)).as(groupBy).isEqualTo(Map.of("openCases", 21, "suppressed", true,
                    "caseManagers", 3, "casesPerCaseManager", "7.0", "status", "WITHIN"));
        }
        assertThat(rows(caseload(management(), "team"))).containsExactly(Map.of("key", "team-1", "openCases", 21,
                "suppressed", true, "caseManagers", 3, "casesPerCaseManager", "7.0", "status", "WITHIN"));
    }

    @Test
    void exportsToManagementLessThanFiveForEveryWithheldCount() {
        policy(RATIO);
        publishTeam();

        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/caseload/export").bearerAuth(management()));

        assertThat(csv).isEqualTo(CSV_HEADER
                + "fm-few;<5;<5;<5;1;<5;;;unter dem Mindestwert\r\n"
                + "fm-mixed;7;<5;<5;1;7,0;;;im Rahmen\r\n"
                + "fm-older;11;0;11;1;11,0;10;110;über der Grenze\r\n"
                + "Gesamt;21;<5;<5;3;7,0;;;im Rahmen\r\n");
    }

    @Test
    void showsTheTeamLeadTheSameTeamExactly() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> caseload = caseload(tl("team-1"), "caseManager");

        assertThat(rows(caseload)).containsExactly(
                exact("fm-few", 3, 1, 2, 1, "3.0", 8, 40, "UNDER"),
                exact("fm-mixed", 7, 2, 5, 1, "7.0", 8, 90, "WITHIN"),
                exact("fm-older", 11, 0, 11, 1, "11.0", 10, 110, "OVER"));
        assertThat(totalLine(caseload)).isEqualTo(exact(null, 21, 3, 18, 3, "7.0", 9, 80, "WITHIN"));
        assertThat(caseload).containsEntry("total", 21);
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/caseload/export").bearerAuth(tl("team-1"))))
                .isEqualTo(CSV_HEADER
                        + "fm-few;3;1;2;1;3,0;8;40;unter dem Mindestwert\r\n"
                        + "fm-mixed;7;2;5;1;7,0;8;90;im Rahmen\r\n"
                        + "fm-older;11;0;11;1;11,0;10;110;über der Grenze\r\n"
                        + "Gesamt;21;3;18;3;7,0;9;80;im Rahmen\r\n");
    }

    @Test
    void showsTheCaseManagerTheOwnFewCasesExactly() {
        policy(RATIO);
        publishTeam();
        String caseManager = TestTokens.user("fm-few", "FM").jobcenter(jobcenter).team("team-1").sign();

        Map<String, Object> own = caseload(caseManager, "caseManager");

        assertThat(rows(own)).containsExactly(exact("fm-few", 3, 1, 2, 1, "3.0", 8, 40, "UNDER"));
        assertThat(totalLine(own)).isEqualTo(exact(null, 3, 1, 2, 1, "3.0", 8, 40, "UNDER"));
        assertThat(own).containsEntry("total", 3);
    }

    @Test
    void withholdsFromManagementTheTotalOfAJobcenterWithOneToFourCases() {
        policy(RATIO);
        open("team-1", "fm-few", "U25");
        open("team-1", "fm-few", "UE25");
        awaitOpenCases(2);

        Map<String, Object> caseload = caseload(management(), "team");

        assertThat(caseload).doesNotContainKey("total");
        assertThat(totalLine(caseload)).isEqualTo(Map.of("suppressed", true, "caseManagers", 1,
                "status", "UNDER"));
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/caseload/export?groupBy=team")
                .bearerAuth(management()))).endsWith("\r\nteam-1;<5;<5;<5;1;<5;;;unter dem Mindestwert\r\n"
                + "Gesamt;<5;<5;<5;1;<5;;;unter dem Mindestwert\r\n");
        // the team lead sees the same two cases
        assertThat(caseload(tl("team-1"), "team")).containsEntry("total", 2);
    }

    private void publishTeam() {
        open("team-1", "fm-few", "U25");
        open("team-1", "fm-few", "UE25");
        open("team-1", "fm-few", "UE25");
        open("team-1", "fm-mixed", "U25");
        open("team-1", "fm-mixed", "U25");
        for (int i = 0; i < 5; i++) {
            open("team-1", "fm-mixed", "UE25");
        }
        for (int i = 0; i < 11; i++) {
            open("team-1", "fm-older", "UE25");
        }
        awaitOpenCases(21);
    }

    private static Map<String, Object> row(Map<String, Object> caseload, String key) {
        return rows(caseload).stream().filter(row -> key.equals(row.get("key"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> totalLine(Map<String, Object> caseload) {
        return comparable((Map<String, Object>) caseload.get("totalLine"));
    }

    /** A row with every count shown. */
    private static Map<String, Object> exact(String key, int openCases, int u25, int ue25, int caseManagers,
                                             String casesPerCaseManager, int limit, int utilisationPercent,
                                             String status) {
        Map<String, Object> row = new HashMap<>(Map.of("openCases", openCases, "u25", u25, "ue25", ue25,
                "suppressed", false, "caseManagers", caseManagers, "casesPerCaseManager", casesPerCaseManager,
                "limit", limit, "utilisationPercent", utilisationPercent, "status", status));
        if (key != null) {
            row.put("key", key);
        }
        return row;
    }
}
