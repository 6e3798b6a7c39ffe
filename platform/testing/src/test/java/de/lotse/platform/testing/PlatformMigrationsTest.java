package de.lotse.platform.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

/**
 * The platform's migrations (outbox, inbox, audit, idempotency keys; the case and policy references the services
 * wire) run in every service's database: they stay as they were applied. Checked from the source tree, which the
 * test runs in.
 */
class PlatformMigrationsTest {
    @ParameterizedTest
    @ValueSource(strings = {"platform", "case-reference", "policy-reference"})
    void appliedMigrationsKeepTheirVersionsAndContent(String location) {
        AppliedMigrations.check(Path.of("../core/src/main/resources/db", location));
    }
}
