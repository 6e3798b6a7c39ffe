package de.lotse.platform.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering rules of ARCHITECTURE.md §3 and §2, checked on a service's own classes:
 * domain code is plain Java; only the platform talks to a Kafka producer (business code
 * publishes through the outbox); API code does not reach into infrastructure directly; every route
 * says which roles may call it.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        for (ArchRule rule : rules(basePackage)) {
            rule.check(classes);
        }
        for (ArchRule rule : namedParametersOnly()) {
            rule.check(classes);
        }
    }

    /**
     * Production code binds SQL parameters by name ({@code platform.jdbc.Statements}), never by position: a
     * positional {@code setX(n, …)} binds a value to the wrong column without any error when a statement changes.
     * Only {@code platform.jdbc} itself binds positionally (it turns named statements into JDBC's form).
     */
    public static java.util.List<ArchRule> namedParametersOnly() {
        return java.util.List.of(
                noClasses()
                        .that()
                        .resideOutsideOfPackage("de.lotse.platform.jdbc..")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("de.lotse.platform.jdbc.Sql")
                        .because("platform.jdbc.Statements binds by name (docs/architecture.md \"SQL\")"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("de.lotse.platform.jdbc..")
                        .should()
                        .callMethodWhere(bindsAParameterByPosition())
                        .because("platform.jdbc.Statements binds by name (docs/architecture.md \"SQL\")"));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> bindsAParameterByPosition() {
        return DescribedPredicate.describe(
                "bind a PreparedStatement parameter by its position (setX(n, …))",
                call -> call.getTargetOwner().isAssignableTo(java.sql.PreparedStatement.class)
                        && call.getName().startsWith("set")
                        && call.getTarget().getRawParameterTypes().size() >= 2
                        && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(int.class));
    }

    /** The services; none may depend on another (they talk only through Kafka topics). */
    static final java.util.List<String> SERVICES =
            java.util.List.of("intake", "assessment", "planning", "network", "reporting");

    static java.util.List<ArchRule> rules(String basePackage) {
        String[] otherServices = SERVICES.stream()
                .map(service -> "de.lotse." + service + "..")
                .filter(service -> !service.equals(basePackage + ".."))
                .toArray(String[]::new);
        return java.util.List.of(
                noClasses()
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(otherServices)
                        .because("services never depend on each other: they share only the published language of "
                                + "platform.contracts and talk through Kafka (docs/architecture.md)"),
                slices().matching(basePackage + ".(*)..")
                        .namingSlices("feature $1")
                        .should()
                        .beFreeOfCycles()
                        .because("a feature that needs another's facts gets them through that feature's application "
                                + "layer in one direction; a cycle makes neither changeable alone"),
                noClasses()
                        .that()
                        .resideInAPackage("..messaging..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("..infrastructure..", "..api..")
                        .because("a consumed event is a use case like a request: listeners call the application "
                                + "layer, which owns the transaction, the inbox claim and the rules")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAnyPackage("..domain..", "..application..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("io.micronaut.http..", "de.lotse.platform.problem..")
                        .because("domain and application code refuse with domain errors (platform.domain: "
                                + "RuleViolation, StateConflict, NotFound, AccessDenied, InvalidInput); the web layer "
                                + "maps them to HTTP statuses and problem+json in one place"),
                classes()
                        .should(haveASimpleNameNoOtherClassHas())
                        .because("two classes of one name in one service make every search, stack trace and "
                                + "import ambiguous"),
                noClasses()
                        .that()
                        .resideInAPackage("..domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "io.micronaut..",
                                "jakarta..",
                                "org.apache.kafka..",
                                "java.sql..",
                                "javax.sql..",
                                "..api..",
                                "..infrastructure..",
                                "..application..")
                        .because("domain rules stay free of HTTP, Kafka, SQL and framework code")
                        // a read-model service may have no domain package
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("de.lotse.platform..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.kafka.clients.producer..")
                        .because("business code publishes only through the transactional outbox"),
                noClasses()
                        .that()
                        .resideInAPackage("..api..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("..infrastructure..")
                        .because("controllers go through the application layer")
                        .allowEmptyShould(true),
                classes()
                        .that()
                        .areAnnotatedWith(KAFKA_LISTENER)
                        .should(retryFailedRecords())
                        .because("InboundEvents throws DatabaseUnavailable while the database is away: a retrying "
                                + "listener comes back to the record, any other error strategy would skip it")
                        .allowEmptyShould(true),
                methods()
                        .that()
                        .areDeclaredInClassesThat()
                        .areAnnotatedWith(CONTROLLER)
                        .and(areRoutes())
                        .should(stateWhoMayCallThem())
                        .because("every endpoint names the roles that may call it (@Secured on the method or its "
                                + "controller); one forgotten annotation would otherwise fall back to configuration "
                                + "(OWASP API5, docs/security.md)")
                        .allowEmptyShould(true));
    }

    private static final String KAFKA_LISTENER = "io.micronaut.configuration.kafka.annotation.KafkaListener";
    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String SECURED = "io.micronaut.security.annotation.Secured";
    private static final java.util.Set<String> ROUTES =
            java.util.Set.of("Get", "Post", "Put", "Delete", "Patch", "Head", "Options").stream()
                    .map(verb -> "io.micronaut.http.annotation." + verb)
                    .collect(java.util.stream.Collectors.toSet());

    /** Top-level classes only: Micronaut's generated bean definitions ({@code $…}) and nested types don't count. */
    private static ArchCondition<JavaClass> haveASimpleNameNoOtherClassHas() {
        return new ArchCondition<>("have a simple name no other class of the service has") {
            private java.util.Map<String, java.util.List<String>> byName = java.util.Map.of();

            @Override
            public void init(java.util.Collection<JavaClass> all) {
                byName = all.stream()
                        .filter(ArchitectureRules::countsForItsName)
                        .collect(java.util.stream.Collectors.groupingBy(
                                JavaClass::getSimpleName,
                                java.util.stream.Collectors.mapping(
                                        JavaClass::getName, java.util.stream.Collectors.toList())));
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                java.util.List<String> named = byName.getOrDefault(item.getSimpleName(), java.util.List.of());
                if (countsForItsName(item) && named.size() > 1) {
                    events.add(SimpleConditionEvent.violated(
                            item,
                            item.getName() + ": simple name " + item.getSimpleName() + " is also used by " + named));
                }
            }
        };
    }

    /** Top-level classes only: Micronaut's generated bean definitions ({@code $…}) and nested types don't count. */
    private static boolean countsForItsName(JavaClass item) {
        return !item.getName().substring(item.getPackageName().length() + 1).contains("$");
    }

    private static DescribedPredicate<JavaMethod> areRoutes() {
        return DescribedPredicate.describe(
                "are routes",
                method -> method.getAnnotations().stream()
                        .anyMatch(annotation ->
                                ROUTES.contains(annotation.getRawType().getName())));
    }

    private static ArchCondition<JavaMethod> stateWhoMayCallThem() {
        return new ArchCondition<>("be annotated with @Secured, or be declared in a controller that is") {
            @Override
            public void check(JavaMethod route, ConditionEvents events) {
                boolean secured =
                        route.isAnnotatedWith(SECURED) || route.getOwner().isAnnotatedWith(SECURED);
                events.add(new SimpleConditionEvent(
                        route,
                        secured,
                        route.getFullName() + (secured ? " states" : " does not state") + " who may call it"));
            }
        };
    }

    private static ArchCondition<JavaClass> retryFailedRecords() {
        return new ArchCondition<>("retry a failed record without limit (errorStrategy RETRY_ON_ERROR, "
                + "retryCount Integer.MAX_VALUE)") {
            @Override
            public void check(JavaClass listener, ConditionEvents events) {
                Object strategy = listener.getAnnotationOfType(KAFKA_LISTENER)
                        .get("errorStrategy")
                        .orElse(null);
                Object value = strategy instanceof JavaAnnotation<?> annotation
                        ? annotation.get("value").orElse(null)
                        : null;
                String name = value instanceof JavaEnumConstant constant ? constant.name() : String.valueOf(value);
                Object retries = strategy instanceof JavaAnnotation<?> annotation
                        ? annotation.get("retryCount").orElse(null)
                        : null;
                events.add(new SimpleConditionEvent(
                        listener,
                        name.startsWith("RETRY_")
                                && Integer.valueOf(Integer.MAX_VALUE).equals(retries),
                        listener.getName() + " has errorStrategy " + name + " with retryCount " + retries));
            }
        };
    }
}
