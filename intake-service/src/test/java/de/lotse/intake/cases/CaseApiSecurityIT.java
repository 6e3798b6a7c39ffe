package de.lotse.intake.cases;

import de.lotse.intake.IntakeTables;
import de.lotse.platform.testing.ServiceBaselineContract;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication (token validation) and authorisation (role, own Jobcenter) of the case API. */
@MicronautTest(transactional = false)
class CaseApiSecurityIT extends ServiceIT {
    private static final String JOBCENTER =
            "jc-sec-" + UUID.randomUUID().toString().substring(0, 6);

    private String caseId;

    @Override
    protected String service() {
        return "intake";
    }

    @BeforeAll
    void referOneCustomer() {
        Map<String, Object> referred = client.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/referrals",
                                        IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Max", "Schulz"))
                                .bearerAuth(IntakeFixtures.av(JOBCENTER)),
                        JSON_OBJECT);
        caseId = String.valueOf(referred.get("caseId"));
    }

    static Stream<Arguments> invalidTokens() {
        return ServiceBaselineContract.invalidTokens(JOBCENTER);
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("invalidTokens")
    void rejectsInvalidTokensWith401(String description, String token) {
        assertStatus(withToken(HttpRequest.GET("/api/cases/" + caseId), token), 401);
        assertStatus(
                withToken(
                        HttpRequest.POST(
                                "/api/referrals",
                                IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Eve", "Intruder")),
                        token),
                401);
    }

    @Test
    void rejectsWrongRoleWith403() {
        String management =
                TestTokens.user("mgmt-karl", "MANAGEMENT").jobcenter(JOBCENTER).sign();
        assertStatus(HttpRequest.GET("/api/cases/" + caseId).bearerAuth(management), 403);
        // an AV may refer but not admit
        assertStatus(
                HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true))
                        .bearerAuth(IntakeFixtures.av(JOBCENTER)),
                403);
        String partner = TestTokens.user("partner-1", "PARTNER")
                .partner(UUID.randomUUID().toString())
                .sign();
        assertStatus(
                HttpRequest.POST(
                                "/api/referrals",
                                IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Eve", "Partner"))
                        .bearerAuth(partner),
                403);
    }

    @Test
    void hidesAnotherJobcentersCaseWith404() {
        String foreignAv = IntakeFixtures.av("jc-elsewhere");
        String foreignFm = IntakeFixtures.fm("jc-elsewhere", "fm-elsewhere");
        assertStatus(HttpRequest.GET("/api/cases/" + caseId).bearerAuth(foreignAv), 404);
        assertStatus(
                HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true))
                        .bearerAuth(foreignFm),
                404);
        // and the case is still waiting for its own Jobcenter's decision
        Map<String, Object> own = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId).bearerAuth(IntakeFixtures.av(JOBCENTER)), JSON_OBJECT);
        assertThat(own).containsEntry("status", "REFERRED");
    }

    @Test
    void staffTokenWithoutJobcenterIsRefused() {
        // a staff token must say which Jobcenter it belongs to: without, the token itself is invalid
        String noJobcenter = TestTokens.user("fm-anna", "FM").team("team-fm-1").sign();
        assertStatus(HttpRequest.GET("/api/cases/" + caseId).bearerAuth(noJobcenter), 401);
    }

    @Test
    void tokenWithEmptySubjectIsRefusedAndNeverAudited() {
        // the case read is audited with the token's sub as the actor: an empty sub used to be accepted
        // and audited as actor ''
        long entries = tables().auditEntries(caseId);
        for (String subject : List.of("", " ")) {
            assertStatus(
                    HttpRequest.GET("/api/cases/" + caseId)
                            .bearerAuth(TestTokens.user(subject, "AV")
                                    .jobcenter(JOBCENTER)
                                    .team("team-av")
                                    .sign()),
                    401);
        }
        assertThat(tables().auditEntries(caseId)).isEqualTo(entries);
        assertThat(tables().auditEntriesWithoutActor()).isZero();
        // the same read with a named actor is audited: the counts above could have grown
        client.toBlocking().exchange(HttpRequest.GET("/api/cases/" + caseId).bearerAuth(IntakeFixtures.av(JOBCENTER)));
        assertThat(tables().auditEntries(caseId)).isEqualTo(entries + 1);
    }

    @Test
    void healthAndApiDocumentationNeedNoToken() {
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health"), String.class)
                        .code())
                .isEqualTo(200);
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger/lotse-intake-service-1.yml")))
                .contains("/api/referrals");
    }

    private static MutableHttpRequest<?> withToken(MutableHttpRequest<?> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }

    private void assertStatus(MutableHttpRequest<?> request, int status) {
        failing(request, status);
    }

    /** Intake's tables, for what no API shows. */
    private IntakeTables tables() {
        return new IntakeTables(transactions, statements);
    }
}
