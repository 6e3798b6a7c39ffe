package de.lotse.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A request the application refuses for a reason the caller can act on. Rendered as
 * problem+json with the given status; never logged as a server error.
 */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final List<Problem.Violation> violations;

    public ProblemException(HttpStatus status, String type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    /** {@code what} was not found (404); the message names no id, people cannot read one. */
    public static ProblemException notFound(String what) {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "not-found", what + ": nicht gefunden. Bitte die Ansicht neu laden.", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail, List.of());
    }

    /** The request does not fit the current state (409), naming the rule. */
    public static ProblemException conflict(String rule, String message) {
        return new ProblemException(
                HttpStatus.CONFLICT, "conflict", message, List.of(new Problem.Violation(null, rule, message)));
    }

    /** The caller may see the object but not do this with it (403), naming the rule. */
    public static ProblemException forbidden(String rule, String message) {
        return new ProblemException(
                HttpStatus.FORBIDDEN, "forbidden", message, List.of(new Problem.Violation(null, rule, message)));
    }

    /** A business rule refuses the request (422), naming the field and the rule. */
    public static ProblemException rule(String field, String rule, String message) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "rule-violated",
                message,
                List.of(new Problem.Violation(field, rule, message)));
    }

    /** Input the bean validation cannot express (400). */
    public static ProblemException invalid(String field, String rule, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                message,
                List.of(new Problem.Violation(field, rule, message)));
    }

    /**
     * A dependency (the database) is away or too slow just now (503); the response carries
     * {@code Retry-After}. Nothing was written: the client repeats the request later, with the same
     * {@code Idempotency-Key} if it sent one.
     */
    public static ProblemException unavailable(String message) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
