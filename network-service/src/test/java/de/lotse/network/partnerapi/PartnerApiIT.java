package de.lotse.network.partnerapi;

import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.jdbc.Sql;
import de.lotse.network.NetworkFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
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
 * The restricted partner API on the real broker and database: own referrals only, customer data
 * only within an effective consent, structured updates only, one audit entry per call.
 */
@MicronautTest(transactional = false)
class PartnerApiIT extends NetworkFixtures {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("lotse.partner-api.requests-per-minute", "25");
        return properties;
    }

    private String refer(UUID caseId, String partner, boolean withContact) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerId", partner, "service", "ADDICTION_COUNSELLING"));
        if (withContact) {
            body.put("customer", Map.of("name", "Erika Mustermann", "phone", "030 1234567"));
        }
        return post("/api/cases/" + caseId + "/referrals", body, fm()).get("id").toString();
    }

    private long partnerAudits(String referralId) {
        return count("select count(*) from audit_log where resource_id = ? and actor_roles like '%PARTNER%'", referralId);
    }

    @Test
    void aPartnerSeesItsOwnReferralWithExactlyTheScopedFieldsUntilTheConsentIsRevoked() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String b = partner("Suchtberatung B", "ADDICTION_COUNSELLING");
        String consent = consent(caseId, a, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE"));
        String referral = refer(caseId, a, true);

        Map<String, Object> seen = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(seen).containsEntry("customerName", "Erika Mustermann").containsEntry("consentEffective", true)
                .containsEntry("releasedScopes", List.of("APPOINTMENT_ATTENDANCE", "CONTACT_DETAILS"));
        assertThat(problem(HttpRequest.GET("/partner-api/referrals/" + referral).bearerAuth(partnerToken(b)), 404))
                .containsEntry("status", 404);
        assertThat(((List<?>) get("/partner-api/referrals", partnerToken(b)).getOrDefault("items", List.of()))).isEmpty();

        // attendance is within the scope; participation dates are not
        assertThat(post("/partner-api/referrals/" + referral + "/status", Map.of("status", "ACCEPTED", "attended", true),
                partnerToken(a))).containsEntry("status", "ACCEPTED").containsEntry("attended", true);
        assertThat(rules(problem(HttpRequest.POST("/partner-api/referrals/" + referral + "/status",
                Map.of("status", "STARTED")).bearerAuth(partnerToken(a)), 422)))
                .containsExactly("OUT_OF_CONSENT_SCOPE@startedOn");
        assertThat(rules(problem(HttpRequest.POST("/partner-api/referrals/" + referral + "/status",
                Map.of("status", "ACCEPTED", "note", "Klient berichtet von Rückfall")).bearerAuth(partnerToken(a)), 422)))
                .containsExactly("FIELD_NOT_ALLOWED@note");
        assertThat(rules(problem(HttpRequest.POST("/partner-api/referrals/" + referral + "/status",
                Map.of("reasonCode", "hat keine Lust mehr")).bearerAuth(partnerToken(a)), 422)))
                .containsExactly("CODE_ONLY@reasonCode");

        post("/api/cases/" + caseId + "/consents/" + consent + "/revocation", Map.of(), fm());
        Map<String, Object> after = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(after).containsEntry("consentEffective", false).doesNotContainKeys("customerName", "customerPhone");
        assertThat(rules(problem(HttpRequest.POST("/partner-api/referrals/" + referral + "/status",
                Map.of("attended", false)).bearerAuth(partnerToken(a)), 422)))
                .containsExactly("OUT_OF_CONSENT_SCOPE@attended");

        // one audit entry per partner call on this referral: A read, updated, was refused 3×, read, was refused;
        // B was refused once (404) — refusals are kept although their transaction rolled back
        await().atMost(Duration.ofSeconds(10)).until(() -> partnerAudits(referral) == 8);
        assertThat(count("select count(*) from audit_log where resource_id = ? and action = 'DENIED'", referral))
                .isEqualTo(5);
        assertThat(count("select count(*) from audit_log where resource_id = ? and purpose = ?", referral,
                "Einwilligung " + consent)).isEqualTo(2);
        List<String> events = transactions.executeRead(status -> Sql.query(jdbc, "select type from outbox_event "
                + "where aggregateid = ? order by seq", statement -> statement.setString(1, caseId.toString()),
                rs -> rs.getString(1)));
        assertThat(events).containsExactly("consent-granted", "referral-sent", "referral-status-changed", "consent-revoked");
    }

    @Test
    void withoutAConsentAReferralCarriesNoCustomerDataAndClosureEndsIt() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        Map<String, Object> withContact = new HashMap<>(Map.of("partnerId", a, "service", "ADDICTION_COUNSELLING",
                "customer", Map.of("name", "Erika Mustermann")));
        assertThat(rules(problem(HttpRequest.POST("/api/cases/" + caseId + "/referrals", withContact).bearerAuth(fm()), 422)))
                .containsExactly("CONSENT_REQUIRED_FOR_CUSTOMER_DATA@customer");
        String referral = refer(caseId, a, false);
        Map<String, Object> seen = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(seen).containsEntry("consentEffective", false).doesNotContainKey("customerName");
        assertThat(seen.get("referenceCode").toString()).startsWith("UE-");

        upstream.publish(jobcenter, caseId, new CaseClosed(caseId, "INTEGRATION", LocalDate.now(), 30, Instant.now(), true,
                true, null, null, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from referral where id = ? "
                + "and status = 'ENDED_BY_CLOSURE'", UUID.fromString(referral)) == 1);
        assertThat(problem(HttpRequest.POST("/partner-api/referrals/" + referral + "/status", Map.of("status", "ACCEPTED"))
                .bearerAuth(partnerToken(a)), 409)).containsEntry("type", "conflict");
        await().atMost(Duration.ofSeconds(10)).until(() -> partnerAudits(referral) == 2);
    }

    @Test
    void theCasesClosureEndsThePartnersAccessAtOnce() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        consent(caseId, a, List.of("CONTACT_DETAILS"));
        String referral = refer(caseId, a, true);
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a))).containsEntry("customerName", "Erika Mustermann");

        upstream.publish(jobcenter, caseId, new CaseClosed(caseId, "INTEGRATION", LocalDate.now(), 30, Instant.now(), true,
                true, null, null, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from case_reference where case_id = ? "
                + "and closed_on is not null", caseId) == 1);
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a))).containsEntry("consentEffective", false)
                .doesNotContainKey("customerName");
    }

    @Test
    void referralsNotStartedByTheirDueDayAreListedForTheFmAndTheTeam() {
        UUID caseId = openCase();
        String a = partner("Schuldnerberatung", "DEBT_COUNSELLING");
        String soon = post("/api/cases/" + caseId + "/referrals", Map.of("partnerId", a, "service", "DEBT_COUNSELLING",
                "dueOn", LocalDate.now().plusDays(5).toString()), fm()).get("id").toString();
        post("/api/cases/" + caseId + "/referrals", Map.of("partnerId", a, "service", "DEBT_COUNSELLING",
                "dueOn", LocalDate.now().plusDays(40).toString()), fm());
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/referrals/due?withinDays=14").bearerAuth(tl()),
                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .extracting(r -> r.get("id"), r -> r.get("caseId")) // the FM's work list links to the case file
                .containsExactly(org.assertj.core.groups.Tuple.tuple(soon, caseId.toString()));
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/referrals/due").bearerAuth(fm()),
                io.micronaut.core.type.Argument.listOf(JSON_OBJECT))).isEmpty();
    }

    @Test
    void aPartnerIsRateLimitedAndStaffCannotUseThePartnerApi() {
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        assertThat(problem(HttpRequest.GET("/partner-api/referrals").bearerAuth(fm()), 403)).isNotNull();
        int status = 200;
        for (int i = 0; i < 30 && status == 200; i++) {
            try {
                get("/partner-api/referrals", partnerToken(a));
            } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
                status = e.getStatus().getCode();
            }
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void thePartnerApiHasItsOwnOpenApiDocument() {
        String partnerDoc = client.toBlocking().retrieve(HttpRequest.GET("/swagger/lotse-partner-api-1-partner.yml"));
        assertThat(partnerDoc).contains("/partner-api/referrals/{referralId}/status").doesNotContain("/api/cases");
        String staffDoc = client.toBlocking().retrieve(HttpRequest.GET("/swagger/lotse-network-service-1-staff.yml"));
        assertThat(staffDoc).contains("/api/cases/{caseId}/consents").doesNotContain("/partner-api");
    }
}
