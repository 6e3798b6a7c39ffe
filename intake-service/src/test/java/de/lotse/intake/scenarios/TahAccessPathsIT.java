package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three access paths t.a.h. adds beyond the minimum criteria and entrenchment (docs/domain.md §4.2):
 * a customer with fewer than three needs and none of them entrenched is referred and admitted on the
 * social-integrative approach or on deeper barriers suspected (TAH 4.1), or as a participant of a work
 * opportunity, who stays in case management for the whole AGH (TAH 4.2). Each path rests on the AV's
 * judgement (or the AGH), is named in the referral and in the criteria snapshot the FM decides on (TAH
 * 4.3: the takeover is documented by its access reasons), and is refused where the Jobcenter's policy
 * has no such path (PANKOW).
 */
@MicronautTest(transactional = false)
class TahAccessPathsIT extends IntakeIT {
    private static final LocalDate BORN = LocalDate.of(1979, 2, 2);
    private TestEventPublisher planning;

    @BeforeAll
    void startPlanning() {
        planning = new TestEventPublisher(json);
    }

    @AfterAll
    void stopPlanning() {
        planning.close();
    }

    /** TAH 4.1, second bullet: FM prevents further distance from the labour market (sozial-integrativer Ansatz). */
    @Test
    void tahSocialIntegrativeAccess_TAH_4_1() {
        referredAndAdmittedOn("SOCIAL_INTEGRATION", "socialIntegrationIndicated");
        refusedWithoutTheVariant("SOCIAL_INTEGRATION", "socialIntegrationIndicated");
    }

    /** TAH 4.1, fourth bullet: deeper barriers suspected that regular placement cannot determine. */
    @Test
    void tahDeeperBarriersSuspectedAccess_TAH_4_1() {
        referredAndAdmittedOn("DEEPER_BARRIERS_SUSPECTED", "deeperBarriersSuspected");
        refusedWithoutTheVariant("DEEPER_BARRIERS_SUSPECTED", "deeperBarriersSuspected");
    }

    /**
     * TAH 4.2: every AGH participant is taken into case management for the AGH's duration, and the case
     * continues while the AGH runs, even past the three years.
     */
    @Test
    void tahAghParticipantsAreAdmittedForTheWholeAgh_TAH_4_2() {
        String caseId = referredAndAdmittedOn("AGH_PARTICIPATION", "aghParticipation");
        UUID id = UUID.fromString(caseId);
        planning.publish(
                jobcenter,
                id,
                EventFixtures.measureStarted()
                        .caseId(id)
                        .instrumentCode("AGH_16D")
                        .startedOn(LocalDate.of(2028, 9, 1))
                        .plannedEndOn(LocalDate.of(2029, 8, 31))
                        .build());
        LocalDate threeYears =
                LocalDate.parse(String.valueOf(lastEvent(caseId, "case-opened").get("maxDurationEndsOn")));
        clock.set(threeYears);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(caseFile(caseId).get("aghRunning")));
        Map<String, Object> close = Map.of(
                "reasonCode",
                "STANDARD_DURATION_EXPIRED",
                "handover",
                Map.of("avId", "av-bernd", "on", threeYears.toString()));
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/closure", close), fm(), 422)))
                .containsExactly("AGH_RUNNING");
        assertThat(caseFile(caseId)).containsEntry("status", "ADMITTED");

        clock.set(START);
        refusedWithoutTheVariant("AGH_PARTICIPATION", "aghParticipation");
    }

    /** Two needs in the counted key groups, none entrenched: neither the minimum criteria nor entrenchment. */
    private static Map<String, Object> fewNeedsNoneEntrenched(String judgement, boolean value) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("needsByKeyGroup", needs(1, 1));
        facts.put("entrenchedNeeds", 0);
        facts.put("prognosisHorizonMonths", 24);
        facts.put(judgement, value);
        return facts;
    }

    /** Under TAH: eligible on this path alone, referred and admitted on it, and only with its judgement. */
    @SuppressWarnings("unchecked")
    private String referredAndAdmittedOn(String reason, String judgement) {
        choosePolicy("TAH");
        Map<String, Object> facts = fewNeedsNoneEntrenched(judgement, true);
        Map<String, Object> check = post("/api/eligibility-checks", av(), Map.of("facts", facts));
        assertThat(check).containsEntry("eligible", true);
        assertThat((List<String>) check.get("satisfiedReasons")).containsExactly(reason);

        assertThat(rules(refused(
                        HttpRequest.POST("/api/referrals", referral(customerNumber(), BORN, facts, "MIN_CRITERIA_MET")),
                        av(),
                        422)))
                .containsExactly("MIN_NEEDS");
        assertThat(rules(refused(
                        HttpRequest.POST("/api/referrals", referral(customerNumber(), BORN, facts, "ENTRENCHMENT")),
                        av(),
                        422)))
                .containsExactly("ENTRENCHED_NEED");
        Map<String, Object> withoutJudgement = refused(
                HttpRequest.POST(
                        "/api/referrals",
                        referral(customerNumber(), BORN, fewNeedsNoneEntrenched(judgement, false), reason)),
                av(),
                422);
        // the criterion is named like the path
        assertThat(rules(withoutJudgement)).containsExactly(reason);
        assertThat(fields(withoutJudgement)).containsExactly("facts." + judgement);

        String caseId = refer(referral(customerNumber(), BORN, facts, reason));
        assertThat(lastEvent(caseId, "case-referred")).containsEntry("reasonCodes", List.of(reason));
        // what the FM decides on: the path and the judgement it rests on (TAH 4.3)
        Map<String, Object> snapshot = get("/api/cases/" + caseId + "/criteria", fm());
        assertThat((List<Map<String, Object>>) snapshot.get("paths"))
                .filteredOn(p -> reason.equals(p.get("reason")))
                .singleElement()
                .satisfies(p ->
                        assertThat(p).containsEntry("allowedByPolicy", true).containsEntry("satisfied", true));
        assertThat((List<Map<String, Object>>) snapshot.get("criteria"))
                .filteredOn(c -> judgement.equals(c.get("fact")))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("actual", "ja").containsEntry("outcome", "MET"));

        assertThat(admit(caseId, fm())).containsEntry("status", "ADMITTED");
        assertThat(lastEvent(caseId, "case-opened")).containsEntry("caseManagerId", "fm-anna");
        return caseId;
    }

    /** Under PANKOW, which has no such path, the same customer is neither eligible nor referred on it. */
    @SuppressWarnings("unchecked")
    private void refusedWithoutTheVariant(String reason, String judgement) {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        choosePolicy("PANKOW");
        Map<String, Object> facts = fewNeedsNoneEntrenched(judgement, true);
        Map<String, Object> check = post("/api/eligibility-checks", av(), Map.of("facts", facts));
        assertThat(check).containsEntry("eligible", false);
        assertThat((List<Map<String, Object>>) check.get("paths"))
                .filteredOn(p -> reason.equals(p.get("reason")))
                .singleElement()
                .satisfies(p ->
                        assertThat(p).containsEntry("allowedByPolicy", false).containsEntry("satisfied", false));
        String number = customerNumber();
        Map<String, Object> problem =
                refused(HttpRequest.POST("/api/referrals", referral(number, BORN, facts, reason)), av(), 422);
        assertThat(rules(problem)).containsExactly("ACCESS_REASON_NOT_IN_POLICY");
        assertThat(fields(problem)).containsExactly("reasons");
        assertNothingReferred(number);
    }
}
