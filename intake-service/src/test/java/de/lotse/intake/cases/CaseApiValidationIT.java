package de.lotse.intake.cases;

import de.lotse.platform.testing.ServiceIT;
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
    private static final String JOBCENTER = "jc-val-" + UUID.randomUUID().toString().substring(0, 6);

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
                broken("note", "Size", body -> body.put("note", "n".repeat(2001))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("brokenReferrals")
    void rejectsBrokenReferralNamingFieldAndRule(String field, String rule, Consumer<Map<String, Object>> change)
            throws Exception {
        String customerNumber = IntakeFixtures.customerNumber();
        Map<String, Object> body = new HashMap<>(IntakeFixtures.referral(customerNumber, "Aylin", "Yilmaz"));
        change.accept(body);

        Map<String, Object> problem = problem(HttpRequest.POST("/api/referrals", json.writeValueAsString(body))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(IntakeFixtures.av(JOBCENTER)), 400);

        assertThat(problem).containsEntry("status", 400).containsKey("detail");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.get("violations");
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.get("field")).isEqualTo(field);
            assertThat(v.get("rule")).isEqualTo(rule);
        });
        assertThat(customers(customerNumber)).isZero();
    }

    @Test
    void rejectsMalformedJson() {
        Map<String, Object> problem = problem(HttpRequest.POST("/api/referrals", "{\"customerNumber\": \"123A4")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(IntakeFixtures.av(JOBCENTER)), 400);
        assertThat(problem).containsEntry("type", "invalid-request");
        assertThat(String.valueOf(problem.get("violations"))).contains("json");
    }

    @Test
    void rejectsMissingBody() {
        Map<String, Object> problem = problem(HttpRequest.POST("/api/referrals", "")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(IntakeFixtures.av(JOBCENTER)), 400);
        assertThat(problem).containsEntry("status", 400);
    }

    @Test
    void rejectsMalformedCaseIdInPath() {
        Map<String, Object> problem = problem(HttpRequest.GET("/api/cases/not-a-uuid")
                .bearerAuth(IntakeFixtures.av(JOBCENTER)), 400);
        assertThat(String.valueOf(problem.get("violations"))).contains("caseId");
    }

    @Test
    void refusesAdmissionWithoutCustomerWillingnessAsRuleViolation() {
        Map<String, Object> referred = client.toBlocking().retrieve(HttpRequest.POST("/api/referrals",
                IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Tom", "Krause"))
                .bearerAuth(IntakeFixtures.av(JOBCENTER)), JSON_OBJECT);
        String caseId = String.valueOf(referred.get("caseId"));

        Map<String, Object> problem = problem(HttpRequest.POST("/api/cases/" + caseId + "/admission",
                Map.of("customerWilling", false)).bearerAuth(IntakeFixtures.fm(JOBCENTER, "fm-anna")), 422);
        assertThat(String.valueOf(problem.get("violations")))
                .contains("customerWilling").contains("CUSTOMER_NOT_WILLING");

        Map<String, Object> missing = problem(HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of())
                .bearerAuth(IntakeFixtures.fm(JOBCENTER, "fm-anna")), 400);
        assertThat(String.valueOf(missing.get("violations"))).contains("customerWilling");

        Map<String, Object> still = client.toBlocking().retrieve(HttpRequest.GET("/api/cases/" + caseId)
                .bearerAuth(IntakeFixtures.av(JOBCENTER)), JSON_OBJECT);
        assertThat(still).containsEntry("status", "REFERRED");
    }

    @Test
    void refusesSecondOpenReferralForSameCustomerWithConflict() {
        String customerNumber = IntakeFixtures.customerNumber();
        client.toBlocking().exchange(HttpRequest.POST("/api/referrals",
                IntakeFixtures.referral(customerNumber, "Lea", "Wagner")).bearerAuth(IntakeFixtures.av(JOBCENTER)));
        problem(HttpRequest.POST("/api/referrals", IntakeFixtures.referral(customerNumber, "Lea", "Wagner"))
                .bearerAuth(IntakeFixtures.av(JOBCENTER)), 409);
        assertThat(casesOf(customerNumber)).isEqualTo(1);
    }

    private long customers(String customerNumber) {
        return count("select count(*) from customer where customer_number = ?", customerNumber);
    }

    private long casesOf(String customerNumber) {
        return count("select count(*) from bfm_case c join customer k on k.id = c.customer_id "
                + "where k.customer_number = ?", customerNumber);
    }

}
