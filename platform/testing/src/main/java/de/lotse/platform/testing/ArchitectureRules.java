package de.lotse.platform.testing;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
                        .allowEmptyShould(true),
                classes().that().areAnnotatedWith(KAFKA_LISTENER)
                        .should(retryFailedRecords())
                        .because("InboundEvents throws DatabaseUnavailable while the database is away: a retrying "
                                + "listener comes back to the record, any other error strategy would skip it")
                        .allowEmptyShould(true));
    }

    private static final String KAFKA_LISTENER = "io.micronaut.configuration.kafka.annotation.KafkaListener";

    private static ArchCondition<JavaClass> retryFailedRecords() {
        return new ArchCondition<>("retry a failed record without limit (errorStrategy RETRY_ON_ERROR, "
                + "retryCount Integer.MAX_VALUE)") {
            @Override
            public void check(JavaClass listener, ConditionEvents events) {
                Object strategy = listener.getAnnotationOfType(KAFKA_LISTENER).get("errorStrategy").orElse(null);
                Object value = strategy instanceof JavaAnnotation<?> annotation ? annotation.get("value").orElse(null) : null;
                String name = value instanceof JavaEnumConstant constant ? constant.name() : String.valueOf(value);
                Object retries = strategy instanceof JavaAnnotation<?> annotation ? annotation.get("retryCount").orElse(null) : null;
                events.add(new SimpleConditionEvent(listener, name.startsWith("RETRY_")
                        && Integer.valueOf(Integer.MAX_VALUE).equals(retries),
                        listener.getName() + " has errorStrategy " + name + " with retryCount " + retries));
            }
        };
    }
}
