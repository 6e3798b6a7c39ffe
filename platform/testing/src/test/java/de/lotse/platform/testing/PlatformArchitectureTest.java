package de.lotse.platform.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform keeps the rules it asks of the services: its own stores (outbox, inbox, audit, references) bind SQL
 * by name, and it knows no service.
 */
class PlatformArchitectureTest {
    /** The platform's production code: this module's test support may poll tables the way tests do. */
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.lotse.platform")
            .that(JavaClass.Predicates.resideOutsideOfPackage("de.lotse.platform.testing.."));

    @Test
    void bindsSqlParametersByName() {
        ArchitectureRules.namedParametersOnly().forEach(rule -> rule.check(PLATFORM));
    }

    /**
     * The shared projections are a library: each service that keeps case or policy references wires the listener
     * and the endpoint in its own packages (a subclass), so no configuration switch turns on foreign consumers.
     */
    @Test
    void sharedProjectionsAreWiredByTheServices() {
        noClasses().that().resideInAnyPackage("..casereference..", "..policyreference..")
                .should().beAnnotatedWith("io.micronaut.configuration.kafka.annotation.KafkaListener")
                .orShould().beAnnotatedWith("io.micronaut.http.annotation.Controller")
                .orShould().beAnnotatedWith("io.micronaut.context.annotation.Requires")
                .check(PLATFORM);
    }

    @Test
    void knowsNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ArchitectureRules.SERVICES.stream()
                        .map(service -> "de.lotse." + service + "..").toArray(String[]::new))
                .because("the platform is shared by every service and serves them all alike")
                .check(PLATFORM);
    }
}
