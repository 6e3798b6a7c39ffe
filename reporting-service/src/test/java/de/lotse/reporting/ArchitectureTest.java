package de.lotse.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.lotse.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.lotse.reporting");

    /**
     * The direction of the published figures (docs/reporting.md, "Disclosure control"): caseload, quality and
     * outcomes read them through disclosure; snapshots takes them from those features. The cycle rule alone would
     * also accept the opposite direction.
     */
    @Test
    void disclosureKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.reporting.disclosure..")
                .should()
                .dependOnClassesThat(resideInAPackage("de.lotse.reporting..")
                        .and(not(resideInAPackage("de.lotse.reporting.disclosure.."))))
                .because("disclosure control is the same for every feature; features depend on it")
                .check(CLASSES);
    }

    @Test
    void noFeatureKnowsSnapshots() {
        noClasses()
                .that()
                .resideOutsideOfPackage("de.lotse.reporting.snapshots..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.lotse.reporting.snapshots..")
                .because("snapshots takes the figures from the features; they read them back through "
                        + "disclosure.application.PublishedFigures")
                .check(CLASSES);
    }

    @Test
    void respectsLayeringRules() {
        ArchitectureRules.check("de.lotse.reporting");
    }
}
