package de.lotse.network.consents;

import de.lotse.network.NetworkFixtures;
import de.lotse.network.consents.application.ConsentExpiry;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consents through the API on the real broker and database: given, limited, renewed, refused, revoked and run out,
 * with their immutable history and events.
 */
@MicronautTest(transactional = false)
class ConsentIT extends NetworkFixtures {
    @Inject
    ConsentExpiry expiry;

    /** The case's consent history as the case file shows it: {@code kind:actor}, oldest first. */
    @SuppressWarnings("unchecked")
    private List<String> history(UUID caseId) {
        return ((List<Map<String, Object>>)
                        get("/api/cases/" + caseId + "/consents", fm()).get("history"))
                .stream().map(h -> h.get("kind") + ":" + h.get("actor")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsentIsGivenLimitedAndRevokedWithAnImmutableHistoryAndEvents() {
        UUID caseId = openCase();
        String partner = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String form = form();
        Map<String, Object> given = post(
                "/api/cases/" + caseId + "/consents",
                declaration(partner, form, "GIVEN", List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES")),
                fm());
        assertThat(given).containsEntry("status", "GIVEN");
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/consents",
                                        declaration(partner, form, "GIVEN", List.of("APPOINTMENT_ATTENDANCE")))
                                .bearerAuth(fm()),
                        409))
                .containsEntry("type", "conflict");

        Map<String, Object> limited = post(
                "/api/cases/" + caseId + "/consents/" + given.get("id") + "/limitation",
                Map.of("scopes", List.of("APPOINTMENT_ATTENDANCE")),
                fm());
        assertThat(limited)
                .containsEntry("supersedes", given.get("id"))
                .containsEntry("scopes", List.of("APPOINTMENT_ATTENDANCE"));
        Map<String, Object> revoked =
                post("/api/cases/" + caseId + "/consents/" + limited.get("id") + "/revocation", Map.of(), fm());
        assertThat(revoked).containsEntry("status", "REVOKED");

        Map<String, Object> file = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/cases/" + caseId + "/consents").bearerAuth(fm()), JSON_OBJECT);
        assertThat((List<Map<String, Object>>) file.get("consents"))
                .extracting(c -> c.get("status"))
                .containsExactly("SUPERSEDED", "REVOKED");
        assertThat((List<Map<String, Object>>) file.get("history"))
                .extracting(h -> h.get("kind"))
                .containsExactly("GIVEN", "SUPERSEDED", "LIMITED", "REVOKED");
        assertThat(events(caseId))
                .containsExactly("consent-granted", "consent-revoked", "consent-granted", "consent-revoked");
        assertThat(audits(caseId, "consents")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRenewedConsentSupersedesTheOldOneInTheHistoryAndIsTheOneThePartnerSeesOn() {
        UUID caseId = openCase();
        String partner = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String old = consent(caseId, partner, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE"));
        String referral = refer(caseId, referral(partner, "ADDICTION_COUNSELLING", "Erika Mustermann"));
        LocalDate until = Today.inBerlin().plusMonths(18);

        Map<String, Object> renewed = post(
                "/api/cases/" + caseId + "/consents/" + old + "/renewal",
                Map.of("validUntil", until.toString(), "documentRef", "Akte 4711/Bl. 20"),
                fm());
        assertThat(renewed)
                .containsEntry("status", "GIVEN")
                .containsEntry("supersedes", old)
                .containsEntry("validUntil", until.toString())
                .containsEntry("documentRef", "Akte 4711/Bl. 20")
                .containsEntry("scopes", List.of("APPOINTMENT_ATTENDANCE", "CONTACT_DETAILS"));
        String renewedId = renewed.get("id").toString();

        Map<String, Object> file = get("/api/cases/" + caseId + "/consents", fm());
        assertThat((List<Map<String, Object>>) file.get("consents"))
                .extracting(c -> c.get("id") + ":" + c.get("status"))
                .containsExactly(old + ":SUPERSEDED", renewedId + ":GIVEN");
        assertThat((List<Map<String, Object>>) file.get("history"))
                .extracting(h -> h.get("consentId") + ":" + h.get("kind"))
                .containsExactly(old + ":GIVEN", old + ":SUPERSEDED", renewedId + ":RENEWED");
        assertThat(events(caseId))
                .containsExactly("consent-granted", "referral-sent", "consent-revoked", "consent-granted");

        // the partner's disclosure now rests on the renewed consent; the superseded one cannot be renewed again
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(partner)))
                .containsEntry("consentEffective", true)
                .containsEntry("customerName", "Erika Mustermann");
        assertThat(partnerAccesses(caseId, referral, "Einwilligung " + renewedId))
                .isEqualTo(1);
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/consents/" + old + "/renewal",
                                        Map.of("validUntil", until.toString(), "documentRef", "Akte 4711/Bl. 21"))
                                .bearerAuth(fm()),
                        409))
                .containsEntry("type", "conflict");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveTheConsentHistory() {
        UUID caseId = openCase();
        consent(caseId, partner("Suchtberatung Nord", "ADDICTION_COUNSELLING"), List.of("APPOINTMENT_ATTENDANCE"));
        assertThat(history(caseId)).containsExactly("GIVEN:fm-anna");

        assertThatThrownBy(() -> transactions.executeWrite(status -> statements.update(
                        "update consent_history set actor = 'jemand', kind = 'REFUSED' where case_id = :caseId",
                        Params.of("caseId", caseId))))
                .hasStackTraceContaining("consent_history ist unveränderlich");
        assertThatThrownBy(() -> transactions.executeWrite(status -> statements.update(
                        "delete from consent_history where case_id = :caseId", Params.of("caseId", caseId))))
                .hasStackTraceContaining("consent_history ist unveränderlich");
        // the entry stands as it was written
        assertThat(history(caseId)).containsExactly("GIVEN:fm-anna");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusalIsRecordedAndNothingFollows() {
        UUID caseId = openCase();
        String partner = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        Map<String, Object> refused =
                post("/api/cases/" + caseId + "/consents", declaration(partner, form(), "REFUSED", List.of()), fm());
        assertThat(refused).containsEntry("status", "REFUSED");
        assertThat(events(caseId)).isEmpty();
        assertThat((List<Map<String, Object>>)
                        get("/api/cases/" + caseId + "/consents", fm()).get("history"))
                .extracting(h -> h.get("kind"))
                .containsExactly("REFUSED");
    }

    @Test
    void aConsentBeyondItsFormOrWithoutProofIsRefusedNamingTheField() {
        UUID caseId = openCase();
        String partner = partner("Psychosoziale Beratung", "PSYCHOSOCIAL_COUNSELLING");
        Map<String, Object> body = declaration(partner, form(), "GIVEN", List.of("NEXT_STEP_RECOMMENDATION"));
        body.remove("documentRef");
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/consents", body)
                                .bearerAuth(fm()),
                        422)))
                .containsExactlyInAnyOrder("BEYOND_FORM@scopes", "PROOF_REQUIRED@documentRef");
        Map<String, Object> incomplete = declaration(partner, form(), "GIVEN", List.of("APPOINTMENT_ATTENDANCE"));
        incomplete.remove("validUntil");
        incomplete.remove("purposeCode");
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/consents", incomplete)
                                .bearerAuth(fm()),
                        422)))
                .containsExactlyInAnyOrder("PURPOSE_OF_FORM@purposeCode", "VALIDITY@validUntil");
        body.put("partnerId", UUID.randomUUID().toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/consents", body)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("UNKNOWN_PARTNER@partnerId");
        assertThat(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/consents", body)
                                .bearerAuth(TestTokens.user("fm-bernd", "FM")
                                        .jobcenter(jobcenter)
                                        .team("team-1")
                                        .sign()),
                        403))
                .isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsentWhoseValidityRanOutExpiresWithHistoryAndEvent() {
        UUID caseId = openCase();
        String partner = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        Map<String, Object> body = declaration(partner, form(), "GIVEN", List.of("APPOINTMENT_ATTENDANCE"));
        body.put("validFrom", Today.inBerlin().minusDays(20).toString());
        body.put("validUntil", Today.inBerlin().minusDays(1).toString());
        post("/api/cases/" + caseId + "/consents", body, fm());

        while (expiry.expire() > 0) {
            // other tests' consents may expire too
        }
        Map<String, Object> file = get("/api/cases/" + caseId + "/consents", fm());
        assertThat((List<Map<String, Object>>) file.get("consents"))
                .extracting(c -> c.get("status"))
                .containsExactly("EXPIRED");
        assertThat((List<Map<String, Object>>) file.get("history"))
                .extracting(h -> h.get("kind") + ":" + h.get("actor"))
                .containsExactly("GIVEN:fm-anna", "EXPIRED:system");
        assertThat(events(caseId)).containsExactly("consent-granted", "consent-revoked");
    }
}
