package de.lotse.platform.testing;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * What every service shows an operator and an attacker alike: tokens are validated (signature,
 * algorithm, expiry, issuer, audience, and the platform's token rules: {@code exp} required and not
 * too far ahead, non-blank {@code sub}, no {@code iat}/{@code nbf} in the future, {@code roles} an
 * array of strings, the organisational claims each role needs) before any handler runs — a broken
 * token is 401, a valid token without any Lotse role 403, and neither leaves an audit entry — while
 * health, metrics and the API documentation are reachable without a token; every answer carries
 * {@code Cache-Control} and {@code X-Content-Type-Options}; control characters are refused before the
 * service; the OpenAPI documents are YAML, listed under {@code /swagger/} and free of unsatisfiable
 * enum schemas; the service's database role has least privilege. A service test extends this with
 * {@code @MicronautTest(transactional = false)}, names its service, one protected staff path and one
 * write path.
 */
public abstract class ServiceBaselineContract extends ServiceIT {
    private static final String JOBCENTER = "jc-baseline";
    private static final String YAML = "application/yaml; charset=utf-8";

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected AuditLog auditLog;

    /** A GET path of the service's staff API that a valid token of its Jobcenter may call. */
    protected abstract String protectedPath();

    /**
     * A POST path of the service that takes a JSON body and that {@link #writeToken()} may call; ids
     * in it need not exist (the tests here are refused before any service code).
     */
    protected abstract String writePath();

    /** A team lead of the baseline Jobcenter: every service has a POST endpoint for that role. */
    protected String writeToken() {
        return TestTokens.user("tl-1", "TL").jobcenter(JOBCENTER).team("team-1").sign();
    }

    /** The claims of a legitimate caller of {@link #protectedPath()}. */
    protected TestTokens validTokenClaims() {
        return TestTokens.user("fm-1", "FM").jobcenter(JOBCENTER).team("team-1");
    }

    /** The token a legitimate caller of {@link #protectedPath()} holds. */
    protected String validToken() {
        return validTokenClaims().sign();
    }

    /** The OpenAPI documents the service serves under {@code /swagger/}. */
    protected String[] openApiDocuments() {
        return new String[] {"lotse-" + service() + "-service-1.yml"};
    }

    /** Tokens no service may accept (401: the token is invalid), each with what is wrong with it. */
    public static Stream<Arguments> invalidTokens(String jobcenter) {
        Instant now = Instant.now();
        String partnerId = "11111111-1111-4111-8111-111111111111";
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of(
                        "expired",
                        fm(jobcenter).validFor(Duration.ofMinutes(-5)).sign()),
                Arguments.of(
                        "wrong signature",
                        fm(jobcenter)
                                .signedWith("some-other-secret-that-is-long-enough-for-hs256")
                                .sign()),
                Arguments.of("alg none", fm(jobcenter).unsigned()),
                Arguments.of(
                        "wrong issuer",
                        fm(jobcenter).issuer("https://evil.example/issuer").sign()),
                Arguments.of(
                        "wrong audience", fm(jobcenter).audience("another-app").sign()),
                Arguments.of("garbage", "not.a.jwt"),
                Arguments.of("no exp", fm(jobcenter).withoutExpiry().sign()),
                Arguments.of(
                        "exp beyond the maximum lifetime",
                        fm(jobcenter).validFor(Duration.ofHours(13)).sign()),
                Arguments.of("no sub", fm(jobcenter).withoutSubject().sign()),
                Arguments.of(
                        "empty sub",
                        TestTokens.user("", "FM")
                                .jobcenter(jobcenter)
                                .team("team-1")
                                .sign()),
                Arguments.of(
                        "blank sub",
                        TestTokens.user("  ", "FM")
                                .jobcenter(jobcenter)
                                .team("team-1")
                                .sign()),
                Arguments.of(
                        "iat ten years ahead",
                        fm(jobcenter).issuedAt(now.plus(Duration.ofDays(3650))).sign()),
                Arguments.of(
                        "iat beyond the clock skew",
                        fm(jobcenter).issuedAt(now.plusSeconds(300)).sign()),
                Arguments.of(
                        "nbf beyond the clock skew",
                        fm(jobcenter).notBefore(now.plusSeconds(300)).sign()),
                Arguments.of("roles as a string", fm(jobcenter).rolesClaim("FM").sign()),
                Arguments.of("roles as a number", fm(jobcenter).rolesClaim(7).sign()),
                Arguments.of(
                        "roles as an object",
                        fm(jobcenter).rolesClaim(Map.of("FM", true)).sign()),
                Arguments.of(
                        "roles with a number",
                        fm(jobcenter).rolesClaim(List.of("FM", 7)).sign()),
                Arguments.of(
                        "jobcenterId as a number",
                        fm(jobcenter).claim("jobcenterId", 42).sign()),
                Arguments.of(
                        "staff without jobcenterId",
                        TestTokens.user("fm-1", "FM").team("team-1").sign()),
                Arguments.of(
                        "staff with blank jobcenterId",
                        TestTokens.user("fm-1", "FM").jobcenter(" ").sign()),
                Arguments.of(
                        "admin without jobcenterId",
                        TestTokens.user("admin-1", "ADMIN").sign()),
                Arguments.of(
                        "national scope with a second staff role",
                        TestTokens.user("mgmt-1", "MANAGEMENT", "TL")
                                .reportingScope("NATIONAL")
                                .sign()),
                Arguments.of(
                        "partner without partnerId",
                        TestTokens.user("partner-1", "PARTNER").sign()),
                Arguments.of(
                        "partner with a staff role",
                        TestTokens.user("partner-1", "PARTNER", "FM")
                                .jobcenter(jobcenter)
                                .team("team-1")
                                .partner(partnerId)
                                .sign()));
    }

    /** Valid tokens that carry no role Lotse knows (403: authenticated, but allowed nothing). */
    public static Stream<Arguments> tokensWithoutLotseRole(String jobcenter) {
        return Stream.of(
                Arguments.of(
                        "only the identity provider's roles",
                        TestTokens.user("fm-1", "offline_access", "uma_authorization")
                                .jobcenter(jobcenter)
                                .team("team-1")
                                .sign()),
                Arguments.of(
                        "an empty roles array",
                        TestTokens.user("fm-1").jobcenter(jobcenter).sign()),
                Arguments.of("no roles claim", fm(jobcenter).withoutRoles().sign()),
                Arguments.of(
                        "a role differing in case",
                        TestTokens.user("fm-1", "fm").jobcenter(jobcenter).sign()));
    }

    private static TestTokens fm(String jobcenter) {
        return TestTokens.user("fm-1", "FM").jobcenter(jobcenter).team("team-1");
    }

    static Stream<Arguments> invalidTokens() {
        return invalidTokens(JOBCENTER);
    }

    static Stream<Arguments> tokensWithoutLotseRole() {
        return tokensWithoutLotseRole(JOBCENTER);
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("invalidTokens")
    void rejectsInvalidTokensWith401(String description, String token) {
        MutableHttpRequest<?> request = HttpRequest.GET(protectedPath());
        failing(token == null ? request : request.bearerAuth(token), 401);
    }

    @ParameterizedTest(name = "{0} -> 403")
    @MethodSource("tokensWithoutLotseRole")
    void refusesValidTokensWithoutLotseRoleWith403(String description, String token) {
        failing(HttpRequest.GET(protectedPath()).bearerAuth(token), 403);
        // while health stays reachable with such a token, as without one
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health").bearerAuth(token), String.class)
                        .code())
                .isEqualTo(200);
    }

    @Test
    void acceptsTheValidTokenOnTheSamePath() {
        // proves the 401s and 403s above come from the token, not from the path
        HttpResponse<String> response =
                client.toBlocking().exchange(HttpRequest.GET(protectedPath()).bearerAuth(validToken()), String.class);
        assertThat(response.code()).isEqualTo(200);
    }

    @Test
    void acceptsTokensAtTheEdgesOfTheRules() {
        Instant now = Instant.now();
        for (TestTokens token : List.of(
                // identity providers add roles of their own: ignored
                validTokenClaims().addRoles("offline_access", "uma_authorization"),
                // the demo tokens' lifetime (./lotse token) is the maximum
                validTokenClaims().validFor(Duration.ofHours(12)),
                // the issuer's clock runs a little ahead
                validTokenClaims().issuedAt(now.plusSeconds(30)).notBefore(now.plusSeconds(30)))) {
            assertThat(client.toBlocking()
                            .exchange(HttpRequest.GET(protectedPath()).bearerAuth(token.sign()), String.class)
                            .code())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusedTokensLeaveNoAuditEntry() {
        long before = count("select count(*) from audit_log");
        Stream.concat(invalidTokens(), tokensWithoutLotseRole()).forEach(arguments -> {
            String token = (String) arguments.get()[1];
            MutableHttpRequest<?> request = HttpRequest.GET(protectedPath());
            MutableHttpRequest<?> sent = token == null ? request : request.bearerAuth(token);
            catchThrowable(() -> client.toBlocking().exchange(sent, String.class));
        });
        assertThat(count("select count(*) from audit_log")).isEqualTo(before);
        assertThat(count("select count(*) from audit_log where btrim(actor) = ''"))
                .isZero();
    }

    @Test
    void serviceRunsAsAnApplicationRoleWithDataRightsOnly() {
        String role = transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                    ResultSet rs = statement.executeQuery("select current_user, rolsuper, rolcreaterole, rolcreatedb "
                            + "from pg_roles where rolname = current_user")) {
                rs.next();
                assertThat(rs.getBoolean(2) || rs.getBoolean(3) || rs.getBoolean(4))
                        .as("administrative attributes")
                        .isFalse();
                return rs.getString(1);
            }
        });
        assertThat(role).isEqualTo(TestInfrastructure.applicationRole(database()));
        // what it needs: write and read its tables, the audit log included (written as the service writes
        // it, with its row MAC: a bare insert would show as an inserted row in the chain verification)
        auditLog.record(
                new CurrentUser("baseline-test", java.util.Set.of("FM"), JOBCENTER, "team-1", null, null),
                "READ",
                "baseline",
                null,
                null,
                null);
        long entry = count("select max(id) from audit_log where actor = 'baseline-test'");
        // what it must not: change the schema, rewrite or empty the audit log, read the migration history
        for (String statement : List.of(
                "create table intruder (id int)",
                "alter table audit_log add column intruder int",
                "drop table audit_log",
                "drop table outbox_event",
                "create index intruder on outbox_event (id)",
                "truncate outbox_event",
                "update audit_log set actor = 'someone-else' where id = " + entry,
                "delete from audit_log where id = " + entry,
                "truncate audit_log",
                "delete from audit_seal",
                "select count(*) from flyway_schema_history",
                // (create database cannot run in a transaction at all; rolcreatedb is false above)
                "create role intruder")) {
            assertThat(refusal(statement)).as(statement).isEqualTo("42501");
        }
        assertThat(count(
                        "select count(*) from audit_log where id = :id and actor = 'baseline-test'",
                        Params.of("id", entry)))
                .isOne();
        assertThat(count("select count(*) from information_schema.tables where table_name = 'intruder'"))
                .isZero();
    }

    @Test
    void applicationRoleCannotConnectToAnotherServicesDatabase() {
        String other = TestInfrastructure.get().createDatabase("neighbour_of_" + database());
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                        other, TestInfrastructure.applicationRole(database()), TestInfrastructure.ROLE_PASSWORD)
                .close());
        assertThat(refused).isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
        // while the neighbour's own application role may
        Throwable own = catchThrowable(() -> DriverManager.getConnection(
                        other,
                        TestInfrastructure.applicationRole(TestInfrastructure.databaseOf(other)),
                        TestInfrastructure.ROLE_PASSWORD)
                .close());
        assertThat(own).isNull();
    }

    /** The SQL state the service's own connection gets for {@code sql} (42501: insufficient privilege). */
    private String refusal(String sql) {
        Throwable thrown = catchThrowable(() -> transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                return statement.execute(sql);
            }
        }));
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException e) {
                return e.getSQLState();
            }
        }
        return "accepted";
    }

    private String database() {
        return TestInfrastructure.databaseOf(
                ServiceTestProperties.forService(service()).get("datasources.default.url"));
    }

    @Test
    void onlyAnAdminVerifiesTheAuditChainAndFindsItIntact() throws IOException {
        String path = "/api/admin/audit-chain/verification";
        failing(HttpRequest.GET(path).bearerAuth(validToken()), 403);
        Map<String, Object> report = json.readValue(
                client.toBlocking()
                        .retrieve(HttpRequest.GET(path)
                                .bearerAuth(TestTokens.user("admin-1", "ADMIN")
                                        .jobcenter(JOBCENTER)
                                        .sign())),
                JSON_OBJECT);
        // every service writes, seals and verifies its audit log (the entries of this JVM's tests so far)
        assertThat(report).containsEntry("intact", true).containsKeys("chainLength", "pendingEntries", "anchors");
    }

    @Test
    void healthMetricsAndApiDocumentationNeedNoToken() {
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/health"))).contains("UP");
        // the outbox gauges appear once the relay's first scheduled pass created it (about a second)
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(client.toBlocking().retrieve(HttpRequest.GET("/prometheus")))
                        .contains(
                                "lotse_outbox_pending",
                                "lotse_outbox_lag_seconds",
                                "jvm_memory_used_bytes",
                                "service=\"" + service() + "-service\""));
        for (String document : openApiDocuments()) {
            assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger/" + document)))
                    .startsWith("openapi:");
        }
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html")))
                .contains("swagger-ui");
    }

    // --- headers on every answer (issue 15, item 8)

    @Test
    void everyApiAnswerForbidsStoringAndSniffing() {
        assertApiHeaders(
                "200",
                client.toBlocking().exchange(HttpRequest.GET(protectedPath()).bearerAuth(validToken()), String.class));
        assertApiHeaders("401", failing(HttpRequest.GET(protectedPath()), 401).getResponse());
        // a signed-in caller without a role of this API
        String stranger = TestTokens.user("someone", "NOBODY")
                .jobcenter(JOBCENTER)
                .team("team-1")
                .sign();
        assertApiHeaders(
                "403",
                failing(HttpRequest.GET(protectedPath()).bearerAuth(stranger), 403)
                        .getResponse());
        assertApiHeaders(
                "404",
                failing(HttpRequest.GET("/api/no-such-resource-" + service()).bearerAuth(validToken()), 404)
                        .getResponse());
        assertApiHeaders(
                "405",
                failing(HttpRequest.DELETE(protectedPath()).bearerAuth(validToken()), 405)
                        .getResponse());
        byte[] tooLarge = new byte[2 * 1024 * 1024];
        Arrays.fill(tooLarge, (byte) ' ');
        assertApiHeaders(
                "413",
                failing(
                                HttpRequest.POST(writePath(), tooLarge)
                                        .contentType("application/json")
                                        .bearerAuth(writeToken()),
                                413)
                        .getResponse());
        assertApiHeaders(
                "400",
                failing(HttpRequest.GET(withQuery(protectedPath(), "q=%00")).bearerAuth(validToken()), 400)
                        .getResponse());
    }

    @Test
    void operationsEndpointsAreNeverStoredEither() {
        for (String path : List.of("/health", "/prometheus")) {
            HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
            assertThat(response.getHeaders().get("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(response.getHeaders().get("X-Content-Type-Options"))
                    .as(path)
                    .isEqualTo("nosniff");
        }
    }

    private static void assertApiHeaders(String what, HttpResponse<?> response) {
        assertThat(response.getHeaders().get("Cache-Control")).as(what).isEqualTo("no-store");
        assertThat(response.getHeaders().get("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        if (response.code() >= 400) {
            assertThat(response.getHeaders().get("Content-Type")).as(what).startsWith("application/problem+json");
        }
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    // --- the OpenAPI documents (issue 15, item 8)

    @Test
    void apiDocumentsAreYamlWithCharsetAndListedUnderSwagger() throws IOException {
        String index = client.toBlocking().retrieve(HttpRequest.GET("/swagger/"));
        Map<String, Object>[] listed =
                json.readValue(client.toBlocking().retrieve(HttpRequest.GET("/swagger/index.json")), Map[].class);
        assertThat(Arrays.stream(listed).map(d -> d.get("url")))
                .containsExactlyInAnyOrder(Arrays.stream(openApiDocuments())
                        .map(d -> "/swagger/" + d)
                        .toArray());
        for (Map<String, Object> document : listed) {
            assertThat(index).contains("href=\"" + document.get("url") + "\"", String.valueOf(document.get("title")));
            assertThat(document.get("title")).asString().startsWith("Lotse");
        }
        for (String document : openApiDocuments()) {
            HttpResponse<String> response =
                    client.toBlocking().exchange(HttpRequest.GET("/swagger/" + document), String.class);
            assertThat(response.getHeaders().get("Content-Type")).isEqualTo(YAML);
            assertThat(response.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.body()).startsWith("openapi:");
        }
        failing(HttpRequest.GET("/swagger/no-such-document.yml"), 404);
    }

    @Test
    void apiDocumentsDescribeEveryEnumSoThatItsValuesSatisfyIt() {
        for (String document : openApiDocuments()) {
            String yaml = client.toBlocking().retrieve(HttpRequest.GET("/swagger/" + document));
            assertThat(OpenApiSchemaChecks.problems(yaml)).as(document).isEmpty();
        }
    }

    // --- control characters are refused before any service code (issue 15, item 1)

    @Test
    void aControlCharacterInAQueryOrPathIsRefusedNamingIt() {
        Map<String, Object> query = problem(
                HttpRequest.GET(withQuery(protectedPath(), "member=a%00b")).bearerAuth(validToken()), 400);
        ControlCharacterProbe.assertRefused(query, "member");
        // a line break is no more welcome in a query value than a NUL
        ControlCharacterProbe.assertRefused(
                problem(HttpRequest.GET(withQuery(protectedPath(), "q=a%0Ab")).bearerAuth(validToken()), 400), "q");
        String basePath = protectedPath().contains("?")
                ? protectedPath().substring(0, protectedPath().indexOf('?'))
                : protectedPath();
        Map<String, Object> path = problem(HttpRequest.GET(basePath + "/x%01y").bearerAuth(validToken()), 400);
        assertThat(ControlCharacterProbe.fields(path)).hasSize(1);
    }

    @Test
    void aControlCharacterAnywhereInAJsonBodyIsRefusedBeforeBinding() {
        // property names the body type does not know, and keys, are checked all the same
        Map<String, Object> body = Map.of(
                "unknownText",
                "a" + ControlCharacterProbe.NUL + "b",
                "nested",
                Map.of("list", List.of("ok", "x\u001Fy")),
                "key\u0007",
                "v");
        ControlCharacterProbe.assertRefused(
                problem(HttpRequest.POST(writePath(), body).bearerAuth(writeToken()), 400),
                "unknownText",
                "nested.list[1]",
                "key\\u0007");
    }

    @Test
    void aControlCharacterInAHeaderValueIsRefused() throws IOException {
        // Netty's HTTP decoder already refuses C0 controls and DEL in a header, before routing and filters
        String control = raw("GET " + protectedPath() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + validToken() + "\r\nX-Client-Note: a\u0001b\r\nConnection: close\r\n\r\n")
                .toLowerCase(java.util.Locale.ROOT);
        assertThat(control)
                .startsWith("http/1.1 400")
                .contains(
                        "content-type: application/problem+json",
                        "x-content-type-options: nosniff",
                        "cache-control: no-store");
        // a TAB is legal HTTP but a header value is one line: the platform names the header
        String tab = raw("GET " + protectedPath() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + validToken() + "\r\nX-Client-Note: a\tb\r\nConnection: close\r\n\r\n");
        assertThat(tab).startsWith("HTTP/1.1 400").contains("control-character", "X-Client-Note");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPostDocumentsTheIdempotencyKeyHeader() {
        int posts = 0;
        for (String document : openApiDocuments()) {
            Map<String, Object> openApi =
                    new Yaml().load(client.toBlocking().retrieve(HttpRequest.GET("/swagger/" + document)));
            for (Map.Entry<String, Object> path : ((Map<String, Object>) openApi.get("paths")).entrySet()) {
                Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) path.getValue()).get("post");
                if (post == null) {
                    continue;
                }
                posts++;
                List<Map<String, Object>> parameters = ((List<Map<String, Object>>)
                                post.getOrDefault("parameters", List.of()))
                        .stream().map(parameter -> resolve(openApi, parameter)).toList();
                assertThat(parameters)
                        .as("POST " + path.getKey() + " in " + document)
                        .anySatisfy(parameter -> {
                            assertThat(parameter)
                                    .containsEntry("name", "Idempotency-Key")
                                    .containsEntry("in", "header");
                            assertThat(parameter.get("required")).as("optional").isNotEqualTo(true);
                        });
            }
        }
        // every service takes writes by POST; a document without any would make the check above empty
        assertThat(posts).isPositive();
    }

    /** A parameter, or the component its {@code $ref} ("#/components/parameters/…") names. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> openApi, Map<String, Object> parameter) {
        Object ref = parameter.get("$ref");
        if (ref == null) {
            return parameter;
        }
        Object node = openApi;
        for (String part : ref.toString().substring(2).split("/")) {
            node = ((Map<String, Object>) node).get(part);
        }
        assertThat(node).as("target of " + ref).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}
