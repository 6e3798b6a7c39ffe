package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Cases walked through the rules of Jobcenter t.a.h. (Handlungsanweisung 01.2008): access with
 * entrenchment, exclusion criteria, FM as secondary support within three days, first consultation
 * within 14 days, a three-month clarification phase, the team lead deciding disagreements, three
 * years at most — but not while an AGH runs.
 */
@MicronautTest(transactional = false)
class TahScenarioIT extends IntakeIT {
    private TestEventPublisher planning;

    @BeforeAll
    void startPlanning() {
        planning = new TestEventPublisher(json);
    }

    @AfterAll
    void stopPlanning() {
        planning.close();
    }

    @BeforeEach
    void tah() {
        choosePolicy("TAH");
    }

    @Test
    void twoNeedsWithOneEntrenchedAreReferredOnTheEntrenchmentPath() {
        Map<String, Object> facts = facts(1, 1);
        facts.put("entrenchedNeeds", 1);
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/referrals",
                                referral(customerNumber(), LocalDate.of(1979, 2, 2), facts, "MIN_CRITERIA_MET")),
                        av(),
                        422)))
                .containsExactly("MIN_NEEDS");
        String caseId = refer(referral(customerNumber(), LocalDate.of(1979, 2, 2), facts, "ENTRENCHMENT"));
        assertThat(lastEvent(caseId, "case-referred")).containsEntry("reasonCodes", List.of("ENTRENCHMENT"));
    }

    @Test
    void aPendingPensionApplicationBlocksTheReferralNamingTheCriterion() {
        Map<String, Object> facts = facts(2, 2);
        facts.put("exclusions", List.of("PENSION_APPLICATION_PENDING"));
        String number = customerNumber();
        Map<String, Object> problem = refused(
                HttpRequest.POST("/api/referrals", referral(number, LocalDate.of(1962, 7, 1), facts)), av(), 422);
        assertThat(rules(problem)).containsExactly("EXCLUSION_PENSION_APPLICATION_PENDING");
        assertThat(fields(problem)).containsExactly("facts.exclusions");
        assertNothingReferred(number);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deadlinesFromReferralThroughFirstConsultationToTheEndOfTheClarificationPhase() {
        String caseId = refer();
        assertThat(deadlines(tl(), 7)).containsExactly(caseId + ":SECONDARY_ASSIGNMENT:2026-03-05:false");
        // nobody is responsible for a referral yet: the team's FMs, who must take it on, see its deadline
        assertThat(deadlines(fm(), 7)).containsExactly(caseId + ":SECONDARY_ASSIGNMENT:2026-03-05:false");
        assertThat(deadlines(fm("fm-jonas"), 7)).containsExactly(caseId + ":SECONDARY_ASSIGNMENT:2026-03-05:false");
        assertThat(deadlines(fm("fm-selin", "team-fm-2"), 7)).isEmpty();
        clock.set(START.plusDays(4));
        assertThat(deadlines(tl(), 7)).containsExactly(caseId + ":SECONDARY_ASSIGNMENT:2026-03-05:true");
        assertThat(deadlines(fm(), 7)).containsExactly(caseId + ":SECONDARY_ASSIGNMENT:2026-03-05:true");

        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true)),
                        fm(),
                        422)))
                .containsExactly("JOINT_CASE_DISCUSSION_REQUIRED");
        Map<String, Object> admitted = admit(caseId, fm());
        assertThat(admitted).containsEntry("status", "ADMITTED").containsEntry("supportRole", "SECONDARY");
        assertThat(lastEvent(caseId, "case-opened"))
                .containsEntry("supportRole", "SECONDARY")
                .containsEntry("secondaryAssignmentDueOn", "2026-03-05")
                .containsEntry("firstConsultationDueOn", "2026-03-20")
                .containsEntry("maxDurationEndsOn", "2029-03-06");
        assertThat(deadlines(fm(), 30)).containsExactly(caseId + ":FIRST_CONSULTATION:2026-03-20:false");
        // admitted: the first consultation is the responsible FM's, no longer the team's
        assertThat(deadlines(fm("fm-jonas"), 30)).isEmpty();

        put("/api/cases/" + caseId + "/first-consultation", fm(), Map.of("scheduledOn", "2026-03-18"));
        clock.set(LocalDate.of(2026, 3, 18));
        Map<String, Object> active = post("/api/cases/" + caseId + "/first-consultation/held", fm(), Map.of());
        assertThat(active).containsEntry("status", "ACTIVE").containsEntry("supportRole", "PRIMARY");
        assertThat((Map<String, Object>) active.get("firstConsultation"))
                .containsEntry("clarificationPhaseEndsOn", "2026-06-18");
        assertThat(lastEvent(caseId, "case-assigned"))
                .containsEntry("kind", "FIRST_CONSULTATION_HELD")
                .containsEntry("supportRole", "PRIMARY")
                .containsEntry("clarificationPhaseEndsOn", "2026-06-18");
        clock.set(LocalDate.of(2026, 6, 12));
        assertThat(deadlines(fm(), 7)).containsExactly(caseId + ":CLARIFICATION_PHASE_END:2026-06-18:false");

        Map<String, Object> tooEarly = Map.of(
                "reasonCode",
                "INSUFFICIENT_WORKING_ALLIANCE",
                "handover",
                Map.of("avId", "av-bernd", "on", "2026-06-12"));
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/closure", tooEarly), fm(), 422)))
                .containsExactly("CLARIFICATION_PHASE_NOT_ENDED");
        clock.set(LocalDate.of(2026, 6, 19));
        assertThat(post(
                        "/api/cases/" + caseId + "/closure",
                        fm(),
                        Map.of(
                                "reasonCode",
                                "INSUFFICIENT_WORKING_ALLIANCE",
                                "handover",
                                Map.of("avId", "av-bernd", "on", "2026-06-19", "teamLeadInvolved", true))))
                .containsEntry("status", "CLOSED");
        assertThat(events(caseId)).containsExactly("case-referred", "case-opened", "case-assigned", "case-closed");
    }

    @Test
    void closureAtTheMaximumDurationWaitsForARunningAgh() {
        String caseId = refer();
        admit(caseId, fm());
        UUID measure = UUID.randomUUID();
        planning.publish(
                jobcenter,
                UUID.fromString(caseId),
                EventFixtures.measureStarted()
                        .caseId(UUID.fromString(caseId))
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .startedOn(LocalDate.of(2028, 9, 1))
                        .plannedEndOn(LocalDate.of(2029, 8, 31))
                        .build());
        LocalDate threeYears = LocalDate.of(2029, 3, 2);
        clock.set(threeYears);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(caseFile(caseId).get("aghRunning")));
        // the AGH continues the case past three years: its maximum duration is no deadline while it runs
        assertThat(maxDurationDeadlines(fm(), 7)).isEmpty();
        assertThat(maxDurationDeadlines(tl(), 7)).isEmpty();

        Map<String, Object> close = Map.of(
                "reasonCode",
                "STANDARD_DURATION_EXPIRED",
                "handover",
                Map.of("avId", "av-bernd", "on", threeYears.toString()));
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/closure", close), fm(), 422)))
                .containsExactly("AGH_RUNNING");
        assertThat(caseFile(caseId)).containsEntry("status", "ADMITTED");

        planning.publish(
                jobcenter,
                UUID.fromString(caseId),
                EventFixtures.measureEnded()
                        .caseId(UUID.fromString(caseId))
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .endedOn(LocalDate.of(2029, 3, 1))
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.FALSE.equals(caseFile(caseId).get("aghRunning")));
        assertThat(maxDurationDeadlines(fm(), 7)).containsExactly(caseId + ":MAX_DURATION:2029-03-02:false");
        clock.set(threeYears.plusDays(1));
        assertThat(maxDurationDeadlines(fm(), 7)).containsExactly(caseId + ":MAX_DURATION:2029-03-02:true");
        assertThat(post("/api/cases/" + caseId + "/closure", fm(), close)).containsEntry("status", "CLOSED");
    }

    @Test
    void theTeamLeadDecidesADisagreementAndOnlyTheirOwnTeamsEscalations() {
        String caseId = refer();
        Map<String, Object> declined = post(
                "/api/cases/" + caseId + "/decline",
                fm(),
                Map.of("reason", "NO_PROGRESS_EXPECTED", "note", "Erst Stabilisierung nötig"));
        assertThat(declined).containsEntry("status", "DECLINED");
        assertThat(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/escalation", Map.of("statement", "x")),
                        av("av-other"),
                        403))
                .containsEntry("type", "forbidden");
        post("/api/cases/" + caseId + "/escalation", av(), Map.of("statement", "Verfestigte Hemmnisse, FM angezeigt"));

        Map<String, Object> decision = new HashMap<>(Map.of(
                "admit",
                true,
                "note",
                "Aufnahme nach Fallerörterung",
                "caseManagerId",
                "fm-jonas",
                "customerWilling",
                true,
                "jointCaseDiscussionOn",
                START.toString()));
        Map<String, Object> file = caseFile(caseId);
        int events = events(caseId).size();
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/escalation/decision", decision),
                        tl("tl-other", "team-fm-2"),
                        403)))
                .containsExactly("NOT_TEAM_LEAD_OF_CASE");
        // refused: nothing changed — the same case file, no event, no decision logged, still awaiting the team's lead
        assertThat(caseFile(caseId)).isEqualTo(file).containsEntry("status", "ESCALATED");
        assertThat(events(caseId)).hasSize(events);
        assertThat(decisions(caseId)).noneSatisfy(logged -> assertThat(logged).containsEntry("decidedBy", "tl-other"));

        Map<String, Object> admitted = post("/api/cases/" + caseId + "/escalation/decision", tl(), decision);
        assertThat(admitted).containsEntry("status", "ADMITTED").containsEntry("caseManagerId", "fm-jonas");
        assertThat(events(caseId))
                .containsExactly("case-referred", "referral-decided", "referral-decided", "case-opened");
        assertThat(lastEvent(caseId, "referral-decided")).containsEntry("decision", "ESCALATED");
        assertThat(lastEvent(caseId, "case-opened"))
                .containsEntry("decidedByRole", "TL")
                .containsEntry("caseManagerId", "fm-jonas");
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/escalation/decision", decision), tl(), 409)))
                .containsExactly("CASE_NOT_ESCALATED");
    }

    @Test
    void aDeputyStandsInForAPeriodAndTheCustomersAgreementTravelsWithTheEvent() {
        String caseId = refer();
        admit(caseId, fm());
        assertThat(refused(HttpRequest.GET("/api/cases/" + caseId), fm("fm-jonas", "team-fm-3"), 403))
                .isNotNull();
        put(
                "/api/cases/" + caseId + "/deputy",
                fm(),
                Map.of("deputyId", "fm-jonas", "until", "2026-03-20", "customerAgreed", true));
        assertThat(get("/api/cases/" + caseId, fm("fm-jonas", "team-fm-3"))).containsEntry("status", "ADMITTED");
        assertThat(lastEvent(caseId, "case-assigned"))
                .containsEntry("kind", "DEPUTY_STARTED")
                .containsEntry("supportRole", "DEPUTY")
                .containsEntry("caseManagerId", "fm-jonas")
                .containsEntry("customerAgreed", true)
                .containsEntry("validUntil", "2026-03-20");
        clock.set(LocalDate.of(2026, 3, 21));
        refused(HttpRequest.GET("/api/cases/" + caseId), fm("fm-jonas", "team-fm-3"), 403);
    }

    @Test
    void afterCareFollowsAnIntegrationForAtMostSixMonths() {
        String caseId = refer();
        admit(caseId, fm());
        clock.set(LocalDate.of(2026, 9, 1));
        Map<String, Object> handover = Map.of("avId", "av-bernd", "on", "2026-09-01");
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + caseId + "/closure",
                                Map.of(
                                        "reasonCode",
                                        "PERMANENT_INTEGRATION",
                                        "handover",
                                        handover,
                                        "afterCareUntil",
                                        "2027-03-02")),
                        fm(),
                        422)))
                .containsExactly("AFTER_CARE_TOO_LONG");
        post(
                "/api/cases/" + caseId + "/closure",
                fm(),
                Map.of("reasonCode", "PERMANENT_INTEGRATION", "handover", handover, "afterCareUntil", "2027-03-01"));
        assertThat(lastEvent(caseId, "case-closed"))
                .containsEntry("integration", true)
                .containsEntry("afterCareUntil", "2027-03-01");
    }

    private List<String> maxDurationDeadlines(String token, int withinDays) {
        return deadlines(token, withinDays).stream()
                .filter(line -> line.contains(":MAX_DURATION:"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> deadlines(String token, int withinDays) {
        Map<String, Object> page = get("/api/deadlines?withinDays=" + withinDays, token);
        return ((List<Map<String, Object>>) page.getOrDefault("items", List.of()))
                .stream()
                        .map(d -> d.get("caseId") + ":" + d.get("kind") + ":" + d.get("dueOn") + ":" + d.get("overdue"))
                        .toList();
    }
}
