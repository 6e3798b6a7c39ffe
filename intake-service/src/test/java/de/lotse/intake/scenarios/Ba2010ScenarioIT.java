package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases walked through the BA's binding minimum (Geschäftsweisung 01/2010): complex profile with at
 * least three needs in Leistungsfähigkeit/Rahmenbedingungen plus expected progress; non-referrals
 * re-checked every six months; continuation past two years only with documented reasons.
 */
@MicronautTest(transactional = false)
class Ba2010ScenarioIT extends IntakeIT {

    @BeforeEach
    void ba2010() {
        choosePolicy("BA2010");
    }

    @Test
    void exactlyThreeNeedsAreAdmittedTwoAreRefusedNamingTheCriterionAndNothingIsWritten() {
        String admitted = refer(referral(customerNumber(), LocalDate.of(1975, 1, 1), facts(2, 1)));
        assertThat(events(admitted)).containsExactly("case-referred");
        assertThat(admit(admitted, fm())).containsEntry("status", "ADMITTED").containsEntry("caseManagerId", "fm-anna");
        assertThat(events(admitted)).containsExactly("case-referred", "case-opened");
        assertThat(lastEvent(admitted, "case-opened"))
                .containsEntry("caseManagerId", "fm-anna")
                .containsEntry("admittedOn", START.toString())
                .containsEntry("maxDurationEndsOn", "2028-03-02");

        String number = customerNumber();
        Map<String, Object> problem = refused(
                HttpRequest.POST("/api/referrals", referral(number, LocalDate.of(1975, 1, 1), facts(1, 1))), av(), 422);
        assertThat(rules(problem)).containsExactly("MIN_NEEDS");
        assertThat(fields(problem)).containsExactly("facts.needsByKeyGroup");
        assertThat((String) problem.get("detail")).contains("erforderlich: ≥ 3, tatsächlich: 2");
        assertNothingReferred(number);
    }

    @Test
    void anIntegrationNearProfileDoesNotQualify() {
        Map<String, Object> facts = facts(2, 2);
        facts.put("profileCode", "PROMOTION");
        Map<String, Object> check = post("/api/eligibility-checks", av(), Map.of("facts", facts));
        assertThat(check).containsEntry("eligible", false);
        assertThat(rules(refused(
                        HttpRequest.POST("/api/referrals", referral(customerNumber(), LocalDate.of(1975, 1, 1), facts)),
                        av(),
                        422)))
                .containsExactly("COMPLEX_PROFILE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEligibilityCheckExplainsEachCriterionAndStoresNothing() {
        List<Map<String, Object>> cases = teamCases();
        Map<String, Object> check = post(
                "/api/eligibility-checks",
                av(),
                Map.of("facts", Map.of("needsByKeyGroup", needs(1, 1), "profileCode", "SUPPORT")));
        assertThat(check).containsEntry("eligible", false).containsEntry("policyVersion", 1);
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) check.get("criteria");
        assertThat(criteria)
                .extracting(c -> c.get("code") + "=" + c.get("outcome"))
                .containsExactly("MIN_NEEDS=NOT_MET", "COMPLEX_PROFILE=MET", "PROGRESS_EXPECTED=UNKNOWN");
        assertThat(criteria.get(0)).containsEntry("required", "≥ 3").containsEntry("actual", "2");
        assertThat(criteria.get(2)).containsEntry("actual", "fehlt");
        assertThat(teamCases()).isEqualTo(cases);
    }

    @Test
    @SuppressWarnings("unchecked")
    void closureAtTwoYearsAsStandardDurationExpiredButNotBefore() {
        String caseId = refer();
        admit(caseId, fm());
        post("/api/cases/" + caseId + "/first-consultation/held", fm(), Map.of());
        Map<String, Object> file = caseFile(caseId);
        assertThat(file).containsEntry("status", "ACTIVE").containsEntry("supportRole", "PRIMARY");
        assertThat((Map<String, Object>) file.get("admission")).containsEntry("maxDurationEndsOn", "2028-03-02");

        clock.set(LocalDate.of(2028, 3, 1));
        Map<String, Object> handover = Map.of("avId", "av-bernd", "on", "2028-03-01");
        Map<String, Object> early = refused(
                HttpRequest.POST(
                        "/api/cases/" + caseId + "/closure",
                        Map.of("reasonCode", "STANDARD_DURATION_EXPIRED", "handover", handover)),
                fm(),
                422);
        assertThat(rules(early)).containsExactly("MAX_DURATION_NOT_REACHED");

        clock.set(LocalDate.of(2028, 3, 2));
        Map<String, Object> closed = post(
                "/api/cases/" + caseId + "/closure",
                fm(),
                Map.of(
                        "reasonCode",
                        "STANDARD_DURATION_EXPIRED",
                        "handover",
                        Map.of("avId", "av-bernd", "on", "2028-03-02")));
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(events(caseId)).containsExactly("case-referred", "case-opened", "case-assigned", "case-closed");
        assertThat(lastEvent(caseId, "case-closed"))
                .containsEntry("reasonCode", "STANDARD_DURATION_EXPIRED")
                .containsEntry("durationDays", 731)
                .containsEntry("handoverRecorded", true)
                .containsEntry("integration", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNonReferralIsDueForItsRecheckAfterSixMonthsAndAReferralResolvesIt() {
        String number = customerNumber();
        Map<String, Object> body = Map.of(
                "customerNumber",
                number,
                "firstName",
                "Max",
                "lastName",
                "Schulz",
                "dateOfBirth",
                "1970-05-05",
                "reason",
                "MISSING_COOPERATION",
                "facts",
                facts(3, 0));
        Map<String, Object> recorded = post("/api/non-referrals", av(), body);
        assertThat(recorded)
                .containsEntry("status", "OPEN")
                .containsEntry("recheckDueOn", "2026-09-02")
                .containsEntry("policyVersion", 1);
        String id = String.valueOf(recorded.get("id"));

        assertThat(page(get("/api/non-referrals?dueWithinDays=30", av()))).isEmpty();
        clock.set(LocalDate.of(2026, 8, 20));
        assertThat(page(get("/api/non-referrals?dueWithinDays=30", av())))
                .extracting(n -> n.get("id"))
                .containsExactly(id);
        clock.set(LocalDate.of(2026, 9, 3));
        assertThat(page(get("/api/non-referrals?dueWithinDays=0", av())).get(0)).containsEntry("overdue", true);
        // another AV does not see it
        assertThat(page(get("/api/non-referrals", av("av-other")))).isEmpty();

        Map<String, Object> confirmed = post(
                "/api/non-referrals/" + id + "/rechecks",
                av(),
                Map.of("outcome", "CONFIRMED", "note", "Mitwirkung weiterhin verweigert"));
        assertThat(confirmed)
                .containsEntry("recheckDueOn", "2027-03-03")
                .containsEntry("rechecks", 1)
                .containsEntry("overdue", false);

        Map<String, Object> referral = referral(number, LocalDate.of(1970, 5, 5), facts(3, 0));
        referral.put("lastName", "Schulz");
        refer(referral);
        Map<String, Object> resolved = get("/api/non-referrals/" + id, av());
        assertThat(resolved).containsEntry("status", "RESOLVED").containsEntry("rechecks", 2);
        assertThat((List<Map<String, Object>>) resolved.get("history"))
                .extracting(h -> h.get("outcome"))
                .containsExactly("CONFIRMED", "REFERRED");
        assertThat(events(id))
                .containsExactly("non-referral-recorded", "non-referral-recorded", "non-referral-recorded");
        assertThat(lastEvent(id, "non-referral-recorded"))
                .containsEntry("status", "RESOLVED")
                .containsEntry("recheckNumber", 2);
        assertThat(tables().auditEntriesOnResource("non-referral", id)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aNonReferralNeedsACustomerWhoMeetsTheCriteria() {
        Map<String, Object> body = Map.of(
                "customerNumber",
                customerNumber(),
                "firstName",
                "Max",
                "lastName",
                "Schulz",
                "dateOfBirth",
                "1970-05-05",
                "reason",
                "MISSING_COOPERATION",
                "facts",
                facts(1, 0));
        assertThat(rules(refused(HttpRequest.POST("/api/non-referrals", body), av(), 422)))
                .containsExactly("CRITERIA_NOT_MET");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDecisionNamesThePolicyVersionItWasMadeUnder() {
        String caseId = refer();
        adjustPolicy("BA2010", Map.of("maxDurationMonths", 30));
        admit(caseId, fm());
        Map<String, Object> file = caseFile(caseId);
        assertThat((Map<String, Object>) file.get("referral")).containsEntry("policyVersion", 1);
        assertThat((Map<String, Object>) file.get("admission"))
                .containsEntry("policyVersion", 2)
                .containsEntry("maxDurationEndsOn", "2028-09-02");
        assertThat(lastEvent(caseId, "case-opened")).containsEntry("policyVersion", 2);
        assertThat(decisions(caseId))
                .extracting(d -> d.get("kind") + "@" + d.get("policyVersion"))
                .containsExactly("REFERRAL@1", "ADMISSION@2");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> page(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }
}
