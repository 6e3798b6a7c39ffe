package de.lotse.planning.it;

import de.lotse.platform.security.Roles;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.platform.testing.fuzz.Example;
import de.lotse.platform.testing.fuzz.Fixtures;
import de.lotse.platform.testing.fuzz.ServiceContractFuzz;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The contract fuzz test (platform/testing {@link ServiceContractFuzz}) on planning's document: cases
 * opened and assessed by the other services' events, with a plan, an agreement, a note, a measure
 * and reviews, two years after admission; a second Jobcenter under PANKOW holds an extension request
 * for the team lead's decision. Sustainability checks are made on fresh cases closed into work 13 months ago.
 */
@MicronautTest(transactional = false)
class ContractFuzzIT extends PlanningFixtures {
    private static final LocalDate TODAY = START.plusMonths(24);

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @TestFactory
    Stream<DynamicNode> contract() {
        clock.set(TODAY);
        String home = jobcenter;
        // the team lead's decision needs an extension requested under a policy that allows one
        jobcenter = "jc-pankow-" + UUID.randomUUID().toString().substring(0, 6);
        policy(PolicySettings.PANKOW);
        String pankowTl = tl();
        String pankowFm = fm();
        UUID pankowCase = openCase(TODAY, null);
        jobcenter = home;

        // the letterhead of printed agreements; the recipient comes from intake, which this test does not run
        upstream.publishKeyed(
                jobcenter, jobcenter, EventFixtures.directoryChanged().build());
        awaitLetterhead();
        UUID caseId = agreedCase();
        String agreementId = agreement(caseId).get("id").toString();
        String noteId = post(notes(caseId), note(), fm()).get("id").toString();
        String reviewId = post("/api/cases/" + caseId + "/continuation-reviews", review(), fm())
                .get("id")
                .toString();
        String measureId = post("/api/cases/" + caseId + "/measures", measure(), fm())
                .get("id")
                .toString();
        post("/api/cases/" + caseId + "/contacts", contact(), fm());
        String offerId = post("/api/cases/" + caseId + "/offers", offer(), fm())
                .get("id")
                .toString();
        String demandId = post("/api/cases/" + caseId + "/duty-demands", demand(), fm())
                .get("id")
                .toString();
        // a participant must be known as a colleague of the team: a colleague who has used planning
        client.toBlocking().exchange(HttpRequest.GET("/api/consultations").bearerAuth(fm("fm-jonas")));
        post("/api/cases/" + caseId + "/consultations", consultation(), fm());

        Fixtures fixtures = Fixtures.create()
                .tokens(role -> switch (role) {
                    case Roles.FM -> fm();
                    case Roles.TL -> tl();
                    // the Jobcenter's administration takes cases over (docs/import.md)
                    case Roles.ADMIN ->
                        TestTokens.user("admin-ida", Roles.ADMIN)
                                .jobcenter(jobcenter)
                                .sign();
                    default -> null;
                })
                .path("caseId", caseId)
                .path("agreementId", agreementId)
                .path("noteId", noteId)
                .readsAServiceNotRunHere("GET /api/cases/{caseId}/agreements/{agreementId}/document")
                .path("reviewId", reviewId)
                .path("measureId", measureId)
                .path("offerId", offerId)
                .example("PUT /api/cases/{caseId}/plan", () -> {
                    UUID fresh = openCase(TODAY.plusMonths(24), null);
                    return Example.body(plan(0, assessed(fresh, null, Instant.now(), "LIVING_CONDITIONS")))
                            .withPath("caseId", fresh);
                })
                .example(
                        "POST /api/cases/{caseId}/agreements",
                        () -> Example.body(einv()).withPath("caseId", agreedCase()))
                .example("POST /api/cases/{caseId}/contacts", () -> Example.body(contact()))
                .example("POST /api/cases/{caseId}/notes", () -> Example.body(note()))
                .example("POST /api/cases/{caseId}/continuation-reviews", () -> Example.body(review()))
                .example("POST /api/cases/{caseId}/measures", () -> Example.body(measure()))
                .example(
                        "POST /api/cases/{caseId}/measures/{measureId}/end",
                        () -> Example.body(Map.of("endedOn", TODAY.toString(), "outcome", "COMPLETED")))
                .example("POST /api/cases/{caseId}/duty-demands", () -> Example.body(demand()))
                .example("POST /api/cases/{caseId}/offers", () -> Example.body(offer()))
                .example("POST /api/cases/{caseId}/consultations", () -> Example.body(consultation()))
                // one check per point in time, after a closure into work at least 12 months ago: a fresh case each
                .example("POST /api/cases/{caseId}/sustainability-checks", () -> {
                    UUID closed = openCase(TODAY.plusMonths(24), null);
                    close(closed, TODAY.minusMonths(13));
                    return Example.body(sustainabilityCheck()).withPath("caseId", closed);
                })
                // an offer is answered once: each example answers a fresh one
                .example(
                        "POST /api/cases/{caseId}/offers/{offerId}/response",
                        () -> Example.body(Map.of("response", "REFUSED", "respondedOn", TODAY.toString()))
                                .withPath(
                                        "offerId",
                                        post("/api/cases/" + caseId + "/offers", offer(), fm())
                                                .get("id")
                                                .toString()))
                .example(
                        "POST /api/cases/{caseId}/reduction-checks",
                        () -> Example.body(Map.of(
                                "ground",
                                Map.of("kind", "DUTY_DEMAND", "id", demandId),
                                "breachOn",
                                TODAY.minusDays(7).toString(),
                                "outcome",
                                "REDUCTION_PROPOSED",
                                "justification",
                                "Bewerbungen trotz Belehrung nicht nachgewiesen")))
                .example("POST /api/cases/{caseId}/continuation-reviews/{reviewId}/decision", () -> {
                    String requested = post(
                                    "/api/cases/" + pankowCase + "/continuation-reviews",
                                    Map.of(
                                            "decision",
                                            "EXTEND",
                                            "reasons",
                                            "Ausbildungsplatz zugesagt",
                                            "prognosis",
                                            "GOOD",
                                            "extendedUntil",
                                            TODAY.plusMonths(6).toString()),
                                    pankowFm)
                            .get("id")
                            .toString();
                    return Example.body(Map.of("approve", true, "note", "Zusage liegt vor"))
                            .withPath("caseId", pankowCase)
                            .withPath("reviewId", requested)
                            .withToken(pankowTl);
                });
        return ServiceContractFuzz.tests(
                "planning", server.getURL().toString(), router, fixtures, "lotse-planning-service-1.yml");
    }

    /** A case with an assessed need and a complete plan, ready for its agreement. */
    private UUID agreedCase() {
        UUID caseId = openCase(TODAY.plusMonths(24), null);
        List<UUID> needs = assessed(caseId, null, Instant.now(), "LIVING_CONDITIONS", "PERFORMANCE_CAPACITY");
        client.toBlocking()
                .exchange(HttpRequest.PUT("/api/cases/" + caseId + "/plan", plan(0, needs))
                        .bearerAuth(fm()));
        return caseId;
    }

    private Map<String, Object> agreement(UUID caseId) {
        return post("/api/cases/" + caseId + "/agreements", einv(), fm());
    }

    private static String notes(UUID caseId) {
        return "/api/cases/" + caseId + "/notes";
    }

    private static Map<String, Object> plan(long version, List<UUID> needs) {
        return PlanningRequests.plan(version, needs, TODAY);
    }

    private static Map<String, Object> einv() {
        return PlanningRequests.agreementTerms(TODAY);
    }

    private static Map<String, Object> demand() {
        return Map.of(
                "duty",
                "OWN_EFFORTS",
                "details",
                "fünf Bewerbungen je Monat",
                "demandedOn",
                TODAY.minusMonths(2).toString(),
                "dueBy",
                TODAY.minusMonths(1).toString(),
                "withLegalConsequenceNotice",
                true);
    }

    private static Map<String, Object> offer() {
        return Map.of(
                "kind",
                "JOB",
                "description",
                "Lagerhelfer",
                "offeredOn",
                TODAY.minusDays(10).toString(),
                "withLegalConsequenceNotice",
                true);
    }

    private static Map<String, Object> consultation() {
        return Map.of(
                "heldOn",
                TODAY.minusDays(3).toString(),
                "participants",
                List.of("fm-jonas"),
                "question",
                "Wie lässt sich die Tagesstruktur stabilisieren?",
                "outcome",
                "Zunächst Suchtberatung.");
    }

    private static Map<String, Object> sustainabilityCheck() {
        return Map.of(
                "checkpoint",
                "MONTHS_12",
                "checkedOn",
                TODAY.toString(),
                "employmentLasted",
                true,
                "atLeast15Hours",
                true,
                "source",
                "BENEFIT_RECORDS",
                "note",
                "Einkommen laut Leistungsakte");
    }

    private static Map<String, Object> note() {
        return PlanningRequests.generalNote();
    }

    private static Map<String, Object> review() {
        return Map.of("decision", "CONTINUE", "reasons", "Stabilisierung gelingt", "prognosis", "MODERATE");
    }

    private static Map<String, Object> measure() {
        return Map.of(
                "instrument",
                "ACTIVATION_45",
                "title",
                "Bewerbungstraining",
                "startedOn",
                TODAY.toString(),
                "plannedEndOn",
                TODAY.plusMonths(3).toString());
    }

    private static Map<String, Object> contact() {
        return Map.of("format", "IN_PERSON", "occurredOn", TODAY.toString());
    }
}
