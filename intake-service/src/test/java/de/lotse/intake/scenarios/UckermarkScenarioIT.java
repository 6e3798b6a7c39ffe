package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases walked through the Handlungskonzept of Jobcenter Uckermark: every customer has an FM whatever the
 * category (docs/domain.md §18.1), first consultation within ten working days, no maximum duration, and the
 * U25→Ü25 transfer that waits for running measures.
 */
@MicronautTest(transactional = false)
class UckermarkScenarioIT extends IntakeIT {

    @BeforeEach
    void uckermark() {
        choosePolicy("UCKERMARK");
    }

    /** UCKERMARK 2.1, 3: "Jedem erwerbsfähigen Leistungsberechtigten steht … ein persönlicher Ansprechpartner (Fallmanager) … zur Seite". */
    @Test
    void everyCategoryGetsAnFmAndBaProfilesAreUnknownHere_UCKERMARK_2_1_and_3() {
        for (String code : java.util.List.of("A", "B", "D", "X")) {
            assertThat(refer(referral(customerNumber(), LocalDate.of(1970, 1, 1), category(code))))
                    .as(code)
                    .isNotBlank();
        }
        Map<String, Object> problem = refused(
                HttpRequest.POST(
                        "/api/referrals",
                        referral(customerNumber(), LocalDate.of(1970, 1, 1), category("STABILISATION"))),
                av(),
                422);
        assertThat(rules(problem)).containsExactly("UNKNOWN_PROFILE");
        assertThat(fields(problem)).containsExactly("facts.profileCode");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstConsultationIsDueWithinTenWorkingDaysAndThereIsNoMaximumDuration() {
        String caseId = refer(referral(customerNumber(), LocalDate.of(1970, 1, 1), category("E")));
        Map<String, Object> admitted = admit(caseId, fm());
        // Monday 2 March 2026 + 10 working days = Monday 16 March
        assertThat((Map<String, Object>) admitted.get("firstConsultation")).containsEntry("dueOn", "2026-03-16");
        assertThat((Map<String, Object>) admitted.get("admission")).doesNotContainKey("maxDurationEndsOn");
        assertThat(admitted).containsEntry("supportRole", "PRIMARY");
        clock.set(LocalDate.of(2030, 1, 1));
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + caseId + "/closure",
                                Map.of(
                                        "reasonCode",
                                        "STANDARD_DURATION_EXPIRED",
                                        "handover",
                                        Map.of("avId", "av-bernd", "on", "2030-01-01"))),
                        fm(),
                        422)))
                .containsExactly("CLOSURE_REASON_NOT_IN_CATALOGUE");
        assertThat(post(
                        "/api/cases/" + caseId + "/closure",
                        fm(),
                        Map.of(
                                "reasonCode",
                                "DEVELOPED_TO_MARKET_NEAR",
                                "handover",
                                Map.of("avId", "av-bernd", "on", "2030-01-01"))))
                .containsEntry("status", "CLOSED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCustomerTurning25WithARunningMeasureFinishesItFirstUnlessTheTransferSaysWhy() {
        LocalDate birth = LocalDate.of(2001, 3, 20);
        Map<String, Object> body = referral(customerNumber(), birth, category("D"));
        body.put("teamId", "team-u25");
        String caseId = refer(body);
        String u25 = fm("fm-selin", "team-u25");
        admit(caseId, u25);
        try (TestEventPublisher planning = new TestEventPublisher(json)) {
            planning.publish(
                    jobcenter,
                    UUID.fromString(caseId),
                    EventFixtures.measureStarted()
                            .caseId(UUID.fromString(caseId))
                            .instrumentCode("ACTIVATION_45")
                            .startedOn(START)
                            .plannedEndOn(LocalDate.of(2026, 6, 30))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Integer.valueOf(1)
                        .equals(get("/api/cases/" + caseId, u25).get("runningMeasures")));

        List<Map<String, Object>> due = (List<Map<String, Object>>)
                get("/api/transfers/u25?withinDays=30", u25).get("items");
        assertThat(due)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .containsEntry("caseId", caseId)
                        .containsEntry("turns25On", "2026-03-20")
                        .containsEntry("runningMeasures", 1)
                        .containsEntry("latestPlannedMeasureEnd", "2026-06-30")
                        .containsEntry("recommendation", "FINISH_MEASURES_FIRST"));

        clock.set(LocalDate.of(2026, 3, 20));
        Map<String, Object> transfer =
                new HashMap<>(Map.of("kind", "U25_TO_UE25", "toTeamId", TEAM, "toCaseManagerId", "fm-anna"));
        Map<String, Object> problem =
                refused(HttpRequest.POST("/api/cases/" + caseId + "/transfer", transfer), u25, 422);
        assertThat(rules(problem)).containsExactly("MEASURES_RUNNING");
        assertThat(get("/api/cases/" + caseId, u25)).containsEntry("ageGroup", "U25");

        transfer.put("despiteRunningMeasures", true);
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/transfer", transfer), u25, 422)))
                .containsExactly("NOTE_REQUIRED");
        transfer.put("note", "Maßnahme wird beim Ü25-Träger fortgeführt; Übergabegespräch am 20.03.");
        assertThat(post("/api/cases/" + caseId + "/transfer", u25, transfer)).containsEntry("ageGroup", "UE25");
        assertThat(lastEvent(caseId, "case-transferred"))
                .containsEntry("runningMeasures", 1)
                .containsEntry("toCaseManagerId", "fm-anna");
    }
}
