package de.lotse.network.consents;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Partner registry and consents on the real broker and database. */
@MicronautTest(transactional = false)
class ConsentIT extends ServiceIT {
    private TestEventPublisher intake;
    private String jobcenter;

    @Override
    protected String service() {
        return "network";
    }

    @BeforeAll
    void startIntake() {
        intake = new TestEventPublisher(json);
    }

    @AfterAll
    void stopIntake() {
        intake.close();
    }

    @BeforeEach
    void newJobcenter() {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID openCase() {
        UUID caseId = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        intake.publish(jobcenter, caseId, new CaseOpened(caseId, UUID.randomUUID(), "team-1", "fm-anna", "AV", "UE25", 1,
                today, Instant.now(), "PRIMARY", "FM", null, null, today, null, false, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from case_reference where case_id = ? "
                + "and admitted_on is not null", caseId) == 1);
        return caseId;
    }

    private String fm() {
        return TestTokens.user("fm-anna", "FM").jobcenter(jobcenter).team("team-1").sign();
    }

    private String tl() {
        return TestTokens.user("tl-petra", "TL").jobcenter(jobcenter).team("team-1").sign();
    }

    private Map<String, Object> post(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON_OBJECT);
    }

    private String partner(String name, String service) {
        return post("/api/partners", Map.of("name", name, "type", "COUNSELLING_AGENCY", "services", List.of(service),
                "locations", List.of("Berliner Allee 1"), "contactPersons", List.of(Map.of("name", "Frau Berger",
                        "email", "berger@beratung.example"))), tl()).get("id").toString();
    }

    private String form() {
        return post("/api/consent-forms", Map.of("code", "SPE_BERATUNG", "text", "Ich entbinde … von der Schweigepflicht",
                "scopes", List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT"),
                "purposes", List.of("SUCHTBERATUNG", "SCHULDNERBERATUNG")), tl()).get("id").toString();
    }

    private Map<String, Object> consent(String partnerId, String formId, String decision, List<String> scopes) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerId", partnerId, "formId", formId, "decision", decision,
                "channel", "WRITTEN"));
        if ("GIVEN".equals(decision)) {
            body.putAll(Map.of("scopes", scopes, "purposeCode", "SUCHTBERATUNG",
                    "validUntil", LocalDate.now().plusMonths(6).toString(), "documentRef", "Akte 4711/Bl. 12"));
        }
        return body;
    }

    private List<String> events(UUID caseId) {
        return transactions.executeRead(status -> Sql.query(jdbc,
                "select type from outbox_event where aggregateid = ? order by seq",
                statement -> statement.setString(1, caseId.toString()), rs -> rs.getString(1)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rules(Map<String, Object> problem) {
        List<String> rules = new ArrayList<>();
        ((List<Map<String, Object>>) problem.getOrDefault("violations", List.of())).forEach(v -> rules.add(v.get("rule")
                + "@" + v.get("field")));
        return rules;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsentIsGivenLimitedAndRevokedWithAnImmutableHistoryAndEvents() {
        UUID caseId = openCase();
        String partner = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String form = form();
        Map<String, Object> given = post("/api/cases/" + caseId + "/consents", consent(partner, form, "GIVEN",
                List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES")), fm());
        assertThat(given).containsEntry("status", "GIVEN");
        assertThat(problem(HttpRequest.POST("/api/cases/" + caseId + "/consents", consent(partner, form, "GIVEN",
                List.of("APPOINTMENT_ATTENDANCE"))).bearerAuth(fm()), 409)).containsEntry("type", "conflict");

        Map<String, Object> limited = post("/api/cases/" + caseId + "/consents/" + given.get("id") + "/limitation",
                Map.of("scopes", List.of("APPOINTMENT_ATTENDANCE")), fm());
        assertThat(limited).containsEntry("supersedes", given.get("id")).containsEntry("scopes",
                List.of("APPOINTMENT_ATTENDANCE"));
        Map<String, Object> revoked = post("/api/cases/" + caseId + "/consents/" + limited.get("id") + "/revocation",
                Map.of(), fm());
        assertThat(revoked).containsEntry("status", "REVOKED");

        Map<String, Object> file = client.toBlocking().retrieve(HttpRequest.GET("/api/cases/" + caseId + "/consents")
                .bearerAuth(fm()), JSON_OBJECT);
        assertThat((List<Map<String, Object>>) file.get("consents")).extracting(c -> c.get("status"))
                .containsExactly("SUPERSEDED", "REVOKED");
        assertThat((List<Map<String, Object>>) file.get("history")).extracting(h -> h.get("kind"))
                .containsExactly("GIVEN", "SUPERSEDED", "LIMITED", "REVOKED");
        assertThat(events(caseId)).containsExactly("consent-granted", "consent-revoked", "consent-granted",
                "consent-revoked");
        assertThat(count("select count(*) from audit_log where case_id = ? and resource_type = 'consents'", caseId))
                .isEqualTo(1);
    }

    @Test
    void aRefusalIsRecordedAndNothingFollows() {
        UUID caseId = openCase();
        String partner = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        Map<String, Object> refused = post("/api/cases/" + caseId + "/consents", consent(partner, form(), "REFUSED",
                List.of()), fm());
        assertThat(refused).containsEntry("status", "REFUSED");
        assertThat(events(caseId)).isEmpty();
        assertThat(count("select count(*) from consent_history where case_id = ? and kind = 'REFUSED'", caseId))
                .isEqualTo(1);
    }

    @Test
    void aConsentBeyondItsFormOrWithoutProofIsRefusedNamingTheField() {
        UUID caseId = openCase();
        String partner = partner("Psychosoziale Beratung", "PSYCHOSOCIAL_COUNSELLING");
        Map<String, Object> body = consent(partner, form(), "GIVEN", List.of("NEXT_STEP_RECOMMENDATION"));
        body.remove("documentRef");
        assertThat(rules(problem(HttpRequest.POST("/api/cases/" + caseId + "/consents", body).bearerAuth(fm()), 422)))
                .containsExactlyInAnyOrder("BEYOND_FORM@scopes", "PROOF_REQUIRED@documentRef");
        body.put("partnerId", UUID.randomUUID().toString());
        assertThat(rules(problem(HttpRequest.POST("/api/cases/" + caseId + "/consents", body).bearerAuth(fm()), 422)))
                .containsExactly("UNKNOWN_PARTNER@partnerId");
        assertThat(problem(HttpRequest.POST("/api/cases/" + caseId + "/consents", body).bearerAuth(
                TestTokens.user("fm-bernd", "FM").jobcenter(jobcenter).team("team-1").sign()), 403)).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegistryListsPartnersByServiceAndOnlyMaintainersChangeIt() {
        partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        Map<String, Object> debt = client.toBlocking().retrieve(HttpRequest.GET("/api/partners?service=DEBT_COUNSELLING")
                .bearerAuth(fm()), JSON_OBJECT);
        assertThat((List<Map<String, Object>>) debt.get("items")).extracting(p -> p.get("name"))
                .containsExactly("Schuldnerberatung Süd");
        assertThat((List<Map<String, Object>>) debt.get("items")).first()
                .satisfies(p -> assertThat(p).containsEntry("municipal16a", List.of("DEBT_COUNSELLING")));
        assertThat(problem(HttpRequest.POST("/api/partners", Map.of("name", "X", "type", "COUNSELLING_AGENCY",
                "services", List.of("DEBT_COUNSELLING"))).bearerAuth(fm()), 403)).isNotNull();
        assertThat(count("select count(*) from outbox_event where type = 'partner-registered' and payload->>'jobcenterId' = ?",
                jobcenter)).isEqualTo(2);
    }
}
