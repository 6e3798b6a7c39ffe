package de.lotse.platform.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A service outside the dev and test environments refuses to start without database credentials,
 * issuer, audience and signing keys, and with the public development key; the message names each
 * setting. The environment variables of the calling shell (./lotse test exports the development
 * ones) are kept out, so the context sees only what the test gives it.
 */
class RequiredSettingsTest {
    private static final String DEV_SECRET = "lotse-dev-signing-key-NOT-FOR-PRODUCTION-2026";

    @Test
    void refusesToStartWithoutTheSettingsNamingEachOne() {
        Throwable refusal = start(Map.of(), "prod");

        assertThat(refusal).isNotNull();
        assertThat(message(refusal))
                .contains(
                        "Lotse refuses to start",
                        "datasources.default.url",
                        "datasources.default.username (LOTSE_DB_USER)",
                        "datasources.default.password (LOTSE_DB_PASSWORD)",
                        "flyway.datasources.default.user (LOTSE_DB_MIGRATION_USER)",
                        "flyway.datasources.default.password (LOTSE_DB_MIGRATION_PASSWORD)",
                        "micronaut.security.token.jwt.claims-validators.issuer (LOTSE_JWT_ISSUER)",
                        "micronaut.security.token.jwt.claims-validators.audience (LOTSE_JWT_AUDIENCE)",
                        "micronaut.security.token.jwt.signatures.jwks.<name>.url");
    }

    @Test
    void refusesTheDevelopmentKeyOutsideDevAndTest() {
        Map<String, Object> settings = complete();
        settings.remove("micronaut.security.token.jwt.signatures.jwks.oidc.url");
        settings.put("lotse.security.dev-secret", DEV_SECRET);

        Throwable refusal = start(settings, "prod");

        assertThat(message(refusal))
                .contains(
                        "not allowed lotse.security.dev-secret (LOTSE_SECURITY_DEV_SECRET)",
                        "missing micronaut.security.token.jwt.signatures.jwks.<name>.url")
                .doesNotContain("LOTSE_DB_USER", "LOTSE_JWT_ISSUER");
    }

    @Test
    void acceptsCompleteSettings() {
        assertThat(problems(complete(), "prod")).isEmpty();
        assertThat(problems(complete(), "k8s", "cloud")).isEmpty();
    }

    @Test
    void acceptsTheDevelopmentKeyAsSigningKeyInDevAndTestOnly() {
        Map<String, Object> settings = complete();
        settings.remove("micronaut.security.token.jwt.signatures.jwks.oidc.url");
        settings.put("lotse.security.dev-secret", DEV_SECRET);

        assertThat(problems(settings, Environment.DEVELOPMENT)).isEmpty();
        assertThat(problems(settings, Environment.TEST)).isEmpty();
        assertThat(problems(settings, "prod")).hasSize(2);
    }

    @Test
    void blankValuesCountAsMissing() {
        Map<String, Object> settings = complete();
        settings.put("datasources.default.password", " ");
        settings.put("micronaut.security.token.jwt.signatures.jwks.oidc.url", "");

        assertThat(problems(settings, "prod"))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("LOTSE_DB_PASSWORD"))
                .anySatisfy(problem -> assertThat(problem).contains("signatures.jwks"));
    }

    private static Map<String, Object> complete() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", "jdbc:postgresql://db.example.internal:5432/intake");
        settings.put("datasources.default.username", "intake_app");
        settings.put("datasources.default.password", "secret-1");
        settings.put("flyway.datasources.default.user", "intake_owner");
        settings.put("flyway.datasources.default.password", "secret-2");
        settings.put("micronaut.security.token.jwt.claims-validators.issuer", "https://login.example/realms/lotse");
        settings.put("micronaut.security.token.jwt.claims-validators.audience", "lotse");
        settings.put("micronaut.security.token.jwt.signatures.jwks.oidc.url", "https://login.example/certs");
        return settings;
    }

    private static Throwable start(Map<String, Object> settings, String... environments) {
        return catchThrowable(() -> {
            try (ApplicationContext context = builder(settings, environments).start()) {
                context.getBean(RequiredSettings.class);
            }
        });
    }

    private static java.util.List<String> problems(Map<String, Object> settings, String... environments) {
        try (ApplicationContext context = builder(settings, environments).build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            return RequiredSettings.problems(environment);
        }
    }

    private static io.micronaut.context.ApplicationContextBuilder builder(
            Map<String, Object> settings, String... environments) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .deduceCloudEnvironment(false)
                .environmentPropertySource(false)
                .environments(environments)
                .properties(settings);
    }

    private static String message(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
