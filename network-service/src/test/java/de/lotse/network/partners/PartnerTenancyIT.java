package de.lotse.network.partners;

import de.lotse.network.NetworkFixtures;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner records belong to one Jobcenter: Lotse generates their ids (a client cannot choose one), an
 * organisation working for two Jobcenters is registered by each as its own record, and no answer of the staff
 * or partner API tells another Jobcenter's partner id from one that does not exist.
 */
@MicronautTest(transactional = false)
class PartnerTenancyIT extends NetworkFixtures {
    private static final Map<String, Object> ORGANISATION = Map.of(
            "name",
            "Schuldnerberatung Mitte",
            "type",
            "COUNSELLING_AGENCY",
            "services",
            List.of("DEBT_COUNSELLING"),
            "locations",
            List.of("Karl-Marx-Allee 1"));

    /** A second Jobcenter beside the test's own. */
    private String other;

    @Override
    protected void onNewJobcenter() {
        other = "jc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void lotseGeneratesThePartnerIdAndRefusesOneTheClientChooses() {
        UUID chosen = UUID.randomUUID();
        Map<String, Object> withId = new HashMap<>(ORGANISATION);
        withId.put("id", chosen.toString());
        assertThat(rules(problem(HttpRequest.POST("/api/partners", withId).bearerAuth(tl()), 422)))
                .containsExactly("SERVER_GENERATED@id");
        // nothing registered under the chosen id (a partner of the Jobcenter would be listed there)
        assertThat(partnerIds(tl())).isEmpty();
        assertThat(problem(HttpRequest.GET("/api/partners/" + chosen).bearerAuth(tl()), 404))
                .isNotNull();

        HttpResponse<Map<String, Object>> created = client.toBlocking()
                .exchange(HttpRequest.POST("/api/partners", ORGANISATION).bearerAuth(tl()), JSON_OBJECT);
        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> partner = created.body();
        String id = UUID.fromString(partner.get("id").toString()).toString();
        assertThat(id).isNotEqualTo(chosen.toString());
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/partners/" + id);
        // one registration published, for the id Lotse generated: none for the one the client chose
        try (TopicProbe probe = new TopicProbe("partner-registered")) {
            probe.await(r -> r.value().contains(jobcenter), 1, Duration.ofSeconds(30));
            assertThat(probe.drain(Duration.ofSeconds(1)))
                    .filteredOn(r -> r.value().contains(jobcenter))
                    .extracting(ConsumerRecord::key)
                    .containsExactly(id);
        }

        // a partner read and sent back keeps its id; another id cannot re-key it
        Map<String, Object> rekeyed = new HashMap<>(ORGANISATION);
        rekeyed.putAll(Map.of("id", chosen.toString(), "version", 0));
        assertThat(rules(problem(HttpRequest.PUT("/api/partners/" + id, rekeyed).bearerAuth(tl()), 422)))
                .containsExactly("SERVER_GENERATED@id");
        Map<String, Object> sentBack = new HashMap<>(partner);
        sentBack.put("capacityNote", "Erstgespräch binnen 2 Wochen");
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.PUT("/api/partners/" + id, sentBack).bearerAuth(tl()), JSON_OBJECT))
                .containsEntry("id", id)
                .containsEntry("version", 1);
    }

    @Test
    void twoJobcentersRegisterTheSameOrganisationEachAsItsOwnPartnerConsentedAndReferredSeparately() {
        String mine = partner(jobcenter);
        String theirs = partner(other);
        assertThat(mine).isNotEqualTo(theirs);
        assertThat(partnerIds(tl())).containsExactly(mine);
        assertThat(partnerIds(tlOf(other))).containsExactly(theirs);
        // each registration is published for its own Jobcenter (reporting counts partners by the envelope's)
        assertThat(published("partner-registered", mine, 1))
                .extracting(e -> e.get("jobcenterId"))
                .containsExactly(jobcenter);
        assertThat(published("partner-registered", theirs, 1))
                .extracting(e -> e.get("jobcenterId"))
                .containsExactly(other);

        UUID myCase = openCase();
        UUID theirCase = openCase(other);
        // a consent and a referral name this Jobcenter's record; the other Jobcenter's is unknown here
        consent(myCase, mine, List.of("CONTACT_DETAILS"));
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + myCase + "/consents",
                                        declaration(theirs, form(), "GIVEN", List.of("CONTACT_DETAILS")))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("UNKNOWN_PARTNER@partnerId");
        String myReferral = refer(myCase, mine, fm(), true);
        String theirReferral = refer(theirCase, theirs, fmOf(other), false);

        // the organisation's users for each Jobcenter see that Jobcenter's referral, and only that one
        assertThat(referralIds(partnerToken(mine))).containsExactly(myReferral);
        assertThat(referralIds(partnerToken(theirs))).containsExactly(theirReferral);
        assertThat(get("/partner-api/referrals/" + myReferral, partnerToken(mine)))
                .containsEntry("consentEffective", true)
                .containsEntry("customerName", "Erika Mustermann");
        // the customer consented for this Jobcenter's record only: the other Jobcenter's record releases nothing
        assertThat(get("/partner-api/referrals/" + theirReferral, partnerToken(theirs)))
                .containsEntry("consentEffective", false)
                .doesNotContainKey("customerName");
        assertThat(problem(
                        HttpRequest.GET("/partner-api/referrals/" + myReferral).bearerAuth(partnerToken(theirs)), 404))
                .isNotNull();
    }

    @Test
    void noAnswerTellsAnotherJobcentersPartnerIdFromOneThatDoesNotExist() {
        String foreign = partner(other);
        String unknown = UUID.randomUUID().toString();
        UUID caseId = openCase();
        String form = form();
        String conference = post(
                        "/api/cases/" + caseId + "/case-conferences",
                        Map.of("scheduledOn", Today.inBerlin().plusDays(7).toString()),
                        fm())
                .get("id")
                .toString();
        String foreignReferral = refer(openCase(other), foreign, fmOf(other), false);
        String myPartner = partner(jobcenter);

        Map<String, Function<String, MutableHttpRequest<?>>> probes = new LinkedHashMap<>();
        probes.put("read", id -> HttpRequest.GET("/api/partners/" + id).bearerAuth(fm()));
        probes.put(
                "change",
                id -> HttpRequest.PUT("/api/partners/" + id, with(ORGANISATION, "version", 0))
                        .bearerAuth(tl()));
        probes.put(
                "register",
                id -> HttpRequest.POST("/api/partners", with(ORGANISATION, "id", id))
                        .bearerAuth(tl()));
        probes.put(
                "consent",
                id -> HttpRequest.POST(
                                "/api/cases/" + caseId + "/consents",
                                declaration(id, form, "GIVEN", List.of("CONTACT_DETAILS")))
                        .bearerAuth(fm()));
        probes.put(
                "refusal",
                id -> HttpRequest.POST(
                                "/api/cases/" + caseId + "/consents", declaration(id, form, "REFUSED", List.of()))
                        .bearerAuth(fm()));
        probes.put(
                "referral",
                id -> HttpRequest.POST("/api/cases/" + caseId + "/referrals", referral(id, "DEBT_COUNSELLING"))
                        .bearerAuth(fm()));
        probes.put(
                "conference",
                id -> HttpRequest.POST(
                                "/api/cases/" + caseId + "/case-conferences",
                                Map.of(
                                        "scheduledOn",
                                        Today.inBerlin().plusDays(7).toString(),
                                        "partnerIds",
                                        List.of(id)))
                        .bearerAuth(fm()));
        probes.put(
                "attendance",
                id -> HttpRequest.POST(
                                "/api/cases/" + caseId + "/case-conferences/" + conference + "/outcome",
                                Map.of(
                                        "heldOn",
                                        Today.inBerlin().toString(),
                                        "attendedPartnerIds",
                                        List.of(id),
                                        "decisions",
                                        List.of("CONTINUE_PLAN")))
                        .bearerAuth(fm()));
        // a partner token of this Jobcenter naming the id (an identity provider's mistake)
        probes.put(
                "partner token",
                id -> HttpRequest.GET("/partner-api/referrals")
                        .bearerAuth(TestTokens.user("partner-probe", "PARTNER")
                                .jobcenter(jobcenter)
                                .partner(id)
                                .sign()));

        for (Map.Entry<String, Function<String, MutableHttpRequest<?>>> probe : probes.entrySet()) {
            Answer toForeign = answer(probe.getValue().apply(foreign), foreign);
            Answer toUnknown = answer(probe.getValue().apply(unknown), unknown);
            assertThat(toForeign.status()).as(probe.getKey()).isBetween(400, 499);
            assertThat(toForeign).as(probe.getKey()).isEqualTo(toUnknown);
        }
        // this Jobcenter's partner reading the other Jobcenter's referral: as if there were none
        String randomReferral = UUID.randomUUID().toString();
        assertThat(answer(
                        HttpRequest.GET("/partner-api/referrals/" + foreignReferral)
                                .bearerAuth(partnerToken(myPartner)),
                        foreignReferral))
                .isEqualTo(answer(
                        HttpRequest.GET("/partner-api/referrals/" + randomReferral)
                                .bearerAuth(partnerToken(myPartner)),
                        randomReferral))
                .extracting(Answer::status)
                .isEqualTo(404);
        // nothing the probes sent was written
        assertThat(partnerIds(tl())).hasSize(1);
        assertThat((List<?>) get("/api/cases/" + caseId + "/consents", fm()).getOrDefault("consents", List.of()))
                .isEmpty();
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/cases/" + caseId + "/referrals")
                                        .bearerAuth(fm()),
                                Argument.listOf(JSON_OBJECT)))
                .isEmpty();
    }

    /** Status and problem document, with the probed id replaced and the per-request correlation id left out. */
    private record Answer(int status, Map<String, Object> body) {}

    private Answer answer(MutableHttpRequest<?> request, String probedId) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.of(String.class));
            return new Answer(response.code(), parse(response.body(), probedId));
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.getStatus().getCode(),
                    parse(e.getResponse().getBody(String.class).orElse(""), probedId));
        }
    }

    private Map<String, Object> parse(String body, String probedId) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> parsed = new HashMap<>(json.readValue(body.replace(probedId, "{id}"), JSON_OBJECT));
            parsed.remove("correlationId");
            return parsed;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String partner(String jobcenterId) {
        return post("/api/partners", ORGANISATION, tlOf(jobcenterId)).get("id").toString();
    }

    private String refer(UUID caseId, String partner, String token, boolean withContact) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerId", partner, "service", "DEBT_COUNSELLING"));
        if (withContact) {
            body.put("customer", Map.of("name", "Erika Mustermann"));
        }
        return post("/api/cases/" + caseId + "/referrals", body, token)
                .get("id")
                .toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object> partnerIds(String token) {
        return ((List<Map<String, Object>>) get("/api/partners", token).getOrDefault("items", List.of()))
                .stream().map(p -> p.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> referralIds(String token) {
        return ((List<Map<String, Object>>) get("/partner-api/referrals", token).getOrDefault("items", List.of()))
                .stream().map(r -> r.get("id")).toList();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static String tlOf(String jobcenterId) {
        return TestTokens.user("tl-petra", "TL")
                .jobcenter(jobcenterId)
                .team("team-1")
                .sign();
    }

    private static String fmOf(String jobcenterId) {
        return TestTokens.user("fm-anna", "FM")
                .jobcenter(jobcenterId)
                .team("team-1")
                .sign();
    }
}
