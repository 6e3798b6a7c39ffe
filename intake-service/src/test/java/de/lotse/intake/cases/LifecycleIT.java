package de.lotse.intake.cases;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state change emits exactly one event through the outbox; an operation that does not fit
 * the state is a 409 and changes nothing (no row version, no event).
 */
@MicronautTest(transactional = false)
class LifecycleIT extends IntakeIT {

    @Test
    void eachStateChangeEmitsExactlyOneEvent() {
        String caseId = refer();
        assertThat(events(caseId)).containsExactly("case-referred");
        admit(caseId, fm());
        assertThat(events(caseId)).containsExactly("case-referred", "case-opened");
        put("/api/cases/" + caseId + "/first-consultation", fm(), Map.of("scheduledOn", "2026-03-05"));
        assertThat(events(caseId)).hasSize(2);
        post("/api/cases/" + caseId + "/first-consultation/held", fm(), Map.of());
        put(
                "/api/cases/" + caseId + "/deputy",
                fm(),
                Map.of("deputyId", "fm-jonas", "until", "2026-03-10", "customerAgreed", false));
        delete("/api/cases/" + caseId + "/deputy", fm());
        // a day later the ended deputy period is over: reassigning to the former deputy removes nothing running
        clock.set(START.plusDays(1));
        post("/api/cases/" + caseId + "/reassignment", tl(), Map.of("caseManagerId", "fm-jonas", "note", "Urlaub"));
        post(
                "/api/cases/" + caseId + "/transfer",
                tl(),
                Map.of("kind", "REORGANISATION", "toTeamId", "team-fm-2", "toCaseManagerId", "fm-selin"));
        post("/api/cases/" + caseId + "/closure", fm("fm-selin", "team-fm-2"), Map.of("reasonCode", "DECEASED"));
        assertThat(events(caseId))
                .containsExactly(
                        "case-referred",
                        "case-opened",
                        "case-assigned",
                        "case-assigned",
                        "case-assigned",
                        "case-assigned",
                        "case-transferred",
                        "case-closed");
        assertThat(lastEvent(caseId, "case-assigned"))
                .containsEntry("kind", "REASSIGNMENT")
                .containsEntry("previousCaseManagerId", "fm-anna")
                .containsEntry("caseManagerId", "fm-jonas");
        assertThat(lastEvent(caseId, "case-closed")).containsEntry("handoverRecorded", false);
    }

    @Test
    void aTransferEndsARunningDeputyshipWithExactlyOneDeputyEndedEvent() {
        String caseId = refer();
        admit(caseId, fm());
        put(
                "/api/cases/" + caseId + "/deputy",
                fm(),
                Map.of("deputyId", "fm-jonas", "until", "2026-03-20", "customerAgreed", true));
        clock.set(START.plusDays(3));
        Map<String, Object> transferred = post(
                "/api/cases/" + caseId + "/transfer",
                tl(),
                Map.of("kind", "REORGANISATION", "toTeamId", "team-fm-2", "toCaseManagerId", "fm-selin"));

        assertThat(transferred).containsEntry("teamId", "team-fm-2");
        assertThat(transferred.get("deputy")).isNull();
        assertThat(events(caseId))
                .containsExactly("case-referred", "case-opened", "case-assigned", "case-transferred", "case-assigned");
        // ended the day before the transfer: the platform's case references count validUntil inclusively
        assertThat(lastEvent(caseId, "case-assigned"))
                .containsEntry("kind", "DEPUTY_ENDED")
                .containsEntry("supportRole", "DEPUTY")
                .containsEntry("caseManagerId", "fm-jonas")
                .containsEntry("previousCaseManagerId", "fm-anna")
                .containsEntry("teamId", "team-fm-2")
                .containsEntry("validFrom", START.toString())
                .containsEntry("validUntil", "2026-03-04");
        assertThat(decisionsOfKind(caseId, "team-fm-2", "DEPUTY_END"))
                .singleElement()
                .satisfies(decision -> assertThat(decision).containsEntry("reasonCode", "TRANSFER"));
        // the former deputy of the old team no longer reaches the case, here as in the events
        assertThat(rules(refused(HttpRequest.GET("/api/cases/" + caseId), fm("fm-jonas"), 403)))
                .containsExactly("NOT_YOUR_CASE");

        // a further transfer has no deputy to end
        post(
                "/api/cases/" + caseId + "/transfer",
                tl("tl-other", "team-fm-2"),
                Map.of("kind", "REORGANISATION", "toTeamId", "team-fm-2", "toCaseManagerId", "fm-lea"));
        assertThat(events(caseId))
                .containsExactly(
                        "case-referred",
                        "case-opened",
                        "case-assigned",
                        "case-transferred",
                        "case-assigned",
                        "case-transferred");
    }

    @Test
    void aTransferAfterTheDeputyPeriodEndedOrAReassignmentToARunningDeputySayExactlyWhatChanged() {
        String over = refer();
        admit(over, fm());
        put(
                "/api/cases/" + over + "/deputy",
                fm(),
                Map.of("deputyId", "fm-jonas", "until", "2026-03-05", "customerAgreed", false));
        String running = refer();
        admit(running, fm());
        put(
                "/api/cases/" + running + "/deputy",
                fm(),
                Map.of("deputyId", "fm-jonas", "until", "2026-03-20", "customerAgreed", false));
        clock.set(LocalDate.of(2026, 3, 6));

        post(
                "/api/cases/" + over + "/transfer",
                tl(),
                Map.of("kind", "REORGANISATION", "toTeamId", "team-fm-2", "toCaseManagerId", "fm-selin"));
        assertThat(events(over)).containsExactly("case-referred", "case-opened", "case-assigned", "case-transferred");

        // the deputy takes the case over: their deputyship ends, they are now responsible
        post("/api/cases/" + running + "/reassignment", tl(), Map.of("caseManagerId", "fm-jonas", "note", "Übernahme"));
        assertThat(events(running))
                .containsExactly("case-referred", "case-opened", "case-assigned", "case-assigned", "case-assigned");
        assertThat(lastEvent(running, "case-assigned"))
                .containsEntry("kind", "DEPUTY_ENDED")
                .containsEntry("caseManagerId", "fm-jonas")
                .containsEntry("validUntil", "2026-03-05");
    }

    @Test
    void admittingAClosedCaseOrClosingTwiceIsAConflictAndChangesNothing() {
        String caseId = refer();
        admit(caseId, fm());
        post("/api/cases/" + caseId + "/closure", fm(), Map.of("reasonCode", "DECEASED"));
        Map<String, Object> file = caseFile(caseId);
        List<Map<String, Object>> decided = decisions(caseId);
        int events = events(caseId).size();

        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true)),
                        fm(),
                        409)))
                .containsExactly("CASE_NOT_REFERRED");
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/closure", Map.of("reasonCode", "DECEASED")),
                        fm(),
                        409)))
                .containsExactly("CASE_ALREADY_CLOSED");
        // the state decides before the request's content: a reason outside the catalogue changes nothing about that
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/closure", Map.of("reasonCode", "NO_SUCH_REASON")),
                        fm(),
                        409)))
                .containsExactly("CASE_ALREADY_CLOSED");
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + caseId + "/relocation",
                                Map.of("toJobcenterId", jobcenter, "toTeamId", TEAM)),
                        fm(),
                        409)))
                .containsExactly("CASE_ALREADY_CLOSED");
        assertThat(rules(refused(
                        HttpRequest.POST("/api/cases/" + caseId + "/decline", Map.of("reason", "CRITERIA_NOT_MET")),
                        fm(),
                        409)))
                .containsExactly("CASE_NOT_REFERRED");
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/cases/" + caseId + "/escalation/decision", Map.of("admit", false, "note", "x")),
                        tl(),
                        409)))
                .containsExactly("CASE_NOT_ESCALATED");

        assertThat(caseFile(caseId)).isEqualTo(file).containsEntry("status", "CLOSED");
        assertThat(decisions(caseId)).isEqualTo(decided);
        assertThat(events(caseId)).hasSize(events);
    }

    @Test
    void aClosedCasesCustomerCanBeReferredAgainButNotWhileACaseIsInProgress() {
        String number = customerNumber();
        String first = refer(referral(number, java.time.LocalDate.of(1980, 4, 12), facts(2, 1)));
        assertThat(rules(refused(
                        HttpRequest.POST(
                                "/api/referrals", referral(number, java.time.LocalDate.of(1980, 4, 12), facts(2, 1))),
                        av(),
                        409)))
                .containsExactly("CASE_IN_PROGRESS");
        admit(first, fm());
        post(
                "/api/cases/" + first + "/closure",
                fm(),
                Map.of(
                        "reasonCode",
                        "LABOUR_MARKET_READINESS",
                        "handover",
                        Map.of("avId", "av-bernd", "on", START.toString())));
        assertThat(refer(referral(number, java.time.LocalDate.of(1980, 4, 12), facts(2, 1))))
                .isNotEqualTo(first);
    }

    @Test
    void aMoveToAnotherJobcenterClosesHereAndRefersThereWithTheDurationCountingOn() {
        String caseId = refer();
        admit(caseId, fm());
        clock.set(START.plusMonths(5));
        String target = "jc-target-" + jobcenter.substring(3);
        // the receiving Jobcenter is known to Lotse: its staff have worked with it (here: read its policy, BA2010)
        String targetAdmin = de.lotse.platform.testing.TestTokens.user("admin-nord", "ADMIN")
                .jobcenter(target)
                .sign();
        assertThat(get("/api/policy", targetAdmin)).containsEntry("presetCode", "BA2010");
        Map<String, Object> closed = post(
                "/api/cases/" + caseId + "/relocation",
                fm(),
                Map.of("toJobcenterId", target, "toTeamId", "team-north"));
        // the move used the target's policy and stored none for it
        assertThat(policyVersions(targetAdmin)).isEqualTo(1);
        assertThat(closed).containsEntry("status", "CLOSED");
        @SuppressWarnings("unchecked")
        String successor = String.valueOf(((Map<String, Object>) closed.get("closure")).get("successorCaseId"));
        assertThat(lastEvent(caseId, "case-closed"))
                .containsEntry("reasonCode", "MOVED")
                .containsEntry("successorCaseId", successor);
        assertThat(lastEvent(successor, "case-referred"))
                .containsEntry("route", "RELOCATION")
                .containsEntry("predecessorCaseId", caseId);

        String receiving = de.lotse.platform.testing.TestTokens.user("fm-nord", "FM")
                .jobcenter(target)
                .team("team-north")
                .sign();
        Map<String, Object> takenOver =
                post("/api/cases/" + successor + "/admission", receiving, Map.of("customerWilling", true));
        @SuppressWarnings("unchecked")
        Map<String, Object> admission = (Map<String, Object>) takenOver.get("admission");
        // BA2010 in the new Jobcenter: two years from the first admission, not from the takeover
        assertThat(admission)
                .containsEntry("durationStartOn", START.toString())
                .containsEntry("maxDurationEndsOn", START.plusYears(2).toString());
        assertThat(takenOver).containsEntry("jobcenterId", target);
    }

    @Test
    void aMoveToAJobcenterLotseDoesNotKnowIsRefusedAndWritesNothing() {
        String caseId = refer();
        admit(caseId, fm());
        Map<String, Object> file = caseFile(caseId);
        List<Map<String, Object>> decided = decisions(caseId);
        List<String> events = events(caseId);
        String unknown = "jc-unknown-" + jobcenter.substring(3);

        for (String target : List.of("0", unknown)) {
            Map<String, Object> problem = refused(
                    HttpRequest.POST(
                            "/api/cases/" + caseId + "/relocation",
                            Map.of("toJobcenterId", target, "toTeamId", "team-north")),
                    fm(),
                    422);
            assertThat(rules(problem)).as(target).containsExactly("UNKNOWN_JOBCENTER");
            assertThat(fields(problem)).as(target).containsExactly("toJobcenterId");
            // nothing there: no policy version (a relocation never creates one), no customer, no case, no decision
            for (String table : List.of("jobcenter_policy", "customer", "bfm_case", "case_decision")) {
                assertThat(rowsOfJobcenter(table, target))
                        .as(table + " of " + target)
                        .isZero();
            }
        }
        // and nothing here: the case is still open, unchanged, and published nothing
        assertThat(caseFile(caseId)).isEqualTo(file);
        assertThat(decisions(caseId)).isEqualTo(decided);
        assertThat(events(caseId)).isEqualTo(events);
    }

    /**
     * The rows a table holds for a Jobcenter. A Jobcenter Lotse does not know has no staff whose token could list
     * anything there, so only the tables show that a refused move created nothing in it.
     */
    private long rowsOfJobcenter(String table, String jobcenterId) {
        return count(
                "select count(*) from " + table + " where jobcenter_id = :jobcenterId",
                Params.of("jobcenterId", jobcenterId));
    }
}
