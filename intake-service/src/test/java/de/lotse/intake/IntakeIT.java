package de.lotse.intake;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of intake's scenario tests: the service on its own database, the real broker, a clock the
 * test moves, a Jobcenter of its own per test, and the requests staff make, as HTTP calls.
 */
public abstract class IntakeIT extends ServiceIT {
    protected static final LocalDate START = LocalDate.of(2026, 3, 2);
    protected static final String TEAM = "team-fm-1";

    @Inject
    protected MutableClock clock;

    protected String jobcenter;

    @Override
    protected String service() {
        return "intake";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @BeforeEach
    void newJobcenterAtStart() {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(START);
    }

    // --- tokens

    protected String av() {
        return av("av-bernd");
    }

    protected String av(String subject) {
        return TestTokens.user(subject, "AV")
                .jobcenter(jobcenter)
                .team("team-av-1")
                .sign();
    }

    protected String fm() {
        return fm("fm-anna");
    }

    protected String fm(String subject) {
        return fm(subject, TEAM);
    }

    protected String fm(String subject, String team) {
        return TestTokens.user(subject, "FM").jobcenter(jobcenter).team(team).sign();
    }

    protected String tl() {
        return tl("tl-petra", TEAM);
    }

    protected String tl(String subject, String team) {
        return TestTokens.user(subject, "TL").jobcenter(jobcenter).team(team).sign();
    }

    protected String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }

    // --- requests

    protected Map<String, Object> post(String path, String token, Object body) {
        return exchange(HttpRequest.POST(path, body), token);
    }

    protected Map<String, Object> put(String path, String token, Object body) {
        return exchange(HttpRequest.PUT(path, body), token);
    }

    protected Map<String, Object> get(String path, String token) {
        return exchange(HttpRequest.GET(path), token);
    }

    protected Map<String, Object> delete(String path, String token) {
        return exchange(HttpRequest.DELETE(path), token);
    }

    /** A request that must be refused with {@code status}; returns the problem document. */
    protected Map<String, Object> refused(MutableHttpRequest<?> request, String token, int status) {
        return problem(request.bearerAuth(token), status);
    }

    /** The rule codes a problem document names. */
    @SuppressWarnings("unchecked")
    protected static List<String> rules(Map<String, Object> problem) {
        List<String> rules = new ArrayList<>();
        for (Map<String, Object> violation :
                (List<Map<String, Object>>) problem.getOrDefault("violations", List.of())) {
            rules.add(String.valueOf(violation.get("rule")));
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    protected static List<String> fields(Map<String, Object> problem) {
        List<String> fields = new ArrayList<>();
        for (Map<String, Object> violation :
                (List<Map<String, Object>>) problem.getOrDefault("violations", List.of())) {
            fields.add(String.valueOf(violation.get("field")));
        }
        return fields;
    }

    private Map<String, Object> exchange(MutableHttpRequest<?> request, String token) {
        try {
            return client.toBlocking()
                    .exchange(request.bearerAuth(token), Argument.of(String.class))
                    .getBody()
                    .map(this::parse)
                    .orElse(Map.of());
        } catch (HttpClientResponseException e) {
            throw new AssertionError(
                    request.getMethod() + " " + request.getPath() + " answered " + e.getStatus() + ": "
                            + e.getResponse().getBody(String.class).orElse(""),
                    e);
        }
    }

    private Map<String, Object> parse(String body) {
        try {
            return body.isBlank() ? Map.of() : json.readValue(body, JSON_OBJECT);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- the Jobcenter's policy

    protected Map<String, Object> choosePolicy(String preset) {
        return post("/api/policy/versions", admin(), Map.of("basePreset", preset, "note", "Richtlinie " + preset));
    }

    /** A new version: the preset with some settings changed (dotted paths below {@code settings}). */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> adjustPolicy(String preset, Map<String, Object> changes) {
        List<Map<String, Object>> presets = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/policy/presets").bearerAuth(admin()), Argument.listOf(JSON_OBJECT));
        Map<String, Object> settings = deepCopy((Map<String, Object>) presets.stream()
                .filter(p -> preset.equals(p.get("code")))
                .findFirst()
                .orElseThrow()
                .get("settings"));
        changes.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Map<String, Object> node = settings;
            for (int i = 0; i < parts.length - 1; i++) {
                node = (Map<String, Object>) node.get(parts[i]);
            }
            node.put(parts[parts.length - 1], value);
        });
        Map<String, Object> body = new HashMap<>();
        body.put("basePreset", preset);
        body.put("settings", settings);
        body.put("note", "angepasst: " + changes.keySet());
        return post("/api/policy/versions", admin(), body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) ->
                copy.put(key, value instanceof Map<?, ?> child ? deepCopy((Map<String, Object>) child) : value));
        return copy;
    }

    // --- the Jobcenter's record

    /** The record an administrator of Jobcenter Uckermark enters (invented address) in that Bundesland. */
    protected static Map<String, Object> jobcenterRecord(String state, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Jobcenter Uckermark");
        body.put("street", "Lindenallee 7");
        body.put("postalCode", "17291");
        body.put("city", "Prenzlau");
        body.put("phone", "03984 555-100");
        body.put("email", "kontakt@jobcenter-uckermark.example");
        body.put("contactHours", "Mo–Fr 8–12 Uhr\nDo 14–18 Uhr");
        body.put("stateCode", state);
        body.put("version", version);
        return body;
    }

    // --- referrals

    protected static String customerNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03dA%06d", random.nextInt(1000), random.nextInt(1_000_000));
    }

    protected static Map<String, Object> needs(int performance, int living) {
        Map<String, Object> needs = new LinkedHashMap<>();
        needs.put("PERFORMANCE_CAPACITY", performance);
        needs.put("LIVING_CONDITIONS", living);
        return needs;
    }

    /** Facts of a customer with a complex profile: {@code needs} needs in the counted groups. */
    protected static Map<String, Object> facts(int performance, int living) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("needsByKeyGroup", needs(performance, living));
        facts.put("profileCode", "STABILISATION");
        facts.put("progressExpected", true);
        facts.put("prognosisHorizonMonths", 24);
        return facts;
    }

    /**
     * Facts of a customer in a UCKERMARK category (A … E, X, Y, Z; docs/domain.md §18): the one fact that preset
     * asks for, sent as the profile code.
     */
    protected static Map<String, Object> category(String code) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("profileCode", code);
        return facts;
    }

    protected static Map<String, Object> referral(
            String customerNumber, LocalDate dateOfBirth, Map<String, Object> facts, String... reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerNumber", customerNumber);
        body.put("firstName", "Erika");
        body.put("lastName", "Mustermann");
        body.put("dateOfBirth", dateOfBirth.toString());
        body.put("route", "AV");
        body.put("reasons", List.of(reasons.length == 0 ? new String[] {"MIN_CRITERIA_MET"} : reasons));
        body.put("teamId", TEAM);
        body.put("facts", facts);
        return body;
    }

    /** Refers a customer (born 1980) meeting the minimum criteria; returns the case id. */
    protected String refer() {
        return refer(referral(customerNumber(), LocalDate.of(1980, 4, 12), facts(2, 1)));
    }

    /**
     * Refers with the given body; the application was handed in today unless the body says otherwise (the
     * UCKERMARK preset counts the ESB deadline from it, docs/domain.md §18.2).
     */
    protected String refer(Map<String, Object> body) {
        Map<String, Object> withApplication = new LinkedHashMap<>(body);
        withApplication.putIfAbsent("applicationOn", clock.today().toString());
        Map<String, Object> referred = post("/api/referrals", av(), withApplication);
        assertThat(referred).containsEntry("status", "REFERRED");
        return String.valueOf(referred.get("caseId"));
    }

    protected Map<String, Object> admit(String caseId, String fmToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerWilling", true);
        body.put("jointCaseDiscussionOn", clock.today().toString());
        return post("/api/cases/" + caseId + "/admission", fmToken, body);
    }

    protected Map<String, Object> caseFile(String caseId) {
        return get("/api/cases/" + caseId, tl());
    }

    /** The case's decision log as the team lead reads it ({@code GET /api/cases/{id}/decisions}), oldest first. */
    protected List<Map<String, Object>> decisions(String caseId) {
        return decisions(caseId, tl());
    }

    /** The case's decision log as {@code token}'s holder reads it, oldest first. */
    protected List<Map<String, Object>> decisions(String caseId, String token) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/decisions").bearerAuth(token),
                        Argument.listOf(JSON_OBJECT));
    }

    /** The decisions of that kind in the case's log, as the team lead of {@code team} reads it. */
    protected List<Map<String, Object>> decisionsOfKind(String caseId, String team, String kind) {
        return decisions(caseId, tl("tl-" + team, team)).stream()
                .filter(decision -> kind.equals(decision.get("kind")))
                .toList();
    }

    /** How many versions of its policy the Jobcenter has, as its administration reads them. */
    protected long policyVersions(String adminToken) {
        return ((Number) get("/api/policy/versions", adminToken).get("total")).longValue();
    }

    // --- the outbox: what the case published, in order

    protected List<String> events(String caseId) {
        return outboxTypes(caseId);
    }

    /** The payload of the latest event of that type about the case. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> lastEvent(String caseId, String type) {
        String envelope = transactions.executeRead(status -> statements
                .query(
                        "select payload::text from outbox_event where aggregateid = :caseId and type = :type "
                                + "order by seq desc limit 1",
                        Params.of("caseId", caseId).and("type", type),
                        rs -> rs.getString(1))
                .stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type)));
        try {
            return (Map<String, Object>) json.readValue(envelope, JSON_OBJECT).get("payload");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- what the work lists show

    /** The cases in the team's work list ({@code GET /api/cases?scope=TEAM}) as its team lead reads it. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> teamCases() {
        // (an empty list is left out of the JSON)
        return (List<Map<String, Object>>)
                get("/api/cases?scope=TEAM&size=200", tl()).getOrDefault("items", List.of());
    }

    /** The team's work-list lines of the customer with that number. */
    protected List<Map<String, Object>> teamCasesOf(String customerNumber) {
        return teamCases().stream()
                .filter(line -> customerNumber.equals(line.get("customerNumber")))
                .toList();
    }

    /**
     * When the case's latest assessment was completed, as its line in the team's work list shows it; {@code null}
     * while no assessment arrived. For waiting until an assessment event was applied.
     */
    protected Object assessedAt(String caseId) {
        return teamCases().stream()
                .filter(line -> caseId.equals(line.get("caseId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " not in the team's work list"))
                .get("assessedAt");
    }

    /**
     * A refused referral wrote nothing: no customer record with that number (only the table shows it) and no case
     * of theirs in the team's work list.
     */
    protected void assertNothingReferred(String customerNumber) {
        assertThat(tables().customerRecords(customerNumber))
                .as("customer records of %s", customerNumber)
                .isZero();
        assertThat(teamCasesOf(customerNumber))
                .as("cases of %s", customerNumber)
                .isEmpty();
    }

    // --- what only the tables can show

    /** Intake's tables, for what no API shows (audit log, inbox, outbox, customer records). */
    protected IntakeTables tables() {
        return new IntakeTables(transactions, statements);
    }

    /** The audited reads of customers' assessment facts by {@code actor} in this test's Jobcenter. */
    protected long assessmentFactsReadsBy(String actor) {
        return tables().assessmentFactsReadsBy(actor, jobcenter);
    }
}
