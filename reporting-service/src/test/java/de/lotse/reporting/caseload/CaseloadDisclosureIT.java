package de.lotse.reporting.caseload;

import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of the caseload each viewer may see (docs/domain.md §12): management, who sees the whole Jobcenter,
 * reads the figures of the reporting date with every count of 1 to 4 customers withheld, and so many
 * other counts that none can be worked out from the rest (the full audit: DisclosureAuditIT); a team lead
 * sees the own team and a case manager the own line, live and exactly.
 *
 * <p>One team under a ratio of at most 10 Ü25 or 5 U25 customers per full-time case manager, not
 * fewer than 7:
 * <pre>
 *   fm-few    1 U25 +  2 Ü25 =  3   1/5 + 2/10  =  40 %  UNDER   limit  3/0.4 =  7.5 → 8
 *   fm-mixed  2 U25 +  5 Ü25 =  7   2/5 + 5/10  =  90 %  WITHIN  limit  7/0.9 =  7.8 → 8
 *   fm-older  0 U25 + 11 Ü25 = 11          11/10 = 110 %  OVER    limit 10
 *   total     3 U25 + 18 Ü25 = 21 on 3 case managers = 80 %  WITHIN  limit 7/0.8 = 8.75 → 9
 * </pre>
 */
@MicronautTest(transactional = false)
class CaseloadDisclosureIT extends CaseloadApiIT {
    private static final Map<String, String> RATIO = Map.of(
            "caseloadRatio.maxUe25",
            "10",
            "caseloadRatio.maxU25",
            "5",
            "caseloadRatio.targetMin",
            "7",
            "caseloadRatio.includesLeadsAndAssistants",
            "false");
    private static final String CSV_HEADER = "\uFEFF"
            + "Fallmanager:in;Offene Fälle;U25;Ü25;Fallmanager:innen;Fälle je Fallmanager:in;"
            + "Grenze laut Betreuungsschlüssel;Auslastung %;Bewertung\r\n";

    @Test
    void withholdsFromManagementEveryCountOfALineWithOneToFourCasesButKeepsItsRating() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> few = row(caseload(management(), "caseManager"), "fm-few");

        assertThat(few).isEqualTo(Map.of("key", "fm-few", "suppressed", true, "caseManagers", 1, "status", "UNDER"));
    }

    @Test
    void withholdsAComplementSoThatTheTotalMinusTheOtherLinesGivesNoSmallLineAway() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> caseload = caseload(management(), "caseManager");

        // the Jobcenter's total stays (the national view shows it too): 21 = fm-few + fm-mixed + fm-older
        assertThat(caseload).containsEntry("total", 21);
        List<Object> shown = rows(caseload).stream()
                .map(r -> r.get("openCases"))
                .filter(Objects::nonNull)
                .toList();
        assertThat(shown).as("a second line withheld besides fm-few's 3").hasSizeLessThanOrEqualTo(1);
        // the same for the age split: 3 U25 in all, fm-few's 1 U25 must not follow from the others
        assertThat(rows(caseload).stream().filter(r -> r.containsKey("u25")).count())
                .isLessThanOrEqualTo(1);
    }

    @Test
    void showsAllCountsOfALineWithoutSmallFigures() {
        policy(RATIO);
        publishTeam();
        // fm-older has 0 U25 and 11 Ü25; with another team of 30 Ü25 the complements come from there
        for (int i = 0; i < 30; i++) {
            open("team-2", "fm-big", "UE25");
        }
        awaitOpenCases(51);

        Map<String, Object> byTeam = caseload(management(), "team");

        assertThat(byTeam).containsEntry("total", 51);
        assertThat(rows(byTeam)).extracting(r -> r.get("key")).containsExactly("team-1", "team-2");
    }

    @Test
    void exportsToManagementTheSameCellsMarkedAsProtected() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> json = caseload(management(), "caseManager");
        HttpResponse<String> response = client.toBlocking()
                .exchange(HttpRequest.GET("/api/caseload/export").bearerAuth(management()), String.class);
        String csv = response.body();

        assertThat(response.header("Lotse-Reporting-Date"))
                .isEqualTo(TODAY.minusDays(1).toString());
        assertThat(response.header("Content-Disposition")).contains("fallbestand-" + TODAY.minusDays(1) + ".csv");
        assertThat(csv).startsWith(CSV_HEADER).doesNotContain("<5");
        for (Map<String, Object> row : rows(json)) {
            String line = csv.lines()
                    .filter(l -> l.startsWith(row.get("key") + ";"))
                    .findFirst()
                    .orElseThrow();
            String[] cells = line.split(";", -1);
            assertThat(cells[1]).isEqualTo(text(row.get("openCases")));
            assertThat(cells[2]).isEqualTo(text(row.get("u25")));
            assertThat(cells[3]).isEqualTo(text(row.get("ue25")));
        }
        assertThat(csv)
                .contains("\r\nfm-few;geschützt;geschützt;geschützt;1;geschützt;;;unter dem Mindestwert\r\n")
                .contains("\r\nGesamt;21;");
    }

    @Test
    void namesTheReportingDateAndKeepsItsFiguresAllDay() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> before = caseload(management(), "team");
        open("team-1", "fm-older", "UE25");
        awaitOpenCases(22);
        Map<String, Object> after = caseload(management(), "team");

        assertThat(before)
                .containsEntry("reportingDate", TODAY.minusDays(1).toString())
                .containsKey("takenAt");
        assertThat(after).as("the same reporting date, the same answer").isEqualTo(before);
        assertThat(caseload(tl("team-1"), "team"))
                .as("the team lead sees the case at once")
                .containsEntry("total", 22)
                .doesNotContainKey("reportingDate");

        clock.advance(Duration.ofDays(1));
        assertThat(caseload(management(), "team"))
                .containsEntry("reportingDate", TODAY.toString())
                .containsEntry("total", 22);
    }

    @Test
    void showsTheTeamLeadTheSameTeamExactly() {
        policy(RATIO);
        publishTeam();

        Map<String, Object> caseload = caseload(tl("team-1"), "caseManager");

        assertThat(rows(caseload))
                .containsExactly(
                        exact("fm-few", 3, 1, 2, 1, "3.0", 8, 40, "UNDER"),
                        exact("fm-mixed", 7, 2, 5, 1, "7.0", 8, 90, "WITHIN"),
                        exact("fm-older", 11, 0, 11, 1, "11.0", 10, 110, "OVER"));
        assertThat(totalLine(caseload)).isEqualTo(exact(null, 21, 3, 18, 3, "7.0", 9, 80, "WITHIN"));
        assertThat(caseload).containsEntry("total", 21);
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/caseload/export").bearerAuth(tl("team-1"))))
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
        String caseManager = TestTokens.user("fm-few", "FM")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();

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
        assertThat(totalLine(caseload)).isEqualTo(Map.of("suppressed", true, "caseManagers", 1, "status", "UNDER"));
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/caseload/export?groupBy=team")
                                .bearerAuth(management())))
                .endsWith(
                        "\r\nteam-1;geschützt;geschützt;geschützt;1;geschützt;;;"
                                + "unter dem Mindestwert\r\nGesamt;geschützt;geschützt;geschützt;1;geschützt;;;unter dem Mindestwert\r\n");
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

    private static String text(Object value) {
        return value == null ? "geschützt" : value.toString();
    }

    private static Map<String, Object> row(Map<String, Object> caseload, String key) {
        return rows(caseload).stream()
                .filter(row -> key.equals(row.get("key")))
                .findFirst()
                .orElseThrow();
    }
}
