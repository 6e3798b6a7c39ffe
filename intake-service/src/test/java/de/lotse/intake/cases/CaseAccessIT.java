package de.lotse.intake.cases;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An AV, FM and TL each see only what their role, team and Jobcenter allow; every read is audited. */
@MicronautTest(transactional = false)
class CaseAccessIT extends IntakeIT {

    @Test
    void anAvSeesTheCasesTheyReferredButNotAColleagues() {
        String caseId = refer();
        assertThat(get("/api/cases/" + caseId, av())).containsEntry("status", "REFERRED");
        assertThat(rules(refused(HttpRequest.GET("/api/cases/" + caseId), av("av-other"), 403)))
                .containsExactly("NOT_YOUR_CASE");
        assertThat(items(get("/api/cases?scope=MY_REFERRALS", av())))
                .extracting(c -> c.get("caseId"))
                .containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=MY_REFERRALS", av("av-other")))).isEmpty();
        refused(HttpRequest.GET("/api/cases?scope=TEAM"), av(), 403);
    }

    @Test
    void anFmDecidesOnlyTheirTeamsReferralsAndSeesOnlyTheirTeamsCases() {
        String caseId = refer();
        String otherTeam = fm("fm-selin", "team-fm-2");
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true)),
                        otherTeam,
                        403)))
                .containsExactly("NOT_CASE_TEAM");
        refused(HttpRequest.GET("/api/cases/" + caseId), otherTeam, 403);
        assertThat(items(get("/api/cases?scope=AWAITING_MY_DECISION", fm())))
                .extracting(c -> c.get("caseId"))
                .containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=AWAITING_MY_DECISION", otherTeam)))
                .isEmpty();

        admit(caseId, fm());
        assertThat(items(get("/api/cases?scope=MY_CASELOAD", fm())))
                .extracting(c -> c.get("caseId"))
                .containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=MY_CASELOAD", fm("fm-jonas")))).isEmpty();
        // a colleague of the same team may read (to stand in), but not close someone else's case
        assertThat(get("/api/cases/" + caseId, fm("fm-jonas"))).containsEntry("caseManagerId", "fm-anna");
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/closure", Map.of("reasonCode", "DECEASED")),
                        fm("fm-jonas"),
                        403)))
                .containsExactly("NOT_RESPONSIBLE");
    }

    @Test
    void theCaseLineSaysWhenTheCasesLatestAssessmentWasCompleted() {
        String caseId = refer();
        UUID id = UUID.fromString(caseId);
        admit(caseId, fm());
        // the work list names the next step from the line: an admitted case without a profiling waits for one
        assertThat(lineOf(caseId)).doesNotContainKey("assessedAt");
        try (TestEventPublisher assessment = new TestEventPublisher(json)) {
            assessment.publish(
                    jobcenter,
                    id,
                    EventFixtures.assessmentCompleted()
                            .caseId(id)
                            .needsByKeyGroup(Map.of("LIVING_CONDITIONS", 2))
                            .completedAt(Instant.parse("2026-03-04T10:00:00Z"))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> lineOf(caseId).containsKey("assessedAt"));
        assertThat(lineOf(caseId)).containsEntry("assessedAt", "2026-03-04T10:00:00Z");
    }

    private Map<String, Object> lineOf(String caseId) {
        return items(get("/api/cases?scope=MY_CASELOAD", fm())).stream()
                .filter(line -> caseId.equals(line.get("caseId")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTeamLeadSeesTheTeamButNotAnotherTeam() {
        String caseId = refer();
        assertThat(items(get("/api/cases?scope=TEAM", tl())))
                .extracting(c -> c.get("caseId"))
                .containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=TEAM", tl("tl-other", "team-fm-2"))))
                .isEmpty();
        refused(HttpRequest.GET("/api/cases/" + caseId), tl("tl-other", "team-fm-2"), 403);
    }

    @Test
    void anotherJobcentersCaseDoesNotExistAndManagementSeesNoCustomerData() {
        String caseId = refer();
        String foreign = TestTokens.user("tl-petra", "TL")
                .jobcenter("jc-elsewhere")
                .team(TEAM)
                .sign();
        assertThat(refused(HttpRequest.GET("/api/cases/" + caseId), foreign, 404))
                .containsEntry("type", "not-found");
        refused(
                HttpRequest.POST("/api/cases/" + caseId + "/closure", Map.of("reasonCode", "DECEASED")),
                TestTokens.user("fm-anna", "FM")
                        .jobcenter("jc-elsewhere")
                        .team(TEAM)
                        .sign(),
                404);
        String management =
                TestTokens.user("mgmt-karl", "MANAGEMENT").jobcenter(jobcenter).sign();
        refused(HttpRequest.GET("/api/cases/" + caseId), management, 403);
        refused(HttpRequest.GET("/api/cases?scope=TEAM"), management, 403);
    }

    @Test
    void listsAndReadsOfCustomerDataAreAuditedPerCase() {
        String first = refer();
        String second = refer();
        get("/api/cases?scope=TEAM", tl());
        for (String caseId : List.of(first, second)) {
            assertThat(tables().auditEntries(caseId, "LIST", "tl-petra")).isEqualTo(1);
        }
        decisions(first);
        assertThat(tables().auditEntriesOn(first, "case-decisions")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLatestAssessmentsFactsApplyOnlyForWhoMayReadItsCaseAndOthersAreAnsweredFromTheirInput() {
        String number = customerNumber();
        String caseId = refer(referral(number, LocalDate.of(1980, 4, 12), facts(2, 1)));
        UUID id = UUID.fromString(caseId);
        try (TestEventPublisher assessment = new TestEventPublisher(json)) {
            assessment.publish(
                    jobcenter,
                    id,
                    EventFixtures.assessmentCompleted()
                            .caseId(id)
                            .needsByKeyGroup(Map.of("PERFORMANCE_CAPACITY", 1))
                            .prognosisHorizonMonths(6)
                            .marketNear(true)
                            .profileCode("ACTIVATION")
                            .validUntil(LocalDate.of(2026, 9, 1))
                            .completedAt(Instant.parse("2026-03-01T10:00:00Z"))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> assessedAt(caseId) != null);
        Map<String, Object> byNumber = Map.of("customerNumber", number, "facts", facts(3, 3));

        // the referring AV and an FM of the case's team: the assessment wins, and the read is audited
        for (String reader : List.of(av(), fm("fm-jonas"))) {
            Map<String, Object> check = post("/api/eligibility-checks", reader, byNumber);
            assertThat(check).containsEntry("eligible", false);
            assertThat(((List<Map<String, Object>>) check.get("criteria")).get(0))
                    .containsEntry("code", "MIN_NEEDS")
                    .containsEntry("actual", "1")
                    .containsEntry("source", "ASSESSMENT");
        }
        assertThat(tables().auditEntriesOn(caseId, "assessment-facts")).isEqualTo(2);

        // another AV and another team's FM: answered from their own input exactly as for an unknown customer,
        // so the answer does not even tell that the customer was assessed; nothing was read, nothing audited
        Map<String, Object> inputOnly = post("/api/eligibility-checks", av("av-other"), Map.of("facts", facts(3, 3)));
        for (String stranger : List.of(av("av-other"), fm("fm-selin", "team-fm-2"))) {
            Map<String, Object> check = post("/api/eligibility-checks", stranger, byNumber);
            assertThat(check).isEqualTo(inputOnly).containsEntry("eligible", true);
            assertThat(((List<Map<String, Object>>) check.get("criteria")).get(0))
                    .containsEntry("actual", "6")
                    .containsEntry("source", "INPUT");
        }
        assertThat(tables().auditEntriesOn(caseId, "assessment-facts")).isEqualTo(2);
        // an AV's first check of a customer nobody knows yet
        assertThat(post(
                        "/api/eligibility-checks",
                        av("av-other"),
                        Map.of("customerNumber", customerNumber(), "facts", facts(2, 1))))
                .containsEntry("eligible", true);

        // after the case closed, another AV refers the customer again: the referral rests on their input, it
        // neither applies nor reveals the facts of a case they may not read (it would be refused MIN_NEEDS, "1")
        admit(caseId, fm());
        post(
                "/api/cases/" + caseId + "/closure",
                fm(),
                Map.of(
                        "reasonCode",
                        "LABOUR_MARKET_READINESS",
                        "handover",
                        Map.of("avId", "av-other", "on", START.toString())));
        Map<String, Object> referred =
                post("/api/referrals", av("av-other"), referral(number, LocalDate.of(1980, 4, 12), facts(2, 1)));
        assertThat(referred).containsEntry("status", "REFERRED");
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) referred.get("eligibility")).get("criteria"))
                        .get(0))
                .containsEntry("actual", "3")
                .containsEntry("source", "INPUT");
        assertThat(assessmentFactsReadsBy("av-other")).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }
}
