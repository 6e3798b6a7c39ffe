package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.AssessmentCompleted;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.FactKind.ASSESSMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress from co-rated assessments (customer and FM rate the same dimensions): counted per team and
 * Jobcenter over the dimensions rated in both versions only, small groups suppressed.
 */
@MicronautTest(transactional = false)
class CoRatedProgressIT extends OutcomesScenario {
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
        // the latest rating of a month counts, and some must not count at all: only the rows tell all arrived
        awaitProjected(() -> factsOfTeams(ASSESSMENTS) == 22);

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
        assertThat(csv).contains("\r\nDavon mit verbesserter gemeinsamer Einschätzung;2025-09;team-3;-;geschützt\r\n");

        // the team lead of team-2 sees the own small team exactly, and no total
        List<Map<String, Object>> own = rows("?from=2025-01&to=2025-12", tl("team-2"));
        assertThat(own)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("teamId", "team-2").containsEntry("total", false));
        assertThat(cell(own, "CO_RATING_RATED", "2025-09", "team-2", "-")).isEqualTo("2");
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
        // ratings that must not count change no figure: only the rows tell they arrived
        awaitProjected(() -> factsOfTeams(ASSESSMENTS) == 6);

        List<Map<String, Object>> team = rows("?from=2025-01&to=2025-12", tl("team-1"));
        assertThat(cell(team, "CO_RATING_RATED", "2025-09", "team-1", "-"))
                .as("re-rated and compared")
                .isEqualTo("1");
        assertThat(cell(team, "CO_RATING_IMPROVED", "2025-09", "team-1", "-"))
                .as("fewer dimensions, higher: improved")
                .isEqualTo("1");
        assertThat(cell(team, "CO_RATING_CHANGE", "2025-09", "team-1", "-")).isEqualTo("2");
    }
}
