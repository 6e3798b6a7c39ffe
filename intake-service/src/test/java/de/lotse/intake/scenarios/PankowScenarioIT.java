package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.contracts.ContinuationReviewedBuilder;
import de.lotse.platform.events.EventEnvelope;
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
 * Cases walked through Jobcenter Berlin Pankow's strategy (03/2020): three needs and no integration
 * within twelve months, prophylaxis for new customers up to 182 days, no entrenchment variant,
 * 75–90 customers per FM, two years with the team lead's agreement for longer.
 */
@MicronautTest(transactional = false)
class PankowScenarioIT extends IntakeIT {

    @BeforeEach
    void pankow() {
        choosePolicy("PANKOW");
    }

    @Test
    void twoNeedsWithOneEntrenchedAreNotEnoughInPankow() {
        Map<String, Object> facts = facts(1, 1);
        facts.put("entrenchedNeeds", 1);
        Map<String, Object> check = post("/api/eligibility-checks", av(), Map.of("facts", facts));
        assertThat(check).containsEntry("eligible", false);
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/referrals",
                                referral(customerNumber(), LocalDate.of(1979, 2, 2), facts, "ENTRENCHMENT")),
                        av(),
                        422)))
                .containsExactly("ACCESS_REASON_NOT_IN_POLICY");
    }

    @Test
    void integrationExpectedWithinTwelveMonthsIsNotForFm() {
        Map<String, Object> twelve = facts(2, 1);
        twelve.put("prognosisHorizonMonths", 12);
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/referrals", referral(customerNumber(), LocalDate.of(1979, 2, 2), twelve)),
                        av(),
                        422)))
                .containsExactly("INTEGRATION_HORIZON");
        Map<String, Object> thirteen = facts(2, 1);
        thirteen.put("prognosisHorizonMonths", 13);
        refer(referral(customerNumber(), LocalDate.of(1979, 2, 2), thirteen));
    }

    @Test
    void prophylaxisForACustomer150DaysNewButNot200() {
        Map<String, Object> at150 = prophylaxisFacts(START.minusDays(150));
        String caseId = refer(referral(customerNumber(), LocalDate.of(1990, 1, 1), at150, "PROPHYLAXIS_NEW_CUSTOMER"));
        assertThat(lastEvent(caseId, "case-referred"))
                .containsEntry("reasonCodes", List.of("PROPHYLAXIS_NEW_CUSTOMER"));
        @SuppressWarnings("unchecked")
        Map<String, Object> snapshot = get("/api/cases/" + caseId + "/criteria", av());
        assertThat(snapshot).containsEntry("satisfiedReasons", List.of("PROPHYLAXIS_NEW_CUSTOMER"));

        Map<String, Object> problem = refused(
                HttpRequest.POST(
                        "/api/referrals",
                        referral(
                                customerNumber(),
                                LocalDate.of(1990, 1, 1),
                                prophylaxisFacts(START.minusDays(200)),
                                "PROPHYLAXIS_NEW_CUSTOMER")),
                av(),
                422);
        assertThat(rules(problem)).containsExactly("NEW_CUSTOMER");
        assertThat(fields(problem)).containsExactly("facts.customerSince");
    }

    @Test
    void admittingBeyondTheCaseloadRatioNeedsTheTeamLeadsPermission() {
        // a Pankow policy adjusted to at most two customers per FM: the same rule as 90, quicker to reach
        Map<String, Object> adjusted = adjustPolicy("PANKOW", Map.of("caseloadRatio.maxUe25", 2));
        assertThat(adjusted).containsEntry("presetCode", "CUSTOM").containsEntry("basePreset", "PANKOW");
        admit(refer(), fm());
        admit(refer(), fm());
        String third = refer();
        Map<String, Object> problem = refused(
                HttpRequest.POST(
                        "/api/cases/" + third + "/admission",
                        Map.of("customerWilling", true, "jointCaseDiscussionOn", START.toString())),
                fm(),
                422);
        assertThat(rules(problem)).containsExactly("CASELOAD_RATIO_EXCEEDED");
        assertThat(fields(problem)).containsExactly("caseManagerId");
        assertThat(caseFile(third)).containsEntry("status", "REFERRED");

        refused(
                HttpRequest.POST(
                        "/api/cases/" + third + "/caseload-overrides",
                        Map.of("caseManagerId", "fm-anna", "reason", "Vertretung Elternzeit")),
                fm(),
                403);
        post(
                "/api/cases/" + third + "/caseload-overrides",
                tl(),
                Map.of("caseManagerId", "fm-anna", "reason", "Vertretung Elternzeit"));
        assertThat(admit(third, fm())).containsEntry("status", "ADMITTED");
        assertThat(lastEvent(third, "case-opened")).containsEntry("overCaseloadOverride", true);
    }

    @Test
    void atTwoYearsTheCaseMayCloseEvenWhileAnAghRuns() {
        String caseId = refer();
        admit(caseId, fm());
        try (TestEventPublisher planning = new TestEventPublisher(json)) {
            planning.publish(
                    jobcenter,
                    UUID.fromString(caseId),
                    EventFixtures.measureStarted()
                            .caseId(UUID.fromString(caseId))
                            .instrumentCode("AGH_16D")
                            .startedOn(LocalDate.of(2027, 10, 1))
                            .build());
        }
        clock.set(LocalDate.of(2028, 3, 2));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(caseFile(caseId).get("aghRunning")));
        assertThat(post(
                        "/api/cases/" + caseId + "/closure",
                        fm(),
                        Map.of(
                                "reasonCode",
                                "STANDARD_DURATION_EXPIRED",
                                "handover",
                                Map.of("avId", "av-bernd", "on", "2028-03-02"))))
                .containsEntry("status", "CLOSED");
    }

    @Test
    void pastTwoYearsTheMaximumDurationIsOverdueUnlessTheTeamLeadApprovedAnExtensionAndAgainWhenItEnds() {
        String approved = refer();
        admit(approved, fm());
        String onlyRequested = refer();
        admit(onlyRequested, fm());
        clock.set(LocalDate.of(2028, 3, 10));
        assertThat(deadlines(fm(), 7))
                .containsExactlyInAnyOrder(
                        approved + ":MAX_DURATION:2028-03-02:true", onlyRequested + ":MAX_DURATION:2028-03-02:true");

        // planning's continuation reviews: an extension requested (awaiting the team lead) and one the team lead
        // approved (PANKOW 4.5), published again with the same review id when decided
        LocalDate reviewedOn = LocalDate.of(2028, 3, 9);
        LocalDate extendedUntil = LocalDate.of(2028, 9, 1);
        UUID review = UUID.randomUUID();
        try (TestEventPublisher planning = new TestEventPublisher(json)) {
            EventEnvelope requested = planning.publish(
                    jobcenter,
                    UUID.fromString(onlyRequested),
                    extension(UUID.fromString(onlyRequested), reviewedOn, extendedUntil)
                            .extensionApproved(false)
                            .build());
            planning.publish(
                    jobcenter,
                    UUID.fromString(approved),
                    extension(UUID.fromString(approved), reviewedOn, extendedUntil)
                            .reviewId(review)
                            .extensionApproved(false)
                            .build());
            planning.publish(
                    jobcenter,
                    UUID.fromString(approved),
                    extension(UUID.fromString(approved), reviewedOn, extendedUntil)
                            .reviewId(review)
                            .extensionApproved(true)
                            .build());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> tables().applied("intake.planning-facts", requested.eventId()) == 1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            extendedUntil.toString().equals(caseFile(approved).get("extensionUntil")));
        }
        assertThat(caseFile(onlyRequested).get("extensionUntil")).isNull();

        // approved: no longer overdue, due again at the extension's end; without the approval still overdue
        assertThat(deadlines(fm(), 7)).containsExactly(onlyRequested + ":MAX_DURATION:2028-03-02:true");
        assertThat(deadlines(tl(), 7)).containsExactly(onlyRequested + ":MAX_DURATION:2028-03-02:true");
        clock.set(LocalDate.of(2028, 8, 28));
        assertThat(deadlines(fm(), 7))
                .containsExactly(
                        onlyRequested + ":MAX_DURATION:2028-03-02:true", approved + ":MAX_DURATION:2028-09-01:false");
        clock.set(LocalDate.of(2028, 9, 2));
        assertThat(deadlines(fm(), 0))
                .containsExactly(
                        onlyRequested + ":MAX_DURATION:2028-03-02:true", approved + ":MAX_DURATION:2028-09-01:true");
    }

    @Test
    void aCustomerTurning25WithARunningMeasureMovesToUe25AndTheEventSaysSo() {
        LocalDate birth = LocalDate.of(2001, 5, 10);
        Map<String, Object> body = referral(customerNumber(), birth, facts(2, 2));
        body.put("teamId", "team-u25");
        String caseId = refer(body);
        admit(caseId, fm("fm-selin", "team-u25"));
        try (TestEventPublisher planning = new TestEventPublisher(json)) {
            planning.publish(
                    jobcenter,
                    UUID.fromString(caseId),
                    EventFixtures.measureStarted()
                            .caseId(UUID.fromString(caseId))
                            .instrumentCode("ACTIVATION_45")
                            .startedOn(LocalDate.of(2026, 4, 1))
                            .plannedEndOn(LocalDate.of(2026, 9, 30))
                            .build());
        }
        clock.set(LocalDate.of(2026, 5, 1));
        String u25 = fm("fm-selin", "team-u25");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Integer.valueOf(1)
                        .equals(get("/api/cases/" + caseId, u25).get("runningMeasures")));
        Map<String, Object> transfer =
                new HashMap<>(Map.of("kind", "U25_TO_UE25", "toTeamId", TEAM, "toCaseManagerId", "fm-anna"));
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/transfer", transfer), u25, 422)))
                .containsExactly("NOT_YET_25");
        clock.set(LocalDate.of(2026, 5, 10));
        Map<String, Object> moved = post("/api/cases/" + caseId + "/transfer", u25, transfer);
        assertThat(moved)
                .containsEntry("ageGroup", "UE25")
                .containsEntry("teamId", TEAM)
                .containsEntry("caseManagerId", "fm-anna");
        assertThat(lastEvent(caseId, "case-transferred"))
                .containsEntry("kind", "U25_TO_UE25")
                .containsEntry("runningMeasures", 1)
                .containsEntry("fromTeamId", "team-u25");
    }

    @SuppressWarnings("unchecked")
    private List<String> deadlines(String token, int withinDays) {
        Map<String, Object> page = get("/api/deadlines?withinDays=" + withinDays, token);
        return ((List<Map<String, Object>>) page.getOrDefault("items", List.of()))
                .stream()
                        .map(d -> d.get("caseId") + ":" + d.get("kind") + ":" + d.get("dueOn") + ":" + d.get("overdue"))
                        .toList();
    }

    /** A review of the maximum duration asking to extend it until {@code extendedUntil}; next review in six months. */
    private static ContinuationReviewedBuilder extension(UUID caseId, LocalDate reviewedOn, LocalDate extendedUntil) {
        return EventFixtures.continuationReviewed()
                .caseId(caseId)
                .reviewedOn(reviewedOn)
                .decision("EXTEND")
                .nextReviewDueOn(reviewedOn.plusMonths(6))
                .extendedUntil(extendedUntil);
    }

    private static Map<String, Object> prophylaxisFacts(LocalDate customerSince) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("needsByKeyGroup", needs(1, 0));
        facts.put("customerSince", customerSince.toString());
        facts.put("riskOfLongTermUnemployment", true);
        facts.put("progressExpected", true);
        return facts;
    }
}
