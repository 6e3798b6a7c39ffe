package de.lotse.platform.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform by purpose (docs/architecture.md "Platform"): the published language (event contracts, topics, codes)
 * stands alone; messaging (outbox, inbox, dead letters) knows nothing of the web; the shared kernel's business rules
 * are not reached from infrastructure; domain errors are plain Java. And it keeps the rules it asks of the services:
 * its stores bind SQL by name, it knows no service.
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
        noClasses()
                .that()
                .resideInAnyPackage("..casereference..", "..policyreference..")
                .should()
                .beAnnotatedWith("io.micronaut.configuration.kafka.annotation.KafkaListener")
                .orShould()
                .beAnnotatedWith("io.micronaut.http.annotation.Controller")
                .orShould()
                .beAnnotatedWith("io.micronaut.context.annotation.Requires")
                .check(PLATFORM);
    }

    private static final String[] PUBLISHED_LANGUAGE = {
        "de.lotse.platform.contracts..", "de.lotse.platform.events..", "de.lotse.platform.codes.."
    };
    private static final String[] MESSAGING = {"de.lotse.platform.outbox..", "de.lotse.platform.inbox.."};
    private static final String[] WEB = {
        "de.lotse.platform.web..",
        "de.lotse.platform.problem..",
        "de.lotse.platform.security..",
        "de.lotse.platform.input..",
        "de.lotse.platform.idempotency..",
        "de.lotse.platform.openapi..",
        "de.lotse.platform.health.."
    };

    @Test
    void thePublishedLanguageStandsAlone() {
        noClasses()
                .that()
                .resideInAnyPackage(PUBLISHED_LANGUAGE)
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("de.lotse.platform..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(PUBLISHED_LANGUAGE)))
                .because("every service reads the events; they carry ids, codes, counts and dates, nothing that "
                        + "ties a consumer to the platform's infrastructure")
                .check(PLATFORM);
    }

    @Test
    void messagingKnowsNothingOfTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(MESSAGING)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB)
                .because("outbox and inbox run the same for a request and a consumed event")
                .check(PLATFORM);
    }

    @Test
    void infrastructureNeverReachesTheSharedKernel() {
        noClasses()
                .that()
                .resideOutsideOfPackages("de.lotse.platform.kernel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.lotse.platform.kernel..")
                .because("business rules live in the services or in the named shared kernel, which the services "
                        + "call; infrastructure applies none")
                .check(PLATFORM);
    }

    @Test
    void domainErrorsArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.platform.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "de.lotse.platform.problem..", "de.lotse.platform.web..")
                .because("domain code throws them; the web layer maps them")
                .check(PLATFORM);
    }

    @Test
    void knowsNoService() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ArchitectureRules.SERVICES.stream()
                        .map(service -> "de.lotse." + service + "..")
                        .toArray(String[]::new))
                .because("the platform is shared by every service and serves them all alike")
                .check(PLATFORM);
    }
}
