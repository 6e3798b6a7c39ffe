package de.lotse.platform.openapi;

import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.visitor.TypeElementVisitor;
import io.micronaut.inject.visitor.VisitorContext;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/**
 * Documents the {@code Idempotency-Key} header, which the platform's filter accepts on every POST, in
 * each service's OpenAPI document — without an annotation on every controller method. Runs during the
 * services' compilation before micronaut-openapi's controller visitor (a higher order runs first) and
 * adds a method-level {@code @Parameter} to each {@code @Post} of a {@code @Controller}, unless the
 * method documents the header itself: a reference to the component {@code IdempotencyKey}, which
 * {@code lotse-openapi/idempotency-key.yml} on this jar defines (the services merge it into their
 * documents through {@code micronaut.openapi.additional.files=classpath:…}, see the parent pom).
 */
public final class IdempotencyKeyDocumentation implements TypeElementVisitor<Object, Object> {
    static final String HEADER = "Idempotency-Key";
    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String POST = "io.micronaut.http.annotation.Post";
    /** Defined once per document by {@code lotse-openapi/idempotency-key.yml} (merged as an additional file). */
    static final String REF = "#/components/parameters/IdempotencyKey";

    @Override
    public void visitMethod(MethodElement element, VisitorContext context) {
        if (!element.hasDeclaredAnnotation(POST) || !element.getDeclaringType().hasStereotype(CONTROLLER)) {
            return;
        }
        boolean documented = element.getDeclaredAnnotationValuesByType(Parameter.class).stream()
                .anyMatch(parameter -> parameter
                        .stringValue("name")
                        .filter(HEADER::equalsIgnoreCase)
                        .isPresent());
        if (documented) {
            return;
        }
        // micronaut-openapi ignores the schema of a method-level @Parameter, so the parameter itself (string,
        // 1-255 visible ASCII characters) is a component the document refers to
        element.annotate(
                Parameter.class,
                parameter -> parameter
                        .member("name", HEADER)
                        .member("in", ParameterIn.HEADER)
                        .member("ref", REF));
    }

    @Override
    public int getOrder() {
        // micronaut-openapi's controller visitor has 50; higher orders visit first
        return 1000;
    }

    @Override
    public VisitorKind getVisitorKind() {
        return VisitorKind.ISOLATING;
    }
}
