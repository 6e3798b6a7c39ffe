package de.lotse.planning;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    @Test
    void respectsLayeringRules() {
        ArchitectureRules.check("de.lotse.planning");
    }

    /** PANKOW 4.4: refusing or revoking a consent can never lead to a sanction — planning cannot even know of it. */
    @Test
    void planningNeverReadsAConsentEvent() {
        JavaClasses planning = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.lotse.planning");
        noClasses().should().dependOnClassesThat().belongToAnyOf(ConsentGranted.class, ConsentRevoked.class)
                .because("the benefit-reduction check must not be able to learn a consent status")
                .check(planning);
    }
}
