package de.lotse.platform.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses to start a service whose database credentials, token issuer, audience or signing keys are
 * not configured, naming every missing setting at once — instead of falling back to a superuser
 * password or a development issuer. Nothing here has a default: {@code ./lotse run} supplies the
 * values from {@code deploy/local/dev.env} (environment {@code dev}), the tests from
 * {@code ServiceTestProperties} (environment {@code test}). The public development signing key is
 * only accepted in those two environments.
 *
 * <p>Runs before every other eager bean (the data source and the Flyway migration among them), so
 * the message is the first and only error.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class RequiredSettings {
    static final String DEV_SECRET = "lotse.security.dev-secret";
    static final String JWKS = "micronaut.security.token.jwt.signatures.jwks";
    private static final Set<String> DEV_ENVIRONMENTS = Set.of(Environment.DEVELOPMENT, Environment.TEST);

    /** A setting without a default: property, environment variable, meaning. */
    record Setting(String property, String variable, String meaning) {
        String describe() {
            return property + " (" + variable + "): " + meaning;
        }
    }

    static final List<Setting> REQUIRED = List.of(
            new Setting(
                    "datasources.default.url",
                    "<SERVICE>_DB_URL, e.g. INTAKE_DB_URL",
                    "JDBC URL of the service's own database"),
            new Setting(
                    "datasources.default.username",
                    "LOTSE_DB_USER",
                    "the application role (DML on the service's tables only)"),
            new Setting("datasources.default.password", "LOTSE_DB_PASSWORD", "its password"),
            new Setting(
                    "flyway.datasources.default.user",
                    "LOTSE_DB_MIGRATION_USER",
                    "the owner role the schema migrations run as"),
            new Setting("flyway.datasources.default.password", "LOTSE_DB_MIGRATION_PASSWORD", "its password"),
            new Setting(
                    "micronaut.security.token.jwt.claims-validators.issuer",
                    "LOTSE_JWT_ISSUER",
                    "the issuer (iss) every token must name"),
            new Setting(
                    "micronaut.security.token.jwt.claims-validators.audience",
                    "LOTSE_JWT_AUDIENCE",
                    "the audience (aud) every token must name"));
    static final Setting SIGNING_KEYS = new Setting(
            JWKS + ".<name>.url",
            "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_OIDC_URL",
            "the identity provider's signing keys (JWKS); the development key (LOTSE_SECURITY_DEV_SECRET) "
                    + "counts only in the dev and test environments");

    RequiredSettings(Environment environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Lotse refuses to start; these settings are missing or not allowed "
                    + "(see deploy/README.md, Configuration):\n  - " + String.join("\n  - ", problems));
        }
    }

    /** Every missing or forbidden setting, one line each; empty when the service may start. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        for (Setting setting : REQUIRED) {
            if (value(environment, setting.property()).isEmpty()) {
                problems.add("missing " + setting.describe());
            }
        }
        boolean development = environment.getActiveNames().stream().anyMatch(DEV_ENVIRONMENTS::contains);
        boolean devSecret = value(environment, DEV_SECRET).isPresent();
        if (devSecret && !development) {
            problems.add("not allowed " + DEV_SECRET + " (LOTSE_SECURITY_DEV_SECRET): the public development key "
                    + "is accepted only in the dev and test environments (MICRONAUT_ENVIRONMENTS), active here: "
                    + environment.getActiveNames());
        }
        boolean jwks = environment.getPropertyEntries(JWKS).stream()
                .anyMatch(name -> value(environment, JWKS + "." + name + ".url").isPresent());
        if (!jwks && !(devSecret && development)) {
            problems.add("missing " + SIGNING_KEYS.describe());
        }
        return problems;
    }

    private static Optional<String> value(Environment environment, String property) {
        try {
            return environment.getProperty(property, String.class).filter(value -> !value.isBlank());
        } catch (ConfigurationException unresolvedPlaceholder) {
            return Optional.empty();
        }
    }
}
