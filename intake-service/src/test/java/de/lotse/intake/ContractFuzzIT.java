package de.lotse.intake;

import de.lotse.platform.security.Roles;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.platform.testing.fuzz.Example;
import de.lotse.platform.testing.fuzz.Fixtures;
import de.lotse.platform.testing.fuzz.ServiceContractFuzz;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The contract fuzz test (platform/testing {@link ServiceContractFuzz}) on intake's document. Each
 * state change runs on a case referred (and admitted, declined, escalated …) for it through the API,
 * so its valid request succeeds; the fuzzed requests then meet that case in its new state.
 */
@MicronautTest(transactional = false)
class ContractFuzzIT extends IntakeIT {
    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    private static final String NEAR_TEAM = "team-fm-nah";
    private String uckermark;
    private TestEventPublisher publisher;

    @TestFactory
    Stream<DynamicNode> contract() {
        choosePolicy("BA2010");
        // a relocation's target: a Jobcenter Lotse knows, i.e. one with a policy
        String target = "jc-target-" + jobcenter.substring(3);
        post(
                "/api/policy/versions",
                TestTokens.user("admin-ida", Roles.ADMIN).jobcenter(target).sign(),
                Map.of("basePreset", "BA2010", "note", "Zieljobcenter"));
        String admitted = refer();
        admit(admitted, fm());
        String nonReferral =
                post("/api/non-referrals", av(), nonReferral()).get("id").toString();
        // the Jobcenter's record, so that reading it answers 200 (docs/domain.md §13)
        put("/api/jobcenter", admin(), jobcenterRecord(0));
        // the routing steps exist only under a policy that routes (docs/domain.md §18): a second Jobcenter
        uckermark = "jc-uck-" + jobcenter.substring(3);
        post(
                "/api/policy/versions",
                TestTokens.user("admin-ida", Roles.ADMIN).jobcenter(uckermark).sign(),
                Map.of("basePreset", "UCKERMARK", "note", "Routing"));
        publisher = new TestEventPublisher(json);

        Fixtures fixtures = Fixtures.create()
                .tokens(role -> switch (role) {
                    case Roles.AV -> av();
                    case Roles.FM -> fm();
                    case Roles.TL -> tl();
                    case Roles.ADMIN -> admin();
                    default -> null;
                })
                .path("caseId", admitted)
                .path("id", nonReferral)
                .path("version", 1)
                .example(
                        "GET /api/cases",
                        () -> Example.create().withQuery("scope", "MY_CASELOAD").asRole(Roles.FM))
                .example(
                        "POST /api/referrals",
                        () -> Example.body(referral(customerNumber(), LocalDate.of(1980, 4, 12), facts(2, 1))))
                .example("POST /api/eligibility-checks", () -> Example.body(Map.of("facts", facts(2, 1))))
                .example(
                        "POST /api/cases/{caseId}/admission",
                        () -> Example.body(Map.of("customerWilling", true, "jointCaseDiscussionOn", START.toString()))
                                .withPath("caseId", refer()))
                .example(
                        "POST /api/cases/{caseId}/decline",
                        () -> Example.body(Map.of("reason", "CUSTOMER_NOT_WILLING"))
                                .withPath("caseId", refer()))
                .example(
                        "POST /api/cases/{caseId}/escalation",
                        () -> Example.body(Map.of("statement", "Die Kriterien sind erfüllt"))
                                .withPath("caseId", declined()))
                .example(
                        "POST /api/cases/{caseId}/escalation/decision",
                        () -> Example.body(Map.of(
                                        "admit",
                                        true,
                                        "note",
                                        "Aufnahme",
                                        "caseManagerId",
                                        "fm-anna",
                                        "customerWilling",
                                        true,
                                        "jointCaseDiscussionOn",
                                        START.toString()))
                                .withPath("caseId", escalated()))
                .example(
                        "POST /api/cases/{caseId}/caseload-overrides",
                        () -> Example.body(Map.of("caseManagerId", "fm-anna", "reason", "Vertretung Elternzeit"))
                                .withPath("caseId", refer()))
                .example(
                        "PUT /api/cases/{caseId}/first-consultation",
                        () -> Example.body(
                                        Map.of("scheduledOn", START.plusDays(3).toString()))
                                .withPath("caseId", admitted()))
                .example(
                        "POST /api/cases/{caseId}/first-consultation/held",
                        () -> Example.body(Map.of()).withPath("caseId", scheduled()))
                .example(
                        "PUT /api/cases/{caseId}/deputy",
                        () -> Example.body(deputy()).withPath("caseId", admitted()))
                .example("DELETE /api/cases/{caseId}/deputy", () -> {
                    String caseId = admitted();
                    put("/api/cases/" + caseId + "/deputy", fm(), deputy());
                    return Example.path("caseId", caseId);
                })
                .example(
                        "POST /api/cases/{caseId}/reassignment",
                        () -> Example.body(Map.of("caseManagerId", "fm-jonas", "note", "Urlaub"))
                                .withPath("caseId", admitted()))
                .example(
                        "POST /api/cases/{caseId}/transfer",
                        () -> Example.body(Map.of(
                                        "kind",
                                        "REORGANISATION",
                                        "toTeamId",
                                        "team-fm-2",
                                        "toCaseManagerId",
                                        "fm-selin"))
                                .withPath("caseId", admitted()))
                .example(
                        "POST /api/cases/{caseId}/benefit-decision",
                        () -> Example.body(Map.of("decidedOn", START.toString()))
                                .withPath("caseId", admitted()))
                .example(
                        "POST /api/cases/{caseId}/market-near/invitation",
                        () -> Example.body(Map.of())
                                .withPath("caseId", handedOver())
                                .withToken(uckermarkFm("fm-nina", NEAR_TEAM)))
                .example(
                        "POST /api/cases/{caseId}/market-near/review",
                        () -> Example.body(Map.of("note", "Integration absehbar"))
                                .withPath("caseId", handedOver())
                                .withToken(uckermarkFm("fm-nina", NEAR_TEAM)))
                .example(
                        "POST /api/cases/{caseId}/reactivation-instruction",
                        () -> Example.body(Map.of())
                                .withPath("caseId", reactivated())
                                .withToken(uckermarkFm("fm-anna", TEAM)))
                .example(
                        "PUT /api/cases/{caseId}/u25-target-group",
                        () -> Example.body(Map.of("targetGroup", "PLACEMENT"))
                                .withPath("caseId", youngUnderUckermark())
                                .withToken(uckermarkFm("fm-selin", "team-u25")))
                .example(
                        "POST /api/cases/{caseId}/closure",
                        () -> Example.body(Map.of("reasonCode", "DECEASED")).withPath("caseId", admitted()))
                .example(
                        "POST /api/cases/{caseId}/relocation",
                        () -> Example.body(Map.of("toJobcenterId", target, "toTeamId", "team-north"))
                                .withPath("caseId", admitted()))
                .example("POST /api/non-referrals", () -> Example.body(nonReferral()))
                .example(
                        "POST /api/non-referrals/{id}/rechecks",
                        () -> Example.body(Map.of("outcome", "CONFIRMED", "note", "Mitwirkung weiterhin verweigert")))
                .example(
                        "POST /api/policy/versions",
                        () -> Example.body(Map.of("basePreset", "PANKOW", "note", "Richtlinie PANKOW")))
                .example(
                        "PUT /api/jobcenter",
                        () -> Example.body(jobcenterRecord(
                                ((Number) get("/api/jobcenter", admin()).get("version")).longValue())));
        return ServiceContractFuzz.tests(
                "intake", server.getURL().toString(), router, fixtures, "lotse-intake-service-1.yml");
    }

    @AfterEach
    void closePublisher() {
        if (publisher != null) {
            publisher.close();
        }
    }

    private String uckermarkFm(String subject, String team) {
        return TestTokens.user(subject, Roles.FM)
                .jobcenter(uckermark)
                .team(team)
                .sign();
    }

    /** An adult's case of the UCKERMARK Jobcenter after the ESB, assessed with the given categories in turn. */
    private String assessedUnderUckermark(String... categories) {
        Map<String, Object> body =
                new java.util.LinkedHashMap<>(referral(customerNumber(), LocalDate.of(1970, 1, 1), category("D")));
        body.put("applicationOn", START.toString());
        String caseId = post(
                        "/api/referrals",
                        TestTokens.user("av-bernd", Roles.AV)
                                .jobcenter(uckermark)
                                .team("team-av-1")
                                .sign(),
                        body)
                .get("caseId")
                .toString();
        String fm = uckermarkFm("fm-anna", TEAM);
        post("/api/cases/" + caseId + "/admission", fm, Map.of("customerWilling", true));
        post("/api/cases/" + caseId + "/first-consultation/held", fm, Map.of());
        UUID id = UUID.fromString(caseId);
        for (int version = 1; version <= categories.length; version++) {
            publisher.publish(
                    uckermark,
                    id,
                    EventFixtures.assessmentCompleted()
                            .caseId(id)
                            .version(version)
                            .profileCode(null)
                            .categoryCode(categories[version - 1])
                            .validUntil(START.plusMonths(6))
                            .completedAt(Instant.parse("2026-03-02T08:00:00Z").plusSeconds(version))
                            .build());
        }
        // the last assessment applied: the case's line in the FM's caseload names its completion
        String lastCompleted = Instant.parse("2026-03-02T08:00:00Z")
                .plusSeconds(categories.length)
                .toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> lastCompleted.equals(assessedAt(caseId, fm)));
        return caseId;
    }

    @SuppressWarnings("unchecked")
    private Object assessedAt(String caseId, String fm) {
        return ((List<Map<String, Object>>)
                        get("/api/cases?scope=MY_CASELOAD", fm).get("items"))
                .stream()
                        .filter(line -> caseId.equals(line.get("caseId")))
                        .findFirst()
                        .orElseThrow()
                        .get("assessedAt");
    }

    /** A young customer's case of the UCKERMARK Jobcenter, with the FM U25. */
    private String youngUnderUckermark() {
        Map<String, Object> body =
                new java.util.LinkedHashMap<>(referral(customerNumber(), LocalDate.of(2006, 1, 1), category("D")));
        body.put("applicationOn", START.toString());
        body.put("teamId", "team-u25");
        String caseId = post(
                        "/api/referrals",
                        TestTokens.user("av-bernd", Roles.AV)
                                .jobcenter(uckermark)
                                .team("team-av-1")
                                .sign(),
                        body)
                .get("caseId")
                .toString();
        post(
                "/api/cases/" + caseId + "/admission",
                uckermarkFm("fm-selin", "team-u25"),
                Map.of("customerWilling", true));
        return caseId;
    }

    private String handedOver() {
        String caseId = assessedUnderUckermark("A");
        post(
                "/api/cases/" + caseId + "/transfer",
                uckermarkFm("fm-anna", TEAM),
                Map.of("kind", "MARKET_NEAR_HANDOVER", "toTeamId", NEAR_TEAM, "toCaseManagerId", "fm-nina"));
        return caseId;
    }

    private String reactivated() {
        return assessedUnderUckermark("Y", "C");
    }

    private String admitted() {
        String caseId = refer();
        admit(caseId, fm());
        return caseId;
    }

    private String scheduled() {
        String caseId = admitted();
        put("/api/cases/" + caseId + "/first-consultation", fm(), Map.of("scheduledOn", START.toString()));
        return caseId;
    }

    private String declined() {
        String caseId = refer();
        post("/api/cases/" + caseId + "/decline", fm(), Map.of("reason", "CUSTOMER_NOT_WILLING"));
        return caseId;
    }

    private String escalated() {
        String caseId = declined();
        post("/api/cases/" + caseId + "/escalation", av(), Map.of("statement", "Die Kriterien sind erfüllt"));
        return caseId;
    }

    private static Map<String, Object> deputy() {
        return Map.of("deputyId", "fm-jonas", "until", START.plusDays(8).toString(), "customerAgreed", false);
    }

    private static Map<String, Object> jobcenterRecord(long version) {
        return Map.of(
                "name",
                "Jobcenter Uckermark",
                "street",
                "Lindenallee 7",
                "postalCode",
                "17291",
                "city",
                "Prenzlau",
                "stateCode",
                "BB",
                "version",
                version);
    }

    private static Map<String, Object> nonReferral() {
        return Map.of(
                "customerNumber",
                customerNumber(),
                "firstName",
                "Max",
                "lastName",
                "Schulz",
                "dateOfBirth",
                "1970-05-05",
                "reason",
                "MISSING_COOPERATION",
                "facts",
                facts(3, 0));
    }
}
