package de.lotse.assessment;

import de.lotse.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    @Test
    void respectsLayeringRules() {
        ArchitectureRules.check("de.lotse.assessment");
    }
}
