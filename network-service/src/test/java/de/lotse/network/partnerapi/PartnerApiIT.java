package de.lotse.network.partnerapi;

import de.lotse.network.NetworkFixtures;
import de.lotse.network.consents.application.ConsentExpiry;
import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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
    /** Everything a partner may report about the customer, plus the customer's own contact details. */
    private static final List<String> SCOPED = List.of(
            "reasonCode",
            "startedOn",
            "endedOn",
            "nextStepCode",
            "attended",
            "customerName",
            "customerPhone",
            "customerEmail");

    @Inject
    MutableClock clock;

    @Inject
    ConsentExpiry expiry;

    @Override
    protected boolean mutableClock() {
        return true; // the rate limit's minute stands still unless a test moves it; consents can run out
    }

    @Override
    protected void onNewJobcenter() {
        clock.set(Today.inBerlin());
    }

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

    /** A consent on a form that can release every scope (the shared form has no next-step recommendation). */
    private String consentOnFullForm(UUID caseId, String partner, List<String> scopes) {
        String form = post(
                        "/api/consent-forms",
                        Map.of(
                                "code",
                                "SPE_ALLE",
                                "text",
                                "Ich entbinde … von der Schweigepflicht",
                                "scopes",
                                List.of(
                                        "APPOINTMENT_ATTENDANCE",
                                        "PARTICIPATION_DATES",
                                        "COMPLETION_OR_ABORT",
                                        "NEXT_STEP_RECOMMENDATION",
                                        "CONTACT_DETAILS"),
                                "purposes",
                                List.of("SUCHTBERATUNG")),
                        tl())
                .get("id")
                .toString();
        return post("/api/cases/" + caseId + "/consents", declaration(partner, form, "GIVEN", scopes), fm())
                .get("id")
                .toString();
    }

    private Map<String, Object> report(String referral, Map<String, Object> update, String partner) {
        return post("/partner-api/referrals/" + referral + "/status", update, partnerToken(partner));
    }

    /** A report the API must refuse with 422 naming the rule and field; the referral and the outbox stay as they were. */
    private void refused(UUID caseId, String referral, Map<String, Object> update, String partner, String ruleAtField) {
        String before = row(referral);
        List<String> eventsBefore = events(caseId);
        assertThat(rules(problem(
                        HttpRequest.POST("/partner-api/referrals/" + referral + "/status", update)
                                .bearerAuth(partnerToken(partner)),
                        422)))
                .as(update.toString())
                .containsExactly(ruleAtField);
        assertThat(row(referral)).as("unchanged after %s", update).isEqualTo(before);
        assertThat(events(caseId)).as("no event after %s", update).isEqualTo(eventsBefore);
    }

    /** The referral's whole row as text: a refused report must leave no partial write, not even in fields no view shows. */
    private String row(String referral) {
        return transactions.executeRead(status -> Sql.query(
                        jdbc,
                        "select r::text from referral r where id = ?",
                        statement -> statement.setObject(1, UUID.fromString(referral)),
                        rs -> rs.getString(1))
                .get(0));
    }

    /** The referral as staff see it in the case file. */
    private Map<String, Object> staffView(UUID caseId, String referral) {
        return client
                .toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/referrals").bearerAuth(fm()),
                        io.micronaut.core.type.Argument.listOf(JSON_OBJECT))
                .stream()
                .filter(r -> r.get("id").equals(referral))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> listed(String partner, String referral) {
        return ((List<Map<String, Object>>)
                        get("/partner-api/referrals", partnerToken(partner)).get("items"))
                .stream().filter(r -> r.get("id").equals(referral)).findFirst().orElseThrow();
    }

    /** Audit entries of partner calls on the referral, read from the table: no API lists the audit log. */
    private long partnerAudits(String referralId) {
        return count(
                "select count(*) from audit_log where resource_id = ? and actor_roles like '%PARTNER%'", referralId);
    }

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
        assertThat(count("select count(*) from audit_log where resource_id = ? and action = 'DENIED'", referral))
                .isEqualTo(5);
        assertThat(count(
                        "select count(*) from audit_log where resource_id = ? and purpose = ?",
                        referral,
                        "Einwilligung " + consent))
                .isEqualTo(2);
        List<String> events = transactions.executeRead(status -> Sql.query(
                jdbc,
                "select type from outbox_event " + "where aggregateid = ? order by seq",
                statement -> statement.setString(1, caseId.toString()),
                rs -> rs.getString(1)));
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
    void aPartnerRejectsWithACodedReasonOnly() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String referral = refer(caseId, a, false);
        refused(caseId, referral, Map.of("status", "REJECTED"), a, "CODED_REASON@reasonCode");
        refused(
                caseId,
                referral,
                Map.of("status", "REJECTED", "reasonCode", "KEINE_LUST"),
                a,
                "CODED_REASON@reasonCode");
        refused(
                caseId,
                referral,
                Map.of("status", "REJECTED", "reasonCode", "MOVED_AWAY"),
                a,
                "CODED_REASON@reasonCode");

        assertThat(report(referral, Map.of("status", "REJECTED", "reasonCode", "NO_CAPACITY"), a))
                .containsEntry("status", "REJECTED")
                .containsEntry("consentEffective", false);
        assertThat(staffView(caseId, referral))
                .containsEntry("status", "REJECTED")
                .containsEntry("reasonCode", "NO_CAPACITY");
        assertThat(published("referral-status-changed", caseId.toString(), 1))
                .extracting(e -> (Map<?, ?>) e.get("payload"))
                .filteredOn(p -> "REJECTED".equals(p.get("toStatus")) && "NO_CAPACITY".equals(p.get("reasonCode")))
                .hasSize(1);
    }

    @Test
    void reasonsEndDatesAndStatusesOutsideTheRulesAreRefusedAndChangeNothing() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String consent =
                consent(caseId, a, List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT"));
        String referral = refer(caseId, a, false);
        LocalDate today = clock.today();

        for (String jobcenters : List.of("REQUESTED", "REVOKED", "ENDED_BY_CLOSURE")) {
            refused(caseId, referral, Map.of("status", jobcenters), a, "NOT_A_PARTNER_STATUS@status");
        }
        refused(
                caseId,
                referral,
                Map.of("status", "ACCEPTED", "reasonCode", "NO_CAPACITY"),
                a,
                "ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        report(referral, Map.of("status", "ACCEPTED"), a);
        report(
                referral,
                Map.of("status", "STARTED", "startedOn", today.minusDays(10).toString()),
                a);

        refused(caseId, referral, Map.of("reasonCode", "CUSTOMER_ENDED"), a, "ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "reasonCode", "CUSTOMER_ENDED"),
                a,
                "ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        refused(caseId, referral, Map.of("endedOn", today.toString()), a, "ONLY_WHEN_ENDED@endedOn");
        refused(
                caseId,
                referral,
                Map.of("status", "STARTED", "endedOn", today.toString()),
                a,
                "ONLY_WHEN_ENDED@endedOn");
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "endedOn", today.plusDays(1).toString()),
                a,
                "IN_FUTURE@endedOn");
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "endedOn", today.minusDays(11).toString()),
                a,
                "BEFORE_START@endedOn");
        refused(caseId, referral, Map.of("status", "REVOKED"), a, "NOT_A_PARTNER_STATUS@status");

        // without the participation dates an end date is out of scope; the completion alone is recorded
        post(
                "/api/cases/" + caseId + "/consents/" + consent + "/limitation",
                Map.of("scopes", List.of("COMPLETION_OR_ABORT")),
                fm());
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "endedOn", today.toString()),
                a,
                "OUT_OF_CONSENT_SCOPE@endedOn");
        report(referral, Map.of("status", "COMPLETED"), a);
        assertThat(staffView(caseId, referral))
                .containsEntry("status", "COMPLETED")
                .containsEntry("startedOn", today.minusDays(10).toString())
                .doesNotContainKeys("endedOn", "reasonCode");
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
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "select count(*) from audit_log where resource_id = ? "
                                        + "and purpose = 'ohne Einwilligung'",
                                referral)
                        == 2);
    }

    @Test
    void referralsNotStartedByTheirDueDayAreListedForTheFmAndTheTeam() {
        UUID caseId = openCase();
        String a = partner("Schuldnerberatung", "DEBT_COUNSELLING");
        String soon = post(
                        "/api/cases/" + caseId + "/referrals",
                        Map.of(
                                "partnerId",
                                a,
                                "service",
                                "DEBT_COUNSELLING",
                                "dueOn",
                                Today.inBerlin().plusDays(5).toString()),
                        fm())
                .get("id")
                .toString();
        post(
                "/api/cases/" + caseId + "/referrals",
                Map.of(
                        "partnerId",
                        a,
                        "service",
                        "DEBT_COUNSELLING",
                        "dueOn",
                        Today.inBerlin().plusDays(40).toString()),
                fm());
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/referrals/due?withinDays=14")
                                        .bearerAuth(tl()),
                                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .extracting(r -> r.get("id"), r -> r.get("caseId")) // the FM's work list links to the case file
                .containsExactly(org.assertj.core.groups.Tuple.tuple(soon, caseId.toString()));
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/referrals/due").bearerAuth(fm()),
                                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .isEmpty();
    }

    @Test
    void aPartnerIsRateLimitedEachRefusalIsAuditedOnceAndStaffCannotUseThePartnerApi() {
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String actor = "partner-" + a.substring(0, 8);
        assertThat(problem(HttpRequest.GET("/partner-api/referrals").bearerAuth(fm()), 403))
                .isNotNull();
        for (int i = 0; i < 25; i++) { // the limit of this test's configuration; the clock stands still
            get("/partner-api/referrals", partnerToken(a));
        }
        assertThat(problem(HttpRequest.GET("/partner-api/referrals").bearerAuth(partnerToken(a)), 429))
                .containsEntry("type", "rate-limited");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from audit_log where actor = ?", actor) == 26);
        assertThat(count(
                        "select count(*) from audit_log where actor = ? and action = 'DENIED' and purpose like '%429'",
                        actor))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_log where actor = ? and action = 'LIST'", actor))
                .isEqualTo(25);

        clock.advance(Duration.ofMinutes(1));
        assertThat(get("/partner-api/referrals", partnerToken(a))).containsEntry("total", 0);
    }

    /** The properties of a schema of an OpenAPI document. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String document, String name) {
        Map<String, Object> components = (Map<String, Object>) new org.yaml.snakeyaml.Yaml()
                .<Map<String, Object>>load(document)
                .get("components");
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name)).get("properties");
    }

    @Test
    void thePartnerApiHasItsOwnOpenApiDocument() {
        String partnerDoc = client.toBlocking().retrieve(HttpRequest.GET("/swagger/lotse-partner-api-1-partner.yml"));
        assertThat(partnerDoc)
                .contains("/partner-api/referrals/{referralId}/status")
                .doesNotContain("/api/cases");
        Map<String, Object> detail = schema(partnerDoc, "PartnerUeberweisungDetail");
        for (String field : SCOPED) { // absent whenever the consent does not release it
            assertThat(detail)
                    .as(field)
                    .extractingByKey(field)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("nullable", true);
        }
        assertThat(schema(partnerDoc, "PartnerUeberweisung")).doesNotContainKeys(SCOPED.toArray(String[]::new));
        String staffDoc = client.toBlocking().retrieve(HttpRequest.GET("/swagger/lotse-network-service-1-staff.yml"));
        assertThat(staffDoc).contains("/api/cases/{caseId}/consents").doesNotContain("/partner-api");
    }
}
