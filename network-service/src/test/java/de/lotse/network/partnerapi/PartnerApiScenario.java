package de.lotse.network.partnerapi;

import de.lotse.network.NetworkFixtures;
import de.lotse.network.consents.application.ConsentExpiry;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.Today;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared setup of the partner API scenarios on the real broker and database: a clock that stands still (the
 * rate limit's minute, consents running out), a limit of 25 requests per minute, and the staff's and partners'
 * requests around a referral.
 */
abstract class PartnerApiScenario extends NetworkFixtures {
    /** Everything a partner may report about the customer, plus the customer's own contact details. */
    static final List<String> SCOPED = List.of(
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

    String refer(UUID caseId, String partner, boolean withContact) {
        Map<String, Object> body = referral(partner, "ADDICTION_COUNSELLING");
        if (withContact) {
            body.put("customer", Map.of("name", "Erika Mustermann", "phone", "030 1234567"));
        }
        return refer(caseId, body);
    }

    /** A consent on a form that can release every scope (the shared form has no next-step recommendation). */
    String consentOnFullForm(UUID caseId, String partner, List<String> scopes) {
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

    Map<String, Object> report(String referral, Map<String, Object> update, String partner) {
        return post("/partner-api/referrals/" + referral + "/status", update, partnerToken(partner));
    }

    /** A report the API must refuse with 422 naming the rule and field; the referral and the outbox stay as they were. */
    void refused(UUID caseId, String referral, Map<String, Object> update, String partner, String ruleAtField) {
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
    String row(String referral) {
        return transactions.executeRead(status -> statements
                .query(
                        "select r::text from referral r where id = :id",
                        Params.of("id", UUID.fromString(referral)),
                        rs -> rs.getString(1))
                .get(0));
    }

    /** The referral as staff see it in the case file. */
    Map<String, Object> staffView(UUID caseId, String referral) {
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
    Map<String, Object> listed(String partner, String referral) {
        return ((List<Map<String, Object>>)
                        get("/partner-api/referrals", partnerToken(partner)).get("items"))
                .stream().filter(r -> r.get("id").equals(referral)).findFirst().orElseThrow();
    }

    /** Audit entries of partner calls on the referral, read from the table: no API lists the audit log. */
    long partnerAudits(String referralId) {
        return count(
                "select count(*) from audit_log where resource_id = :resourceId and actor_roles like '%PARTNER%'",
                Params.of("resourceId", referralId));
    }
}
