package de.lotse.intake.imports;

import de.lotse.intake.IntakeIT;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking running cases over with their history (docs/import.md): each step is judged as on its day under the
 * policy version in force then, re-importing changes nothing, a changed record adds its new steps, a check writes
 * nothing.
 */
@MicronautTest(transactional = false)
class CaseImportIT extends IntakeIT {
    private static final LocalDate ADMITTED = START.minusMonths(25);
    private static final String U25_TEAM = "team-fm-u25";

    @BeforeEach
    void pankowSinceLongAgo() {
        post(
                "/api/policy/versions",
                admin(),
                Map.of("basePreset", "PANKOW", "note", "Richtlinie seit 2023", "effectiveFrom", "2023-01-01"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseAdmittedTwentyFiveMonthsAgoKeepsItsDaysAndItsMaximumDurationUnderThePolicyOfItsTime() {
        Map<String, Object> outcome = put("/api/import/cases", admin(), record("F-1"));

        assertThat(outcome).containsEntry("result", "CREATED");
        String caseId = String.valueOf(outcome.get("caseId"));
        Map<String, Object> file = caseFile(caseId);
        assertThat(file).containsEntry("status", "ACTIVE").containsEntry("caseManagerId", "fm-anna");
        assertThat((Map<String, Object>) file.get("referral"))
                .containsEntry("referredAt", ADMITTED.minusDays(14) + "T08:00:00Z"); // 9 o'clock in Berlin
        assertThat((Map<String, Object>) file.get("admission"))
                .containsEntry("admittedOn", ADMITTED.toString())
                .containsEntry("decidedBy", "fm-anna")
                .containsEntry("maxDurationEndsOn", ADMITTED.plusMonths(24).toString());
        assertThat(events(caseId)).containsExactly("case-referred", "case-opened", "case-assigned");
        assertThat(lastEvent(caseId, "case-opened"))
                .containsEntry("admittedOn", ADMITTED.toString())
                .containsEntry("maxDurationEndsOn", ADMITTED.plusMonths(24).toString());
        assertThat(decisions(caseId))
                .extracting(d ->
                        d.get("kind") + " " + String.valueOf(d.get("decidedAt")).substring(0, 10))
                .containsExactly(
                        "REFERRAL " + ADMITTED.minusDays(14),
                        "ADMISSION " + ADMITTED,
                        "FIRST_CONSULTATION " + ADMITTED.plusDays(7));
    }

    @Test
    void theSameRecordAgainChangesNothingAndAnAddedClosureIsTakenOverAsAChange() {
        Map<String, Object> first = put("/api/import/cases", admin(), record("F-2"));
        String caseId = String.valueOf(first.get("caseId"));

        Map<String, Object> again = put("/api/import/cases", admin(), record("F-2"));
        assertThat(again).containsEntry("result", "UNCHANGED").containsEntry("caseId", caseId);
        assertThat(events(caseId)).hasSize(3);

        Map<String, Object> closed = record("F-2");
        closed.put(
                "closure",
                Map.of(
                        "closedOn",
                        START.minusDays(10).toString(),
                        "reason",
                        "EMPLOYMENT",
                        "closedBy",
                        "fm-anna",
                        "handover",
                        Map.of("avId", "av-bernd", "on", START.minusDays(3).toString())));
        Map<String, Object> updated = put("/api/import/cases", admin(), closed);

        assertThat(updated)
                .containsEntry("result", "UPDATED")
                .containsEntry("changes", List.of("closure " + START.minusDays(10)));
        assertThat(caseFile(caseId)).containsEntry("status", "CLOSED");
        assertThat(events(caseId)).endsWith("case-closed").hasSize(4);
        assertThat(put("/api/import/cases", admin(), closed)).containsEntry("result", "UNCHANGED");
    }

    @Test
    void aStepAlreadyTakenOverCannotBeRewrittenByAnotherImport() {
        String caseId =
                String.valueOf(put("/api/import/cases", admin(), record("F-3")).get("caseId"));
        Map<String, Object> rewritten = record("F-3");
        ((Map<String, Object>) rewritten.get("admission"))
                .put("decidedOn", ADMITTED.plusDays(1).toString());

        Map<String, Object> problem = refused(HttpRequest.PUT("/api/import/cases", rewritten), admin(), 422);

        assertThat(rules(problem)).containsExactly("IMPORTED_HISTORY_CHANGED");
        assertThat(fields(problem)).containsExactly("admission");
        assertThat(events(caseId)).hasSize(3);
    }

    @Test
    void aCheckNamesEveryRecordsProblemsByFieldAndStoresNothing() {
        Map<String, Object> valid = record("F-4");
        Map<String, Object> admittedBeforeReferral = record("F-5");
        ((Map<String, Object>) admittedBeforeReferral.get("admission"))
                .put("decidedOn", ADMITTED.minusDays(30).toString());
        Map<String, Object> unknownReason = record("F-6");
        unknownReason.put(
                "closure",
                Map.of("closedOn", START.minusDays(3).toString(), "reason", "LOTTERY", "closedBy", "fm-anna"));
        Map<String, Object> beforeAnyPolicy = record("F-7");
        ((Map<String, Object>) beforeAnyPolicy.get("referral")).put("referredOn", "2022-06-01");

        List<Map<String, Object>> results =
                check(List.of(valid, admittedBeforeReferral, unknownReason, beforeAnyPolicy));

        assertThat(results).extracting(r -> r.get("index")).containsExactly(0, 1, 2, 3);
        assertThat(problems(results.get(0))).isEmpty();
        assertThat(problems(results.get(1))).containsExactly("admission.admittedOn ADMISSION_BEFORE_REFERRAL");
        assertThat(problems(results.get(2))).containsExactly("closure.reasonCode CLOSURE_REASON_NOT_IN_CATALOGUE");
        assertThat(problems(results.get(3))).containsExactly("referral.on NO_POLICY_ON_DAY");
        // a check keeps nothing: the valid record is taken over as new afterwards
        assertThat(put("/api/import/cases", admin(), valid)).containsEntry("result", "CREATED");
    }

    @Test
    void aCheckSentWithAnIdempotencyKeyRollsBackOnlyItsOwnTransactions() {
        // the key makes the request hold a transaction of its own; the check's rollbacks must not break it
        List<Map<String, Object>> results = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", List.of(record("F-9"))))
                                .header("Idempotency-Key", "check-" + jobcenter)
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(problems(r)).isEmpty());
        assertThat(put("/api/import/cases", admin(), record("F-9"))).containsEntry("result", "CREATED");
    }

    @Test
    void aYoungCustomersTransferToTheUe25FmIsTakenOverOnItsDayWithTheDeputyItEnds() {
        LocalDate turns25 = ADMITTED.plusYears(1);
        LocalDate transferred = turns25.plusDays(14);
        Map<String, Object> record = youngCustomer("F-10", turns25);
        record.put(
                "assignments",
                List.of(
                        deputy("Z-1", transferred.minusDays(3), transferred.plusDays(10)),
                        transfer("Z-2", transferred, "U25_TO_UE25")));

        String caseId = String.valueOf(put("/api/import/cases", admin(), record).get("caseId"));

        Map<String, Object> file = caseFile(caseId);
        assertThat(file)
                .containsEntry("teamId", TEAM)
                .containsEntry("caseManagerId", "fm-jonas")
                .containsEntry("ageGroup", "UE25");
        assertThat(file.get("deputy")).as("the deputy stood in for fm-selin").isNull();
        assertThat(events(caseId)).contains("case-transferred");
        assertThat(lastEvent(caseId, "case-transferred"))
                .containsEntry("kind", "U25_TO_UE25")
                .containsEntry("fromTeamId", U25_TEAM)
                .containsEntry("toTeamId", TEAM)
                .containsEntry("fromCaseManagerId", "fm-selin")
                .containsEntry("toCaseManagerId", "fm-jonas")
                .containsEntry("ageGroup", "UE25");
        assertThat(String.valueOf(lastEvent(caseId, "case-transferred").get("transferredAt")))
                .startsWith(transferred.toString());
        assertThat(decisions(caseId))
                .extracting(d ->
                        d.get("kind") + " " + String.valueOf(d.get("decidedAt")).substring(0, 10))
                .endsWith("TRANSFER " + transferred, "DEPUTY_END " + transferred);
    }

    @Test
    void aTransferTheRulesOfItsDayForbidIsReportedByItsField() {
        LocalDate turns25 = ADMITTED.plusYears(1);
        Map<String, Object> tooEarly = youngCustomer("F-11", turns25);
        tooEarly.put("assignments", List.of(transfer("Z-1", turns25.minusDays(1), "U25_TO_UE25")));
        Map<String, Object> handover = youngCustomer("F-12", turns25);
        handover.put("assignments", List.of(transfer("Z-1", turns25.plusDays(1), "MARKET_NEAR_HANDOVER")));
        Map<String, Object> withoutTeam = youngCustomer("F-13", turns25);
        Map<String, Object> noTeam = transfer("Z-1", turns25.plusDays(1), "U25_TO_UE25");
        noTeam.remove("teamId");
        withoutTeam.put("assignments", List.of(noTeam));

        List<Map<String, Object>> results = check(List.of(tooEarly, handover, withoutTeam));

        assertThat(problems(results.get(0))).containsExactly("assignments[0].kind NOT_YET_25");
        assertThat(problems(results.get(1))).containsExactly("assignments[0].transferKind TRANSFER_KIND_NOT_IMPORTED");
        assertThat(problems(results.get(2))).containsExactly("assignments[0].teamId required");
    }

    @Test
    void onlyTheJobcentersAdministrationImports() {
        refused(HttpRequest.PUT("/api/import/cases", record("F-8")), tl(), 403);
        refused(HttpRequest.POST("/api/import/cases/validation", Map.of("cases", List.of(record("F-8")))), fm(), 403);
        assertThat(put("/api/import/cases", admin(), record("F-8"))).containsEntry("result", "CREATED");
    }

    /** One customer per source record of a test, so that the same record can be built again. */
    private final Map<String, String> customerNumbers = new HashMap<>();

    /** A PANKOW case referred two weeks before its admission 25 months ago, consulted a week later. */
    private Map<String, Object> record(String sourceId) {
        return ImportFixtures.admittedCase(
                sourceId, customerNumbers.computeIfAbsent(sourceId, id -> customerNumber()), ADMITTED, TEAM);
    }

    /**
     * A case of the FM U25 (fm-selin of the U25 team) whose customer turns 25 on {@code turns25}, a year after the
     * admission.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> youngCustomer(String sourceId, LocalDate turns25) {
        Map<String, Object> record = record(sourceId);
        Map<String, Object> customer = new HashMap<>((Map<String, Object>) record.get("customer"));
        customer.put("dateOfBirth", turns25.minusYears(25).toString());
        record.put("customer", customer);
        ((Map<String, Object>) record.get("referral")).put("teamId", U25_TEAM);
        ((Map<String, Object>) record.get("admission")).put("decidedBy", "fm-selin");
        return record;
    }

    private static Map<String, Object> transfer(String sourceId, LocalDate on, String kind) {
        Map<String, Object> transfer = new HashMap<>();
        transfer.put("sourceId", sourceId);
        transfer.put("kind", "TRANSFER");
        transfer.put("on", on.toString());
        transfer.put("transferKind", kind);
        transfer.put("teamId", TEAM);
        transfer.put("caseManagerId", "fm-jonas");
        return transfer;
    }

    private static Map<String, Object> deputy(String sourceId, LocalDate from, LocalDate until) {
        return Map.of(
                "sourceId",
                sourceId,
                "kind",
                "DEPUTY",
                "on",
                from.toString(),
                "deputyId",
                "fm-anna",
                "until",
                until.toString(),
                "customerAgreed",
                true);
    }

    private List<Map<String, Object>> check(List<Map<String, Object>> records) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", records))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Map<String, Object> result) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) result.getOrDefault("problems", List.of())) {
            problems.add(p.get("field") + " " + p.get("rule"));
        }
        return problems;
    }
}
