package de.lotse.platform.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.yaml.snakeyaml.Yaml;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service shows an operator and an attacker alike: tokens are validated (signature,
 * algorithm, expiry, issuer, audience) before any handler runs, while health, metrics and the API
 * documentation are reachable without a token. A service test extends this with
 * {@code @MicronautTest(transactional = false)}, names its service and one protected staff path.
 */
public abstract class ServiceBaselineContract extends ServiceIT {
    private static final String JOBCENTER = "jc-baseline";

    /** A GET path of the service's staff API that a valid token of its Jobcenter may call. */
    protected abstract String protectedPath();

    /** The token a legitimate caller of {@link #protectedPath()} holds. */
    protected String validToken() {
        return TestTokens.user("fm-1", "FM").jobcenter(JOBCENTER).team("team-1").sign();
    }

    /** The OpenAPI documents the service serves under {@code /swagger/}. */
    protected String[] openApiDocuments() {
        return new String[] {"lotse-" + service() + "-service-1.yml"};
    }

    /** Tokens no service may accept, each with what is wrong with it. */
    public static Stream<Arguments> invalidTokens(String jobcenter) {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("expired", TestTokens.user("fm-1", "FM").jobcenter(jobcenter)
                        .validFor(Duration.ofMinutes(-5)).sign()),
                Arguments.of("wrong signature", TestTokens.user("fm-1", "FM").jobcenter(jobcenter)
                        .signedWith("some-other-secret-that-is-long-enough-for-hs256").sign()),
                Arguments.of("alg none", TestTokens.user("fm-1", "FM").jobcenter(jobcenter).unsigned()),
                Arguments.of("wrong issuer", TestTokens.user("fm-1", "FM").jobcenter(jobcenter)
                        .issuer("https://evil.example/issuer").sign()),
                Arguments.of("wrong audience", TestTokens.user("fm-1", "FM").jobcenter(jobcenter)
                        .audience("another-app").sign()),
                Arguments.of("garbage", "not.a.jwt"));
    }

    static Stream<Arguments> invalidTokens() {
        return invalidTokens(JOBCENTER);
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("invalidTokens")
    void rejectsInvalidTokensWith401(String description, String token) {
        MutableHttpRequest<?> request = HttpRequest.GET(protectedPath());
        failing(token == null ? request : request.bearerAuth(token), 401);
    }

    @Test
    void acceptsTheValidTokenOnTheSamePath() {
        // proves the 401s above come from the token, not from the path
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(protectedPath())
                .bearerAuth(validToken()), String.class);
        assertThat(response.code()).isEqualTo(200);
    }

    @Test
    void healthMetricsAndApiDocumentationNeedNoToken() {
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/health"))).contains("UP");
        // the outbox gauges appear once the relay's first scheduled pass created it (about a second)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(client.toBlocking().retrieve(HttpRequest.GET("/prometheus")))
                        .contains("lotse_outbox_pending", "lotse_outbox_lag_seconds", "jvm_memory_used_bytes",
                                "service=\"" + service() + "-service\""));
        for (String document : openApiDocuments()) {
            assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger/" + document))).startsWith("openapi:");
        }
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"))).contains("swagger-ui");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPostDocumentsTheIdempotencyKeyHeader() {
        int posts = 0;
        for (String document : openApiDocuments()) {
            Map<String, Object> openApi = new Yaml().load(client.toBlocking().retrieve(HttpRequest.GET("/swagger/" + document)));
            for (Map.Entry<String, Object> path : ((Map<String, Object>) openApi.get("paths")).entrySet()) {
                Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) path.getValue()).get("post");
                if (post == null) {
                    continue;
                }
                posts++;
                List<Map<String, Object>> parameters = ((List<Map<String, Object>>) post.getOrDefault("parameters", List.of()))
                        .stream().map(parameter -> resolve(openApi, parameter)).toList();
                assertThat(parameters).as("POST " + path.getKey() + " in " + document)
                        .anySatisfy(parameter -> {
                            assertThat(parameter).containsEntry("name", "Idempotency-Key").containsEntry("in", "header");
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
