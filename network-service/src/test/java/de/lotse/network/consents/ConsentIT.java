package de.lotse.network.consents;

import de.lotse.network.NetworkFixtures;
import de.lotse.network.consents.application.ConsentExpiry;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.ControlCharacterProbe;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.platform.testing.ControlCharacterProbe.NUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Partner registry and consents on the real broker and database. */
@MicronautTest(transactional = false)
class ConsentIT extends NetworkFixtures {
    @Inject
    ConsentExpiry expiry;

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
        assertThat(count(
                        "select count(*) from audit_log where case_id = :caseId and resource_type = 'consents'",
                        Params.of("caseId", caseId)))
                .isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRenewedConsentSupersedesTheOldOneInTheHistoryAndIsTheOneThePartnerSeesOn() {
        UUID caseId = openCase();
        String partner = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String old = consent(caseId, partner, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE"));
        String referral = post(
                        "/api/cases/" + caseId + "/referrals",
                        Map.of(
                                "partnerId",
                                partner,
                                "service",
                                "ADDICTION_COUNSELLING",
                                "customer",
                                Map.of("name", "Erika Mustermann")),
                        fm())
                .get("id")
                .toString();
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
        assertThat(count(
                        "select count(*) from audit_log where resource_id = :resourceId and purpose = :purpose",
                        Params.of("resourceId", referral).and("purpose", "Einwilligung " + renewedId)))
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
        assertThat(count("select count(*) from consent_history where case_id = :caseId", Params.of("caseId", caseId)))
                .isEqualTo(1);

        assertThatThrownBy(() -> transactions.executeWrite(status -> statements.update(
                        "update consent_history set actor = 'jemand', kind = 'REFUSED' where case_id = :caseId",
                        Params.of("caseId", caseId))))
                .hasStackTraceContaining("consent_history ist unveränderlich");
        assertThatThrownBy(() -> transactions.executeWrite(status -> statements.update(
                        "delete from consent_history where case_id = :caseId", Params.of("caseId", caseId))))
                .hasStackTraceContaining("consent_history ist unveränderlich");
        assertThat(count(
                        "select count(*) from consent_history where case_id = :caseId and kind = 'GIVEN' and actor = 'fm-anna'",
                        Params.of("caseId", caseId)))
                .isEqualTo(1);
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
    void theRegistryListsPartnersByServiceAndOnlyMaintainersChangeIt() {
        String north = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String south = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        Map<String, Object> debt = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/partners?service=DEBT_COUNSELLING")
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        assertThat((List<Map<String, Object>>) debt.get("items"))
                .extracting(p -> p.get("name"))
                .containsExactly("Schuldnerberatung Süd");
        assertThat((List<Map<String, Object>>) debt.get("items"))
                .first()
                .satisfies(p -> assertThat(p).containsEntry("municipal16a", List.of("DEBT_COUNSELLING")));
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/partners",
                                        Map.of(
                                                "name",
                                                "X",
                                                "type",
                                                "COUNSELLING_AGENCY",
                                                "services",
                                                List.of("DEBT_COUNSELLING")))
                                .bearerAuth(fm()),
                        403))
                .isNotNull();
        // both registrations are published for the Jobcenter, the refused one is not
        try (TopicProbe probe = new TopicProbe("partner-registered")) {
            probe.await(r -> r.value().contains(jobcenter), 2, Duration.ofSeconds(30));
            assertThat(probe.drain(Duration.ofSeconds(1)))
                    .filteredOn(r -> r.value().contains(jobcenter))
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(north, south);
        }
    }

    @Test
    void workingGroupsRecordWhichCaseManagersTakePart() {
        post(
                "/api/working-groups",
                Map.of("name", "AK Sucht", "topic", "ADDICTION", "members", List.of("fm-anna", "fm-jonas")),
                tl());
        post(
                "/api/working-groups",
                Map.of("name", "AK Wohnen", "topic", "HOUSING", "members", List.of("fm-jonas")),
                tl());
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/working-groups?member=fm-anna")
                                        .bearerAuth(fm()),
                                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .extracting(g -> g.get("name"))
                .containsExactly("AK Sucht");
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/working-groups",
                                        Map.of("name", "AK Sucht", "topic", "ADDICTION", "members", List.of()))
                                .bearerAuth(tl()),
                        409))
                .isNotNull();
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/working-groups",
                                        Map.of("name", "AK X", "topic", "WORK", "members", List.of()))
                                .bearerAuth(fm()),
                        403))
                .isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNulInAPartnerAWorkingGroupOrTheMemberFilterIsRefusedAndNothingIsRegistered() {
        long events = count("select count(*) from outbox_event");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        "/api/partners",
                                        Map.of(
                                                "name",
                                                "Schuldner" + NUL + "beratung",
                                                "type",
                                                "COUNSELLING_AGENCY",
                                                "services",
                                                List.of("DEBT_COUNSELLING"),
                                                "locations",
                                                List.of("Hauptstr. 1\nHof"),
                                                "capacityNote",
                                                "Montags\nund dienstags"))
                                .bearerAuth(tl()),
                        400),
                "name",
                "locations[0]");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        "/api/working-groups",
                                        Map.of(
                                                "name",
                                                "AK Sucht",
                                                "topic",
                                                "ADDICTION",
                                                "members",
                                                List.of("fm-anna" + NUL)))
                                .bearerAuth(tl()),
                        400),
                "members[0]");
        ControlCharacterProbe.assertRefused(
                problem(HttpRequest.GET("/api/working-groups?member=fm-anna%00").bearerAuth(fm()), 400), "member");

        assertThat(get("/api/partners", fm())).containsEntry("total", 0);
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/working-groups").bearerAuth(fm())))
                .isEqualTo("[]");
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);

        // the capacity note may span lines
        assertThat(post(
                        "/api/partners",
                        Map.of(
                                "name",
                                "Schuldnerberatung Süd",
                                "type",
                                "COUNSELLING_AGENCY",
                                "services",
                                List.of("DEBT_COUNSELLING"),
                                "capacityNote",
                                "Montags\nund dienstags"),
                        tl()))
                .containsEntry("capacityNote", "Montags\nund dienstags");
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
