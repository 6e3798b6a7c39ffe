package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.ConsultationHeld;
import de.lotse.platform.contracts.SustainabilityChecked;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collegial case consultations and sustainability checks per team and month: counted once whatever the
 * order and redelivery, the team lead exactly, management through the same suppression as every outcome.
 */
@MicronautTest(transactional = false)
class ConsultationsAndSustainabilityIT extends OutcomesScenario {
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
        awaitTeamLeadSees("team-1", "CONSULTATIONS", "2025-09", "-", "7");
        awaitTeamLeadSees("team-1", "CONSULTATIONS", "2025-10", "-", "1");
        awaitTeamLeadSees("team-2", "CONSULTATIONS", "2025-09", "-", "2");

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
        awaitTeamLeadSees("team-1", "SUSTAINABILITY_CHECKS_6", "2025-09", "-", "6");
        awaitTeamLeadSees("team-1", "SUSTAINABILITY_CHECKS_12", "2025-10", "-", "1");
        awaitTeamLeadSees("team-2", "SUSTAINABILITY_CHECKS_6", "2025-09", "-", "2");

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
}
