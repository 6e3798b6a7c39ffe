package de.lotse.network.partnerapi;

import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a partner sees of a referral through the partner API: its own referrals only, customer data only within an
 * effective consent and its scopes, and only the status once the consent is revoked or has run out, the FM withdrew
 * the referral or the case was closed.
 */
@MicronautTest(transactional = false)
class PartnerVisibilityIT extends PartnerApiScenario {
    @Test
    void aPartnerSeesItsOwnReferralWithExactlyTheScopedFieldsUntilTheConsentIsRevoked() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String b = partner("Suchtberatung B", "ADDICTION_COUNSELLING");
        String consent = consent(caseId, a, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE"));
        String referral = refer(caseId, a, true);

        Map<String, Object> seen = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(seen)
                .containsEntry("customerName", "Erika Mustermann")
                .containsEntry("consentEffective", true)
                .containsEntry("releasedScopes", List.of("APPOINTMENT_ATTENDANCE", "CONTACT_DETAILS"));
        assertThat(seen.get("referenceCode").toString()).startsWith("UE-");
        assertThat(problem(HttpRequest.GET("/partner-api/referrals/" + referral).bearerAuth(partnerToken(b)), 404))
                .containsEntry("status", 404);
        assertThat(((List<?>) get("/partner-api/referrals", partnerToken(b)).getOrDefault("items", List.of())))
                .isEmpty();

        // attendance is within the scope; participation dates are not
        assertThat(post(
                        "/partner-api/referrals/" + referral + "/status",
                        Map.of("status", "ACCEPTED", "attended", true),
                        partnerToken(a)))
                .containsEntry("status", "ACCEPTED")
                .containsEntry("attended", true)
                .doesNotContainKeys("startedOn", "endedOn", "nextStepCode", "reasonCode");
        assertThat(rules(problem(
                        HttpRequest.POST("/partner-api/referrals/" + referral + "/status", Map.of("status", "STARTED"))
                                .bearerAuth(partnerToken(a)),
                        422)))
                .containsExactly("OUT_OF_CONSENT_SCOPE@startedOn");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/partner-api/referrals/" + referral + "/status",
                                        Map.of("status", "ACCEPTED", "note", "Klient berichtet von Rückfall"))
                                .bearerAuth(partnerToken(a)),
                        422)))
                .containsExactly("FIELD_NOT_ALLOWED@note");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/partner-api/referrals/" + referral + "/status",
                                        Map.of("reasonCode", "hat keine Lust mehr"))
                                .bearerAuth(partnerToken(a)),
                        422)))
                .containsExactly("CODE_ONLY@reasonCode");

        post("/api/cases/" + caseId + "/consents/" + consent + "/revocation", Map.of(), fm());
        Map<String, Object> after = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(after)
                .containsEntry("consentEffective", false)
                .containsEntry("status", "ACCEPTED")
                .doesNotContainKey("releasedScopes")
                .doesNotContainKeys(SCOPED.toArray(String[]::new));
        assertThat(rules(problem(
                        HttpRequest.POST("/partner-api/referrals/" + referral + "/status", Map.of("attended", false))
                                .bearerAuth(partnerToken(a)),
                        422)))
                .containsExactly("OUT_OF_CONSENT_SCOPE@attended");

        // one audit entry per partner call on this referral: A read, updated, was refused 3×, read, was refused;
        // B was refused once (404) — refusals are kept although their transaction rolled back
        await().atMost(Duration.ofSeconds(10)).until(() -> partnerAudits(referral) == 8);
        assertThat(refusals(referral)).isEqualTo(5);
        assertThat(partnerAccesses(caseId, referral, "Einwilligung " + consent)).isEqualTo(2);
        List<String> events = outboxTypes(caseId);
        assertThat(events)
                .containsExactly("consent-granted", "referral-sent", "referral-status-changed", "consent-revoked");
    }

    @Test
    void withoutAConsentAReferralCarriesNoCustomerDataAndClosureEndsIt() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        Map<String, Object> withContact = new HashMap<>(Map.of(
                "partnerId", a, "service", "ADDICTION_COUNSELLING", "customer", Map.of("name", "Erika Mustermann")));
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/referrals", withContact)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("CONSENT_REQUIRED_FOR_CUSTOMER_DATA@customer");
        String referral = refer(caseId, a, false);
        Map<String, Object> seen = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(seen).containsEntry("consentEffective", false).doesNotContainKey("customerName");
        assertThat(seen.get("referenceCode").toString()).startsWith("UE-");

        upstream.publish(
                jobcenter, caseId, EventFixtures.caseClosed().caseId(caseId).build());
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        "ENDED_BY_CLOSURE".equals(staffView(caseId, referral).get("status")));
        assertThat(problem(
                        HttpRequest.POST("/partner-api/referrals/" + referral + "/status", Map.of("status", "ACCEPTED"))
                                .bearerAuth(partnerToken(a)),
                        409))
                .containsEntry("type", "conflict");
        await().atMost(Duration.ofSeconds(10)).until(() -> partnerAudits(referral) == 2);
    }

    @Test
    void theCasesClosureEndsThePartnersAccessAtOnceButTheReferralStaysListedWithItsStatus() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        consent(caseId, a, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES"));
        String referral = refer(caseId, a, true);
        report(referral, Map.of("status", "ACCEPTED", "attended", true), a);
        report(referral, Map.of("status", "STARTED"), a);
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a)))
                .containsEntry("customerName", "Erika Mustermann")
                .containsEntry("attended", true)
                .containsEntry("startedOn", clock.today().toString());

        upstream.publish(
                jobcenter, caseId, EventFixtures.caseClosed().caseId(caseId).build());
        awaitCaseReference(jobcenter, caseId, reference -> reference.get("closedOn") != null);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        "ENDED_BY_CLOSURE".equals(staffView(caseId, referral).get("status")));
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a)))
                .containsEntry("consentEffective", false)
                .containsEntry("status", "ENDED_BY_CLOSURE")
                .doesNotContainKey("releasedScopes")
                .doesNotContainKeys(SCOPED.toArray(String[]::new));
        assertThat(listed(a, referral))
                .containsEntry("status", "ENDED_BY_CLOSURE")
                .doesNotContainKeys("startedOn", "endedOn");
        // the Jobcenter keeps what the partner reported
        assertThat(staffView(caseId, referral))
                .containsEntry("attended", true)
                .containsEntry("startedOn", clock.today().toString());
    }

    @Test
    void aConsentWithLimitedScopesShowsOnlyThoseItemsAndTheListNeverShowsAny() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String consent = consentOnFullForm(
                caseId,
                a,
                List.of(
                        "APPOINTMENT_ATTENDANCE",
                        "PARTICIPATION_DATES",
                        "COMPLETION_OR_ABORT",
                        "NEXT_STEP_RECOMMENDATION",
                        "CONTACT_DETAILS"));
        String referral = refer(caseId, a, true);
        report(referral, Map.of("status", "ACCEPTED", "attended", true), a);
        assertThat(report(
                        referral,
                        Map.of(
                                "status",
                                "STARTED",
                                "startedOn",
                                clock.today().minusDays(3).toString(),
                                "nextStepCode",
                                "CONTINUE_COUNSELLING"),
                        a))
                .containsEntry("attended", true)
                .containsEntry("startedOn", clock.today().minusDays(3).toString())
                .containsEntry("nextStepCode", "CONTINUE_COUNSELLING")
                .containsEntry("customerName", "Erika Mustermann");
        assertThat(listed(a, referral))
                .containsEntry("status", "STARTED")
                .containsKey("referenceCode")
                .doesNotContainKeys(SCOPED.toArray(String[]::new));

        // the customer narrows the consent to the participation dates and the outcome
        post(
                "/api/cases/" + caseId + "/consents/" + consent + "/limitation",
                Map.of("scopes", List.of("PARTICIPATION_DATES", "COMPLETION_OR_ABORT")),
                fm());
        Map<String, Object> limited = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(limited)
                .containsEntry("consentEffective", true)
                .containsEntry("releasedScopes", List.of("COMPLETION_OR_ABORT", "PARTICIPATION_DATES"))
                .containsEntry("startedOn", clock.today().minusDays(3).toString())
                .containsEntry("status", "STARTED")
                .doesNotContainKeys("attended", "nextStepCode", "customerName", "customerPhone", "customerEmail");

        // the abort ends the referral, and with it the disclosure: the answer shows the status only
        Map<String, Object> aborted = report(
                referral,
                Map.of(
                        "status",
                        "ABORTED",
                        "reasonCode",
                        "MOVED_AWAY",
                        "endedOn",
                        clock.today().minusDays(1).toString()),
                a);
        assertThat(aborted)
                .containsEntry("status", "ABORTED")
                .containsEntry("consentEffective", false)
                .doesNotContainKeys(SCOPED.toArray(String[]::new));
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a))).isEqualTo(aborted);
        assertThat(staffView(caseId, referral))
                .containsEntry("reasonCode", "MOVED_AWAY")
                .containsEntry("endedOn", clock.today().minusDays(1).toString())
                .containsEntry("nextStepCode", "CONTINUE_COUNSELLING");
    }

    @Test
    void theFmRevokesAReferralAndThePartnerKeepsOnlyItsStatus() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        consent(caseId, a, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE"));
        String referral = refer(caseId, a, true);
        report(referral, Map.of("status", "ACCEPTED", "attended", true), a);

        Map<String, Object> revoked =
                post("/api/cases/" + caseId + "/referrals/" + referral + "/revocation", Map.of(), fm());
        assertThat(revoked).containsEntry("status", "REVOKED").containsEntry("attended", true);
        assertThat(events(caseId))
                .containsExactly(
                        "consent-granted", "referral-sent", "referral-status-changed", "referral-status-changed");
        assertThat(published("referral-status-changed", caseId.toString(), 2))
                .extracting(e -> (Map<?, ?>) e.get("payload"))
                .filteredOn(p -> "REVOKED".equals(p.get("toStatus")) && "ACCEPTED".equals(p.get("fromStatus")))
                .hasSize(1);

        // the consent is still given, but it releases nothing for a referral the FM withdrew
        Map<String, Object> seen = get("/partner-api/referrals/" + referral, partnerToken(a));
        assertThat(seen)
                .containsEntry("status", "REVOKED")
                .containsEntry("consentEffective", false)
                .doesNotContainKey("releasedScopes")
                .doesNotContainKeys(SCOPED.toArray(String[]::new));
        assertThat(seen.get("referenceCode").toString()).startsWith("UE-");
        assertThat(listed(a, referral)).containsEntry("status", "REVOKED");
        assertThat(problem(
                        HttpRequest.POST("/partner-api/referrals/" + referral + "/status", Map.of("status", "STARTED"))
                                .bearerAuth(partnerToken(a)),
                        409))
                .containsEntry("type", "conflict");
        assertThat(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/referrals/" + referral + "/revocation", Map.of())
                                .bearerAuth(fm()),
                        409))
                .containsEntry("type", "conflict");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onceTheConsentHasRunOutThePartnerSeesNoCustomerData() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String consent = consent(caseId, a, List.of("CONTACT_DETAILS", "APPOINTMENT_ATTENDANCE"));
        String referral = refer(caseId, a, true);
        report(referral, Map.of("status", "ACCEPTED", "attended", true), a);
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a)))
                .containsEntry("customerName", "Erika Mustermann")
                .containsEntry("attended", true);

        // the declaration is valid for six months: a day after that, before the expiry job ran ...
        clock.set(Today.inBerlin().plusMonths(6).plusDays(1));
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a)))
                .containsEntry("consentEffective", false)
                .containsEntry("status", "ACCEPTED")
                .doesNotContainKeys(SCOPED.toArray(String[]::new));
        // ... and after it ended the consent as EXPIRED
        while (expiry.expire() > 0) {
            // other tests' consents may run out too
        }
        assertThat((List<Map<String, Object>>)
                        get("/api/cases/" + caseId + "/consents", fm()).get("consents"))
                .filteredOn(c -> c.get("id").equals(consent))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "EXPIRED"));
        assertThat(get("/partner-api/referrals/" + referral, partnerToken(a)))
                .containsEntry("consentEffective", false)
                .doesNotContainKeys(SCOPED.toArray(String[]::new));
        assertThat(rules(problem(
                        HttpRequest.POST("/partner-api/referrals/" + referral + "/status", Map.of("attended", false))
                                .bearerAuth(partnerToken(a)),
                        422)))
                .containsExactly("OUT_OF_CONSENT_SCOPE@attended");
        await().atMost(Duration.ofSeconds(10)).until(() -> partnerAccesses(caseId, referral, "ohne Einwilligung") == 2);
    }
}
