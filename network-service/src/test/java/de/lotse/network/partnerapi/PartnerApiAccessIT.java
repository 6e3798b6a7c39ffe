package de.lotse.network.partnerapi;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who reaches the partner API and what it documents: partners only, rate-limited with every refusal audited once, and
 * an OpenAPI document of its own that leaves the staff API out.
 */
@MicronautTest(transactional = false)
class PartnerApiAccessIT extends PartnerApiScenario {
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
        await().atMost(Duration.ofSeconds(10)).until(() -> auditsOf(actor) == 26);
        assertThat(refusalsWithStatus(actor, 429)).isEqualTo(1);
        assertThat(auditsOf(actor, "LIST")).isEqualTo(25);

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
