package de.lotse.intake.cases;

import de.lotse.intake.IntakeTables;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.Today;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is answered with problem+json 4xx naming the field and rule; nothing is written. */
@MicronautTest(transactional = false)
class CaseApiValidationIT extends ServiceIT {
    private static final String JOBCENTER =
            "jc-val-" + UUID.randomUUID().toString().substring(0, 6);

    @Override
    protected String service() {
        return "intake";
    }

    private static Arguments broken(String field, String rule, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, rule, change);
    }

    static Stream<Arguments> brokenReferrals() {
        return Stream.of(
                broken("customerNumber", "NotBlank", body -> body.remove("customerNumber")),
                broken("customerNumber", "Pattern", body -> body.put("customerNumber", "12345")),
                broken("lastName", "Size", body -> body.put("lastName", "x".repeat(101))),
                broken("firstName", "NotBlank", body -> body.put("firstName", "   ")),
                broken("dateOfBirth", "NotNull", body -> body.remove("dateOfBirth")),
                broken("dateOfBirth", "Past", body -> body.put("dateOfBirth", "2999-01-01")),
                broken("dateOfBirth", "type", body -> body.put("dateOfBirth", "gestern")),
                broken("route", "type", body -> body.put("route", "TELEPATHY")),
                broken("route", "NotNull", body -> body.remove("route")),
                broken("reasons", "NotEmpty", body -> body.put("reasons", List.of())),
                broken("reasons", "type", body -> body.put("reasons", List.of("BECAUSE"))),
                broken("reasons", "type", body -> body.put("reasons", 42)),
                broken("note", "Size", body -> body.put("note", "n".repeat(2001))),
                broken("householdRef", "Pattern", body -> body.put("householdRef", "BG 12/34; drop")),
                broken(
                        "facts.needsByKeyGroup",
                        "type",
                        body -> facts(body).put("needsByKeyGroup", Map.of("ASTROLOGY", 1))),
                broken("facts.entrenchedNeeds", "Min", body -> facts(body).put("entrenchedNeeds", -1)),
                broken(
                        "facts.prognosisHorizonMonths",
                        "Max",
                        body -> facts(body).put("prognosisHorizonMonths", 999)),
                broken(
                        "facts.customerSince",
                        "PastOrPresent",
                        body -> facts(body).put("customerSince", "2999-01-01")),
                broken("facts.exclusions", "type", body -> facts(body).put("exclusions", List.of("BAD_WEATHER"))),
                broken("facts.progressExpected", "type", body -> facts(body).put("progressExpected", "vielleicht")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> body) {
        Map<String, Object> facts = new HashMap<>((Map<String, Object>) body.get("facts"));
        body.put("facts", facts);
        return facts;
    }

    static Stream<Arguments> brokenClosures() {
        return Stream.of(
                Arguments.of(Map.of(), "reasonCode", "REASON_REQUIRED"),
                Arguments.of(Map.of("reasonCode", " "), "reasonCode", "REASON_REQUIRED"),
                Arguments.of(Map.of("reasonCode", "x".repeat(51)), "reasonCode", "Size"),
                Arguments.of(Map.of("reasonCode", "DECEASED", "closedOn", "2999-01-01"), "closedOn", "PastOrPresent"),
                Arguments.of(
                        Map.of("reasonCode", "NO_MOTIVATION", "handover", Map.of("on", "2026-01-01")),
                        "handover.avId",
                        "NotBlank"),
                Arguments.of(Map.of("reasonCode", "NOT_A_REASON"), "reasonCode", "CLOSURE_REASON_NOT_IN_CATALOGUE"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("brokenClosures")
    void rejectsBrokenClosureNamingFieldAndRuleAndTheCaseStaysOpen(
            Map<String, Object> body, String field, String rule) {
        String caseId = admitted("Tom", "Krause");
        Map<String, Object> problem = problem(
                HttpRequest.POST("/api/cases/" + caseId + "/closure", body).bearerAuth(fm()),
                rule.equals(rule.toUpperCase()) ? 422 : 400);
        assertThat(String.valueOf(problem.get("violations")))
                .contains("field=" + field)
                .contains("rule=" + rule);
        // refused: the case is still admitted, not closed
        assertThat(caseFile(caseId)).containsEntry("status", "ADMITTED");
    }

    @Test
    void tellsEveryBrokenRuleOfAClosureInOneAnswerInPlainGerman() {
        String caseId = admitted("Ina", "Lang");
        // no reason, and a day before the admission (today): both at once, not one after the other
        Map<String, Object> problem = problem(
                HttpRequest.POST(
                                "/api/cases/" + caseId + "/closure",
                                Map.of(
                                        "reasonCode",
                                        "",
                                        "closedOn",
                                        Today.inBerlin().minusDays(1).toString()))
                        .bearerAuth(fm()),
                422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.get("violations");
        assertThat(violations)
                .extracting(v -> v.get("field") + "/" + v.get("rule"))
                .containsExactlyInAnyOrder("reasonCode/REASON_REQUIRED", "closedOn/OUTSIDE_ADMISSION_AND_TODAY");
        assertThat(violations)
                .extracting(v -> String.valueOf(v.get("message")))
                .contains("Bitte einen Abgangsgrund wählen.");
        // a reason that sends the customer back to the AV without the handover, and after-care without an
        // integration: both told in one answer
        Map<String, Object> twice = problem(
                HttpRequest.POST(
                                "/api/cases/" + caseId + "/closure",
                                Map.of(
                                        "reasonCode",
                                        "NO_MOTIVATION",
                                        "afterCareUntil",
                                        Today.inBerlin().plusMonths(1).toString()))
                        .bearerAuth(fm()),
                422);
        assertThat(String.valueOf(twice.get("violations")))
                .contains("rule=HANDOVER_REQUIRED")
                .contains("rule=AFTER_CARE_NOT_ALLOWED");
        // nothing written: the case is still admitted
        assertThat(caseFile(caseId)).containsEntry("status", "ADMITTED");
        assertThat(outboxTypes(UUID.fromString(caseId))).doesNotContain("case-closed");
    }

    @Test
    void saysSizesInGermanWithTheirNumbers() {
        Map<String, Object> problem = problem(
                HttpRequest.POST("/api/cases/" + UUID.randomUUID() + "/closure", Map.of("reasonCode", "x".repeat(51)))
                        .bearerAuth(fm()),
                400);
        assertThat(String.valueOf(problem.get("violations")))
                .contains("rule=Size")
                .contains("message=Höchstens 50 Zeichen.");
    }

    @Test
    void rejectsOutOfRangePagingAndUnknownScopes() {
        String token = fm();
        assertThat(String.valueOf(problem(
                                HttpRequest.GET("/api/cases?scope=TEAM&size=500")
                                        .bearerAuth(token),
                                400)
                        .get("violations")))
                .contains("size");
        assertThat(String.valueOf(
                        problem(HttpRequest.GET("/api/cases?scope=TEAM&page=-1").bearerAuth(token), 400)
                                .get("violations")))
                .contains("page");
        assertThat(String.valueOf(
                        problem(HttpRequest.GET("/api/cases?scope=EVERYTHING").bearerAuth(token), 400)
                                .get("violations")))
                .contains("scope");
        Map<String, Object> missing = problem(HttpRequest.GET("/api/cases").bearerAuth(token), 400);
        assertThat(missing).containsEntry("title", "Ungültige Anfrage");
        assertThat(String.valueOf(missing.get("violations"))).contains("field=scope", "rule=required");
        assertThat(String.valueOf(problem(
                                HttpRequest.GET("/api/deadlines?withinDays=1000")
                                        .bearerAuth(token),
                                400)
                        .get("violations")))
                .contains("withinDays");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("brokenReferrals")
    void rejectsBrokenReferralNamingFieldAndRule(String field, String rule, Consumer<Map<String, Object>> change)
            throws Exception {
        String customerNumber = IntakeFixtures.customerNumber();
        Map<String, Object> body = new HashMap<>(IntakeFixtures.referral(customerNumber, "Aylin", "Yilmaz"));
        change.accept(body);

        Map<String, Object> problem = problem(
                HttpRequest.POST("/api/referrals", json.writeValueAsString(body))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(av()),
                400);

        assertThat(problem).containsEntry("status", 400).containsKey("detail");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.get("violations");
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.get("field")).isEqualTo(field);
            assertThat(v.get("rule")).isEqualTo(rule);
        });
        assertThat(tables().customerRecords(customerNumber)).isZero();
    }

    @Test
    void rejectsMalformedJson() {
        long[] before = rowsWritten();
        Map<String, Object> problem = problem(
                HttpRequest.POST("/api/referrals", "{\"customerNumber\": \"123A4")
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(av()),
                400);
        assertThat(problem).containsEntry("type", "invalid-request");
        assertThat(String.valueOf(problem.get("violations"))).contains("json");
        assertThat(rowsWritten()).containsExactly(before);
    }

    @Test
    void rejectsMissingBody() {
        long[] before = rowsWritten();
        Map<String, Object> problem = problem(
                HttpRequest.POST("/api/referrals", "")
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(av()),
                400);
        assertThat(problem).containsEntry("status", 400).containsEntry("title", "Ungültige Anfrage");
        assertThat(rowsWritten()).containsExactly(before);
    }

    /**
     * Customers, cases and events of the whole database: a rejected request must add none of them. A body that is
     * no referral names no customer to look for, and no API lists these database-wide.
     */
    private long[] rowsWritten() {
        return new long[] {
            count("select count(*) from customer"),
            count("select count(*) from bfm_case"),
            count("select count(*) from outbox_event")
        };
    }

    @Test
    void rejectsMalformedCaseIdInPath() {
        Map<String, Object> problem =
                problem(HttpRequest.GET("/api/cases/not-a-uuid").bearerAuth(av()), 400);
        assertThat(String.valueOf(problem.get("violations"))).contains("caseId");
    }

    @Test
    void refusesAdmissionWithoutCustomerWillingnessAsRuleViolation() {
        String caseId = referred(IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Tom", "Krause"));

        Map<String, Object> problem = problem(
                HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", false))
                        .bearerAuth(fm()),
                422);
        assertThat(String.valueOf(problem.get("violations")))
                .contains("customerWilling")
                .contains("CUSTOMER_NOT_WILLING");

        Map<String, Object> missing = problem(
                HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of())
                        .bearerAuth(fm()),
                400);
        assertThat(String.valueOf(missing.get("violations"))).contains("customerWilling");

        assertThat(caseFile(caseId)).containsEntry("status", "REFERRED");
    }

    @Test
    void refusesSecondOpenReferralForSameCustomerWithConflict() {
        String customerNumber = IntakeFixtures.customerNumber();
        referred(IntakeFixtures.referral(customerNumber, "Lea", "Wagner"));
        problem(
                HttpRequest.POST("/api/referrals", IntakeFixtures.referral(customerNumber, "Lea", "Wagner"))
                        .bearerAuth(av()),
                409);
        assertThat(referralsOf(customerNumber)).hasSize(1);
    }

    private static String av() {
        return IntakeFixtures.av(JOBCENTER);
    }

    private static String fm() {
        return IntakeFixtures.fm(JOBCENTER, "fm-anna");
    }

    /** The AV refers with that body; returns the case id. */
    private String referred(Map<String, Object> referral) {
        return String.valueOf(client.toBlocking()
                .retrieve(HttpRequest.POST("/api/referrals", referral).bearerAuth(av()), JSON_OBJECT)
                .get("caseId"));
    }

    /** A newly referred customer of that name, admitted by fm-anna; returns the case id. */
    private String admitted(String firstName, String lastName) {
        String caseId = referred(IntakeFixtures.referral(IntakeFixtures.customerNumber(), firstName, lastName));
        client.toBlocking()
                .exchange(HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true))
                        .bearerAuth(fm()));
        return caseId;
    }

    /** The case file as fm-anna of the case's team reads it. */
    private Map<String, Object> caseFile(String caseId) {
        return client.toBlocking()
                .retrieve(HttpRequest.GET("/api/cases/" + caseId).bearerAuth(fm()), JSON_OBJECT);
    }

    /** The lines of the customer's cases in the referring AV's work list ({@code MY_REFERRALS}). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> referralsOf(String customerNumber) {
        Map<String, Object> page = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases?scope=MY_REFERRALS&size=200")
                                .bearerAuth(av()),
                        JSON_OBJECT);
        return ((List<Map<String, Object>>) page.getOrDefault("items", List.of()))
                .stream()
                        .filter(line -> customerNumber.equals(line.get("customerNumber")))
                        .toList();
    }

    /** Intake's tables, for what no API shows. */
    private IntakeTables tables() {
        return new IntakeTables(transactions, statements);
    }
}
