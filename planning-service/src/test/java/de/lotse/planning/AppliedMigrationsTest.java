package de.lotse.planning;

import de.lotse.platform.testing.AppliedMigrations;
import org.junit.jupiter.api.Test;

/** The service's applied migrations stay as they were applied (manifest: src/test/resources/applied-migrations). */
class AppliedMigrationsTest {
    @Test
    void appliedMigrationsKeepTheirVersionsAndContent() {
        AppliedMigrations.check("db/migration");
    }
}
