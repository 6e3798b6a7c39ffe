package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The UCKERMARK routing and the dates its deadlines count from (docs/domain.md §18), through intake's HTTP API with
 * assessments and contacts arriving as events from the real broker. The clock starts on Monday 2 March 2026; no
 * Jobcenter record, so only weekends and the nationwide holidays are skipped (none in March 2026).
 */
@MicronautTest(transactional = false)
class UckermarkRoutingIT extends IntakeIT {
    private static final String NEAR_TEAM = "team-fm-nah";
    private TestEventPublisher publisher;

    @BeforeEach
    void uckermark() {
        choosePolicy("UCKERMARK");
        publisher = new TestEventPublisher(json);
    }

    @AfterEach
    void close() {
        publisher.close();
    }

    /** UCKERMARK 3: the ESB "spätestens jedoch innerhalb von 10 Arbeitstagen nach Antragstellung". */
    @Test
    @SuppressWarnings("unchecked")
    void theEinstiegsberatungIsDueTenWorkingDaysAfterTheApplicationWhichIsRequired_UCKERMARK_3() {
        Map<String, Object> noDate = referral(customerNumber(), LocalDate.of(1970, 1, 1), category("E"));
        Map<String, Object> problem = refused(HttpRequest.POST("/api/referrals", noDate), av(), 422);
        assertThat(rules(problem)).containsExactly("APPLICATION_DATE_REQUIRED");
        assertThat(fields(problem)).containsExactly("applicationOn");

        Map<String, Object> body = referral(customerNumber(), LocalDate.of(1970, 1, 1), category("E"));
        body.put("applicationOn", "2026-02-23");
        String caseId = refer(body);
        Map<String, Object> admitted = admit(caseId, fm());
        // Monday 23 February + 10 working days = Monday 9 March, though the admission was on 2 March
        assertThat((Map<String, Object>) admitted.get("firstConsultation")).containsEntry("dueOn", "2026-03-09");
        assertThat((Map<String, Object>) admitted.get("referral")).containsEntry("applicationOn", "2026-02-23");
        assertThat((Map<String, Object>) admitted.get("routing")).containsEntry("segment", "MARKET_FAR");
    }

    /** UCKERMARK 3, 4.1: the first talk "spätestens innerhalb von 10 Arbeitstagen nach Bewilligung der Leistungen". */
    @Test
    @SuppressWarnings("unchecked")
    void theFirstTalkIsDueTenWorkingDaysAfterTheBenefitDecisionUntilAContactWithTheCustomer_UCKERMARK_3_and_4_1() {
        String caseId = activeCase(LocalDate.of(1970, 1, 1));
        clock.set(LocalDate.of(2026, 3, 4));
        String path = "/api/cases/" + caseId + "/benefit-decision";
        Map<String, Object> early = refused(HttpRequest.POST(path, Map.of("decidedOn", "2026-03-01")), fm(), 422);
        assertThat(rules(early)).containsExactly("BEFORE_APPLICATION");
        assertThat(fields(early)).containsExactly("decidedOn");
        assertThat(fields(refused(HttpRequest.POST(path, Map.of("decidedOn", "2026-03-05")), fm(), 400)))
                .containsExactly("decidedOn");
        Map<String, Object> decided = post(path, av(), Map.of("decidedOn", "2026-03-04"));
        // Wednesday 4 March + 10 working days = Wednesday 18 March
        assertThat((Map<String, Object>) decided.get("referral"))
                .containsEntry("benefitDecisionOn", "2026-03-04")
                .containsEntry("firstTalkDueOn", "2026-03-18");
        assertThat(rules(refused(HttpRequest.POST(path, Map.of("decidedOn", "2026-03-04")), fm(), 409)))
                .containsExactly("BENEFIT_DECISION_RECORDED");
        assertThat(deadlines(fm(), caseId)).containsEntry("FIRST_TALK", "2026-03-18");

        // a case conference is about the customer, not with them: the talk is still due
        contact(caseId, "CASE_CONFERENCE", LocalDate.of(2026, 3, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> contactsRecorded(caseId) == 1);
        assertThat(deadlines(fm(), caseId)).containsKey("FIRST_TALK");
        contact(caseId, "IN_PERSON", LocalDate.of(2026, 3, 10));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !deadlines(fm(), caseId).containsKey("FIRST_TALK"));
    }

    /**
     * UCKERMARK 3, 4.2, 6.6: an adult A customer goes to the FM for market-near customers after the ESB; a written
     * invitation within five and a talk within ten working days; after six months an individual review, no
     * automatic end; the end is a reasoned handback that binds the market-far FM.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anAdultACustomerIsHandedToTheMarketNearFmWithInvitationTalkAndReview_UCKERMARK_3_4_2_and_6_6() {
        String caseId = activeCase(LocalDate.of(1970, 1, 1));
        Map<String, Object> handover = new HashMap<>(
                Map.of("kind", "MARKET_NEAR_HANDOVER", "toTeamId", NEAR_TEAM, "toCaseManagerId", "fm-nina"));
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/transfer", handover), fm(), 422)))
                .containsExactly("CATEGORY_NOT_MARKET_NEAR");
        assess(caseId, 1, "A", Instant.parse("2026-03-03T09:00:00Z"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "2026-03-03".equals(deadlines(fm(), caseId).get("MARKET_NEAR_HANDOVER")));

        clock.set(LocalDate.of(2026, 3, 4));
        Map<String, Object> handed = post("/api/cases/" + caseId + "/transfer", fm(), handover);
        // Wednesday 4 March: + 5 working days = 11 March, + 10 = 18 March, + 6 months = 4 September
        assertThat((Map<String, Object>) handed.get("routing"))
                .containsEntry("segment", "MARKET_NEAR")
                .containsEntry("handedOverOn", "2026-03-04")
                .containsEntry("invitationDueOn", "2026-03-11")
                .containsEntry("talkDueOn", "2026-03-18")
                .containsEntry("reviewOn", "2026-09-04");
        assertThat(handed).containsEntry("caseManagerId", "fm-nina").containsEntry("teamId", NEAR_TEAM);
        assertThat(lastEvent(caseId, "case-transferred")).containsEntry("kind", "MARKET_NEAR_HANDOVER");
        String nina = fm("fm-nina", NEAR_TEAM);
        assertThat(deadlines(nina, caseId))
                .containsEntry("MARKET_NEAR_INVITATION", "2026-03-11")
                .containsEntry("MARKET_NEAR_FIRST_TALK", "2026-03-18")
                .doesNotContainKey("MARKET_NEAR_HANDOVER");
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/transfer", handover), nina, 409)))
                .containsExactly("NOT_MARKET_FAR");

        clock.set(LocalDate.of(2026, 3, 6));
        String invitation = "/api/cases/" + caseId + "/market-near/invitation";
        assertThat(rules(refused(HttpRequest.POST(invitation, Map.of("sentOn", "2026-03-03")), nina, 422)))
                .containsExactly("OUTSIDE_HANDOVER_AND_TODAY");
        post(invitation, nina, Map.of("sentOn", "2026-03-05"));
        assertThat(deadlines(nina, caseId)).doesNotContainKey("MARKET_NEAR_INVITATION");
        contact(caseId, "PHONE", LocalDate.of(2026, 3, 16));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !deadlines(nina, caseId).containsKey("MARKET_NEAR_FIRST_TALK"));

        clock.set(LocalDate.of(2026, 9, 4));
        assertThat(deadlines(nina, caseId)).containsEntry("MARKET_NEAR_REVIEW", "2026-09-04");
        String review = "/api/cases/" + caseId + "/market-near/review";
        assertThat(fields(refused(HttpRequest.POST(review, Map.of("note", " ")), nina, 400)))
                .containsExactly("note");
        Map<String, Object> continued =
                post(review, nina, Map.of("note", "Vorstellungsgespräche laufen, Integration absehbar."));
        assertThat((Map<String, Object>) continued.get("routing"))
                .containsEntry("reviewOn", "2027-03-04")
                .containsEntry("segment", "MARKET_NEAR");

        Map<String, Object> handback =
                new HashMap<>(Map.of("kind", "MARKET_FAR_HANDBACK", "toTeamId", TEAM, "toCaseManagerId", "fm-anna"));
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/transfer", handback), nina, 422)))
                .containsExactly("NOTE_REQUIRED");
        handback.put("note", "Gesundheitliche Einschränkungen neu aufgetreten; Integration derzeit nicht erreichbar.");
        Map<String, Object> back = post("/api/cases/" + caseId + "/transfer", nina, handback);
        assertThat((Map<String, Object>) back.get("routing"))
                .containsEntry("segment", "MARKET_FAR")
                .doesNotContainKey("handedOverOn");
        // the reasoned handback binds: the old A assessment does not ask for another handover
        assertThat(deadlines(fm(), caseId)).doesNotContainKey("MARKET_NEAR_HANDOVER");
        assess(caseId, 2, "A", Instant.parse("2026-09-07T09:00:00Z"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deadlines(fm(), caseId).containsKey("MARKET_NEAR_HANDOVER"));
    }

    /** UCKERMARK 3: under 25 "ausschließlich" the FM U25; B–Z stay with the FM for market-far customers. */
    @Test
    @SuppressWarnings("unchecked")
    void customersUnder25StayWithTheU25FmAndBCustomersWithTheMarketFarFm_UCKERMARK_3() {
        Map<String, Object> young = referral(customerNumber(), LocalDate.of(2004, 5, 1), category("A"));
        young.put("teamId", "team-u25");
        String u25Case = refer(young);
        String selin = fm("fm-selin", "team-u25");
        admit(u25Case, selin);
        post("/api/cases/" + u25Case + "/first-consultation/held", selin, Map.of());
        assess(u25Case, 1, "A", Instant.parse("2026-03-02T09:00:00Z"));
        assertThat((Map<String, Object>) get("/api/cases/" + u25Case, selin).get("routing"))
                .containsEntry("segment", "U25");
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + u25Case + "/transfer",
                                Map.of(
                                        "kind",
                                        "MARKET_NEAR_HANDOVER",
                                        "toTeamId",
                                        NEAR_TEAM,
                                        "toCaseManagerId",
                                        "fm-nina")),
                        selin,
                        409)))
                .containsExactly("NOT_MARKET_FAR");

        String bCase = activeCase(LocalDate.of(1975, 6, 1));
        assess(bCase, 1, "B", Instant.parse("2026-03-02T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "2026-03-02T10:00:00Z".equals(assessedAt(bCase)));
        assertThat(deadlines(fm(), bCase)).doesNotContainKey("MARKET_NEAR_HANDOVER");
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + bCase + "/transfer",
                                Map.of(
                                        "kind",
                                        "MARKET_NEAR_HANDOVER",
                                        "toTeamId",
                                        NEAR_TEAM,
                                        "toCaseManagerId",
                                        "fm-nina")),
                        fm(),
                        422)))
                .containsExactly("CATEGORY_NOT_MARKET_NEAR");
    }

    /**
     * UCKERMARK 5.2: every young customer belongs to one of five target groups; pupils become Ausbildungsuchende
     * in the last half-year of school (5.2.1), training seekers not placed by 31 January of the year after next
     * move on (5.2.2), graduates are contacted three months before the end of training or, after it, looked at
     * again six months later (5.2.3).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aYoungCustomersTargetGroupCarriesTheDayItsTransitionRuleAsksToLookAgain_UCKERMARK_5_2() {
        Map<String, Object> young = referral(customerNumber(), LocalDate.of(2010, 5, 1), category("D"));
        young.put("teamId", "team-u25");
        String caseId = refer(young);
        String selin = fm("fm-selin", "team-u25");
        admit(caseId, selin);
        String path = "/api/cases/" + caseId + "/u25-target-group";
        Map<String, Object> problem = refused(HttpRequest.PUT(path, Map.of("targetGroup", "PUPIL")), selin, 422);
        assertThat(rules(problem)).containsExactly("KEY_DATE_REQUIRED");
        assertThat(fields(problem)).containsExactly("keyDate");

        Map<String, Object> pupil = put(path, selin, Map.of("targetGroup", "PUPIL", "keyDate", "2027-07-15"));
        assertThat((Map<String, Object>) pupil.get("routing"))
                .containsEntry("targetGroup", "PUPIL")
                .containsEntry("targetGroupReviewOn", "2027-01-15");
        assertThat(deadlines(selin, caseId)).containsEntry("U25_TARGET_GROUP_REVIEW", "2027-01-15");

        assertThat(rules(refused(
                        HttpRequest.PUT(path, Map.of("targetGroup", "TRAINING_SEEKER", "keyDate", "2027-07-15")),
                        selin,
                        422)))
                .containsExactly("KEY_DATE_NOT_APPLICABLE");
        assertThat((Map<String, Object>) put(path, selin, Map.of("targetGroup", "TRAINING_SEEKER"))
                        .get("routing"))
                .containsEntry("targetGroupSince", "2026-03-02")
                .containsEntry("targetGroupReviewOn", "2028-01-31");
        // the training ended less than three months after today: looked at again six months after its end
        assertThat((Map<String, Object>)
                        put(path, selin, Map.of("targetGroup", "TRAINING_GRADUATE", "keyDate", "2026-05-31"))
                                .get("routing"))
                .containsEntry("targetGroupReviewOn", "2026-11-30");
        assertThat((Map<String, Object>)
                        put(path, selin, Map.of("targetGroup", "ACTIVATION")).get("routing"))
                .doesNotContainKey("targetGroupReviewOn");
        assertThat(deadlines(selin, caseId)).doesNotContainKey("U25_TARGET_GROUP_REVIEW");

        String adult = activeCase(LocalDate.of(1970, 1, 1));
        assertThat(rules(refused(
                        HttpRequest.PUT(
                                "/api/cases/" + adult + "/u25-target-group", Map.of("targetGroup", "PLACEMENT")),
                        fm(),
                        409)))
                .containsExactly("NOT_U25");
    }

    /** Elsewhere a case stays with its team: the other presets do not route (docs/domain.md §18). */
    @Test
    @SuppressWarnings("unchecked")
    void presetsWithoutRoutingKnowNoMarketNearHandover() {
        choosePolicy("PANKOW");
        String caseId = refer();
        admit(caseId, fm());
        assertThat(caseFile(caseId)).doesNotContainKey("routing");
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + caseId + "/transfer",
                                Map.of(
                                        "kind",
                                        "MARKET_NEAR_HANDOVER",
                                        "toTeamId",
                                        NEAR_TEAM,
                                        "toCaseManagerId",
                                        "fm-nina")),
                        fm(),
                        409)))
                .containsExactly("NO_ROUTING");
    }

    /**
     * UCKERMARK 4.1.1, 5.1: "Bei Reaktivierung dieser Kundengruppen erfolgt eine vollumfängliche
     * Rechtsfolgenbelehrung (analog der Rechtsfolgenbelehrung ESB)".
     */
    @Test
    @SuppressWarnings("unchecked")
    void aCustomerReactivatedFromXYOrZIsInstructedOnLegalConsequences_UCKERMARK_4_1_1_and_5_1() {
        String caseId = activeCase(LocalDate.of(1970, 1, 1));
        String path = "/api/cases/" + caseId + "/reactivation-instruction";
        assess(caseId, 1, "Y", Instant.parse("2026-03-02T09:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "2026-03-02T09:00:00Z".equals(assessedAt(caseId)));
        assertThat(rules(refused(HttpRequest.POST(path, Map.of()), fm(), 409))).containsExactly("NO_REACTIVATION");

        assess(caseId, 2, "C", Instant.parse("2026-03-10T09:00:00Z"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "2026-03-10".equals(deadlines(fm(), caseId).get("REACTIVATION_INSTRUCTION")));
        clock.set(LocalDate.of(2026, 3, 11));
        assertThat(rules(refused(HttpRequest.POST(path, Map.of("givenOn", "2026-03-09")), fm(), 422)))
                .containsExactly("OUTSIDE_REACTIVATION_AND_TODAY");
        Map<String, Object> instructed = post(path, fm(), Map.of("givenOn", "2026-03-11"));
        assertThat((Map<String, Object>) instructed.get("routing"))
                .containsEntry("reactivationInstructedOn", "2026-03-11");
        assertThat(deadlines(fm(), caseId)).doesNotContainKey("REACTIVATION_INSTRUCTION");
        assertThat(rules(refused(HttpRequest.POST(path, Map.of()), fm(), 409))).containsExactly("NO_REACTIVATION");
    }

    // --- helpers

    /** A case of the market-far FM fm-anna after the ESB, applied for and admitted on 2 March 2026. */
    private String activeCase(LocalDate dateOfBirth) {
        String caseId = refer(referral(customerNumber(), dateOfBirth, category("D")));
        admit(caseId, fm());
        post("/api/cases/" + caseId + "/first-consultation/held", fm(), Map.of());
        return caseId;
    }

    private void assess(String caseId, int version, String category, Instant completedAt) {
        UUID id = UUID.fromString(caseId);
        publisher.publish(
                jobcenter,
                id,
                EventFixtures.assessmentCompleted()
                        .caseId(id)
                        .version(version)
                        .marketNear("A".equals(category))
                        .profileCode(null)
                        .categoryCode(category)
                        .validUntil(LocalDate.of(2026, 12, 31))
                        .completedAt(completedAt)
                        .build());
    }

    private void contact(String caseId, String format, LocalDate on) {
        UUID id = UUID.fromString(caseId);
        publisher.publish(
                jobcenter,
                id,
                EventFixtures.contactRecorded()
                        .caseId(id)
                        .format(format)
                        .occurredOn(on)
                        .build());
    }

    /**
     * The contacts recorded on the case. A case conference deliberately changes nothing the API shows (the first
     * talk stays due), so only the table shows that its event arrived.
     */
    private long contactsRecorded(String caseId) {
        return count(
                "select count(*) from case_contact where case_id = :caseId",
                Params.of("caseId", UUID.fromString(caseId)));
    }

    /** The case's deadlines in the caller's list within a year: kind → due date. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> deadlines(String token, String caseId) {
        Map<String, Object> byKind = new HashMap<>();
        ((List<Map<String, Object>>)
                        get("/api/deadlines?withinDays=366&size=100", token).getOrDefault("items", List.of()))
                .stream()
                        .filter(line -> caseId.equals(line.get("caseId")))
                        .forEach(line -> byKind.put(String.valueOf(line.get("kind")), line.get("dueOn")));
        return byKind;
    }
}
