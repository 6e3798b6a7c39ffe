package de.lotse.network;

import de.lotse.platform.security.Roles;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.fuzz.Example;
import de.lotse.platform.testing.fuzz.Fixtures;
import de.lotse.platform.testing.fuzz.ServiceContractFuzz;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The contract fuzz test (platform/testing {@link ServiceContractFuzz}) on network's two documents,
 * the staff API and the partner API: a case with a partner, a consent form, a given consent, a
 * referral, a case conference and a working group; the partner API's rate limit is raised so the
 * fuzzer's hundreds of calls per minute reach validation.
 */
@MicronautTest(transactional = false)
class ContractFuzzIT extends NetworkFixtures {
    private static final List<String> SCOPES = List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES");

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("lotse.partner-api.requests-per-minute", "1000000");
        return properties;
    }

    @TestFactory
    Stream<DynamicNode> contract() {
        UUID caseId = openCase();
        String partner = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        String consent = consent(caseId, partner, SCOPES);
        String referral = referral(caseId, partner);
        String conference = conference(caseId, partner);
        String group = post("/api/working-groups", group("AK Schulden"), tl())
                .get("id")
                .toString();
        String today = Today.inBerlin().toString();

        Fixtures fixtures = Fixtures.create()
                .tokens(role -> switch (role) {
                    case Roles.FM -> fm();
                    case Roles.TL -> tl();
                    case Roles.PARTNER -> partnerToken(partner);
                    // the Jobcenter's administration imports and exports (docs/import.md)
                    case Roles.ADMIN ->
                        TestTokens.user("admin-ida", Roles.ADMIN)
                                .jobcenter(jobcenter)
                                .sign();
                    default -> null;
                })
                .path("caseId", caseId)
                .path("partnerId", partner)
                .path("consentId", consent)
                .path("referralId", referral)
                .path("conferenceId", conference)
                .path("groupId", group)
                .example("POST /api/partners", () -> Example.body(partnerBody("Suchtberatung " + letters())))
                .example("PUT /api/partners/{partnerId}", () -> Example.body(partnerBody("Schuldnerberatung Süd")))
                .example(
                        "POST /api/consent-forms",
                        () -> Example.body(Map.of(
                                "code",
                                "SPE_" + letters(),
                                "text",
                                "Ich entbinde … von der Schweigepflicht",
                                "scopes",
                                SCOPES,
                                "purposes",
                                List.of("SUCHTBERATUNG"))))
                .example(
                        "POST /api/cases/{caseId}/consents",
                        () -> Example.body(declaration(
                                partner("Beratung " + letters(), "DEBT_COUNSELLING"), form(), "GIVEN", SCOPES)))
                .example(
                        "POST /api/cases/{caseId}/consents/{consentId}/limitation",
                        () -> Example.body(Map.of("scopes", List.of("APPOINTMENT_ATTENDANCE")))
                                .withPath("consentId", freshConsent(caseId)))
                .example(
                        "POST /api/cases/{caseId}/consents/{consentId}/renewal",
                        () -> Example.body(Map.of(
                                        "validUntil",
                                        Today.inBerlin().plusMonths(12).toString(),
                                        "documentRef",
                                        "Akte 4711/Bl. 20"))
                                .withPath("consentId", freshConsent(caseId)))
                .example(
                        "POST /api/cases/{caseId}/consents/{consentId}/revocation",
                        () -> Example.path("consentId", freshConsent(caseId)))
                .example(
                        "POST /api/cases/{caseId}/referrals", () -> Example.body(referral(partner, "DEBT_COUNSELLING")))
                .example(
                        "POST /api/cases/{caseId}/referrals/{referralId}/revocation",
                        () -> Example.path("referralId", referral(caseId, partner)))
                .example(
                        "POST /api/cases/{caseId}/case-conferences",
                        () -> Example.body(Map.of(
                                "scheduledOn",
                                Today.inBerlin().plusDays(7).toString(),
                                "staff",
                                List.of("fm-anna"),
                                "partnerIds",
                                List.of(partner))))
                .example(
                        "POST /api/cases/{caseId}/case-conferences/{conferenceId}/outcome",
                        () -> Example.body(Map.of(
                                        "heldOn",
                                        today,
                                        "attendedPartnerIds",
                                        List.of(partner),
                                        "decisions",
                                        List.of("ADJUST_PLAN")))
                                .withPath("conferenceId", conference(caseId, partner)))
                .example(
                        "PUT /api/import/partners",
                        () -> Example.body(Map.of(
                                "kind",
                                "partner",
                                "source",
                                Map.of("system", "OPEN_PROSOZ", "id", "P-" + letters()),
                                "name",
                                "Suchtberatung " + letters(),
                                "type",
                                "COUNSELLING_AGENCY",
                                "services",
                                List.of("ADDICTION_COUNSELLING"))))
                .example(
                        "PUT /api/import/consent-forms",
                        () -> Example.body(Map.of(
                                "kind",
                                "consentForm",
                                "source",
                                Map.of("system", "OPEN_PROSOZ", "id", "F-" + letters()),
                                "code",
                                "SPE_" + letters(),
                                "text",
                                "Ich entbinde … von der Schweigepflicht",
                                "scopes",
                                SCOPES,
                                "purposes",
                                List.of("SUCHTBERATUNG"),
                                "validFrom",
                                today)))
                .example("POST /api/working-groups", () -> Example.body(group("AK " + letters())))
                .example("PUT /api/working-groups/{groupId}", () -> Example.body(group("AK Schulden")))
                .example(
                        "POST /partner-api/referrals/{referralId}/status",
                        () -> Example.body(Map.of("status", "ACCEPTED", "attended", true))
                                .withPath("referralId", referral(caseId, partner)));
        return ServiceContractFuzz.tests(
                "network",
                server.getURL().toString(),
                router,
                fixtures,
                "lotse-network-service-1-staff.yml",
                "lotse-partner-api-1-partner.yml");
    }

    private String freshConsent(UUID caseId) {
        return consent(caseId, partner("Beratung " + letters(), "DEBT_COUNSELLING"), SCOPES);
    }

    private String referral(UUID caseId, String partner) {
        // without the customer's contact details: the consent does not release them, the customer brings the code
        return post("/api/cases/" + caseId + "/referrals", referral(partner, "DEBT_COUNSELLING"), fm())
                .get("id")
                .toString();
    }

    private String conference(UUID caseId, String partner) {
        return post(
                        "/api/cases/" + caseId + "/case-conferences",
                        Map.of(
                                "scheduledOn",
                                Today.inBerlin().plusDays(7).toString(),
                                "staff",
                                List.of("fm-anna"),
                                "partnerIds",
                                List.of(partner)),
                        fm())
                .get("id")
                .toString();
    }

    private static Map<String, Object> partnerBody(String name) {
        return Map.of(
                "name",
                name,
                "type",
                "COUNSELLING_AGENCY",
                "services",
                List.of("DEBT_COUNSELLING"),
                "locations",
                List.of("Berliner Allee 1"),
                "contactPersons",
                List.of(Map.of("name", "Frau Berger", "email", "berger@beratung.example")));
    }

    private static Map<String, Object> group(String name) {
        return Map.of("name", name, "topic", "WORK", "members", List.of("fm-anna", "fm-jonas"));
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
    }
}
