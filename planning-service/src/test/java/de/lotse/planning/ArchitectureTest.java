package de.lotse.planning;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.lotse.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses PLANNING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.lotse.planning");

    @Test
    void respectsLayeringRules() {
        ArchitectureRules.check("de.lotse.planning");
    }

    /**
     * docs/domain.md §14 (PANKOW 4.4): refusing or revoking a consent can never lead to a sanction — planning cannot
     * even know of it: no class of planning touches any consent contract of the platform.
     */
    @Test
    void planningNeverReadsAConsent() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Consent")
                .because("the benefit-reduction check must not be able to learn a consent status")
                .check(PLANNING);
    }

    /**
     * docs/domain.md §14: a reduction check reads only the records that can show a breach — written duty demands,
     * offers, measures — never plans and their free-text steps, notes or contacts.
     */
    @Test
    void aReductionCheckReadsOnlyRecordsThatCanShowABreach() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.planning.reductions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "de.lotse.planning.plans..",
                        "de.lotse.planning.notes..",
                        "de.lotse.planning.contacts..",
                        "de.lotse.planning.reviews..")
                .check(PLANNING);
    }
}
