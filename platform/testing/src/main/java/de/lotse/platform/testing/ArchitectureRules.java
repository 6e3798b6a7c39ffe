package de.lotse.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering rules of ARCHITECTURE.md §3 and §2, checked on a service's own classes:
 * domain code is plain Java; only the platform talks to a Kafka producer (business code
 * publishes through the outbox); API code does not reach into infrastructure directly.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {
    }

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }

    static java.util.List<ArchRule> rules() {
        return java.util.List.of(
                noClasses().that().resideInAPackage("..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "io.micronaut..", "jakarta..", "org.apache.kafka..", "java.sql..", "javax.sql..",
                                "..api..", "..infrastructure..", "..application..")
                        .because("domain rules stay free of HTTP, Kafka, SQL and framework code")
                        // a read-model service may have no domain package
                        .allowEmptyShould(true),
                noClasses().that().resideOutsideOfPackage("de.lotse.platform..")
                        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.producer..")
                        .because("business code publishes only through the transactional outbox"),
                noClasses().that().resideInAPackage("..api..")
                        .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                        .because("controllers go through the application layer")
                        .allowEmptyShould(true));
    }
}
