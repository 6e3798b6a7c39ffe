package de.lotse.platform.problem;

import de.lotse.platform.correlation.Correlation;
import de.lotse.platform.jdbc.DatabaseFailures;
import de.lotse.platform.web.ResponseHeadersFilter;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders every error response of the service (validation, unreadable JSON, missing body,
 * unknown route, refused business rule, server error) as {@code application/problem+json}.
 * Replaces Micronaut's default error body so that the built-in exception handlers produce
 * problems too.
 */
@Primary
@Singleton
public class ProblemResponses implements ErrorResponseProcessor<Problem> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemResponses.class);
    // serde and jackson name the property in brackets: "Error decoding property [Route route] of type ..."
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[\\w.<>, ]+ )?(\\w+)\\]");
    private static final Pattern JACKSON_PATH = Pattern.compile("through reference chain: .*\\[\"(\\w+)\"\\]");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Throwable cause = context.getRootCause().orElse(null);
        // resilience (issue 15, item 10): whatever wrapped it, a database that is away is a 503, never a 500
        if (status == HttpStatus.INTERNAL_SERVER_ERROR && cause != null && DatabaseFailures.isTransient(cause)) {
            Problem unavailable =
                    of(ProblemException.unavailable(DatabaseRefusals.UNAVAILABLE_MESSAGE), context.getRequest());
            return response.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseRefusals.RETRY_AFTER_SECONDS)
                    .contentType(Problem.MEDIA_TYPE)
                    .body(unavailable);
        }
        List<Problem.Violation> violations = violations(cause, context);
        String detail = detail(status, cause, violations, context);
        Problem problem = new Problem(
                type(status, cause),
                title(status),
                status.getCode(),
                detail,
                context.getRequest().getPath(),
                correlationId(context.getRequest()),
                violations);
        // also here: a request the HTTP decoder refused (e.g. a control character in a header) skips the filters
        ResponseHeadersFilter.apply(context.getRequest().getPath(), response);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    public static Problem of(ProblemException exception, HttpRequest<?> request) {
        return new Problem(
                exception.type(),
                title(exception.status()),
                exception.status().getCode(),
                exception.getMessage(),
                request.getPath(),
                correlationId(request),
                exception.violations());
    }

    /**
     * The problem's title in the language of the users: the SPA shows it as the heading of an error,
     * and partner agencies read it too (RFC 9457 leaves the wording to the API).
     */
    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Ungültige Anfrage";
            case UNAUTHORIZED -> "Nicht angemeldet";
            case FORBIDDEN -> "Keine Berechtigung";
            case NOT_FOUND -> "Nicht gefunden";
            case METHOD_NOT_ALLOWED -> "Aktion nicht möglich";
            case NOT_ACCEPTABLE -> "Antwortformat nicht verfügbar";
            case CONFLICT -> "Konflikt mit dem aktuellen Stand";
            case REQUEST_ENTITY_TOO_LARGE -> "Anfrage zu groß";
            case UNSUPPORTED_MEDIA_TYPE -> "Format nicht unterstützt";
            case UNPROCESSABLE_ENTITY -> "Fachliche Regel verletzt";
            case TOO_MANY_REQUESTS -> "Zu viele Anfragen";
            case SERVICE_UNAVAILABLE -> "Dienst vorübergehend nicht verfügbar";
            // never Micronaut's English reason phrase
            default -> status.getCode() >= 500 ? "Interner Fehler" : "Anfrage nicht möglich";
        };
    }

    /**
     * The detail of a refusal that carries no message of ours (Micronaut's own 401, 403, 404, 405,
     * 406, 413, 415, …): its message is English and names internals (URIs, media types, methods).
     */
    static String refusalDetail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Die Anfrage ist ungültig.";
            case UNAUTHORIZED -> "Sie sind nicht (mehr) angemeldet. Bitte melden Sie sich erneut an.";
            case FORBIDDEN -> "Für diese Aktion fehlt Ihnen die Berechtigung.";
            case NOT_FOUND -> "Die angeforderte Seite oder der Datensatz wurde nicht gefunden.";
            case METHOD_NOT_ALLOWED -> "Diese Aktion ist an dieser Stelle nicht möglich.";
            case NOT_ACCEPTABLE -> "Die Antwort kann nicht im gewünschten Format geliefert werden.";
            case CONFLICT -> "Die Anfrage passt nicht zum aktuellen Stand. Bitte neu laden.";
            case REQUEST_ENTITY_TOO_LARGE -> "Die gesendeten Daten sind zu umfangreich.";
            case UNSUPPORTED_MEDIA_TYPE -> "Die gesendeten Daten haben ein Format, das hier nicht angenommen wird.";
            case UNPROCESSABLE_ENTITY -> "Die Anfrage verletzt eine fachliche Regel.";
            case TOO_MANY_REQUESTS -> "Zu viele Anfragen in kurzer Zeit. Bitte etwas später erneut versuchen.";
            default -> "Die Anfrage konnte nicht ausgeführt werden.";
        };
    }

    private static String correlationId(HttpRequest<?> request) {
        return Correlation.current().orElseGet(() -> request.getHeaders().get(Correlation.HEADER));
    }

    private static String type(HttpStatus status, Throwable cause) {
        if (cause instanceof ProblemException problem) {
            return problem.type();
        }
        return switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case NOT_FOUND -> "not-found";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case INTERNAL_SERVER_ERROR -> "server-error";
            default -> "about:blank";
        };
    }

    private static String detail(
            HttpStatus status, Throwable cause, List<Problem.Violation> violations, ErrorContext context) {
        if (status.getCode() >= 500) {
            // never leak internals; the correlation id finds the log line
            return "Interner Fehler. Bitte die Korrelations-ID an den Betrieb melden.";
        }
        if (cause instanceof ProblemException problem) {
            return problem.getMessage();
        }
        if (!violations.isEmpty()) {
            // the fields are named in the violations, for the client to place each message; people read the text
            return (violations.size() == 1 ? "Eine Angabe ist ungültig: " : "Mehrere Angaben sind ungültig: ")
                    + String.join(
                            "; ",
                            violations.stream().map(Problem.Violation::message).toList());
        }
        return refusalDetail(status);
    }

    private static List<Problem.Violation> violations(Throwable cause, ErrorContext context) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (cause instanceof ProblemException problem) {
            return problem.violations();
        }
        if (cause instanceof ConstraintViolationException constraint) {
            for (ConstraintViolation<?> violation : constraint.getConstraintViolations()) {
                violations.add(new Problem.Violation(
                        fieldPath(violation.getPropertyPath()),
                        violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        ConstraintMessages.of(violation)));
            }
            return violations;
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            // a required query value, path variable, header or the body is missing
            violations.add(new Problem.Violation(
                    unsatisfied instanceof UnsatisfiedBodyRouteException
                            ? null
                            : unsatisfied.getArgument().getName(),
                    "required",
                    "Pflichtangabe fehlt"));
            return violations;
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            String name = unsatisfied.getArgument().getName();
            violations.add(new Problem.Violation(
                    "body".equals(name) || "request".equals(name) ? null : name, "required", "Pflichtangabe fehlt"));
            return violations;
        }
        if (cause instanceof ConversionErrorException conversion) {
            String message = messages(conversion);
            Argument<?> argument = conversion.getArgument();
            boolean body = argument.getAnnotationMetadata().hasAnnotation(Body.class);
            Optional<String> field = body
                    ? BodyProperties.pathIn(argument.getType(), message).or(() -> propertyName(message))
                    : propertyName(message);
            if (field.isEmpty()) {
                // helps to teach BodyProperties a new message shape
                LOG.debug(
                        "no field found for a {} error: {}",
                        argument.getType().getSimpleName(),
                        message.replace('\n', '|'));
            }
            boolean syntax = isSyntaxError(message);
            violations.add(new Problem.Violation(
                    field.orElse(body ? null : argument.getName()), syntax ? "json" : "type", typeMessage(syntax)));
            return violations;
        }
        if (cause != null && isJsonError(cause)) {
            String message = messages(cause);
            boolean syntax = isSyntaxError(message) || propertyName(message).isEmpty();
            violations.add(new Problem.Violation(
                    propertyName(message).orElse(null), syntax ? "json" : "type", typeMessage(syntax)));
        }
        return violations;
    }

    private static String typeMessage(boolean syntax) {
        return syntax
                ? "Die gesendeten Daten sind unvollständig oder fehlerhaft aufgebaut."
                : "Unbekannter Wert oder falsches Format (z. B. Text statt Zahl oder Datum).";
    }

    private static boolean isSyntaxError(String message) {
        return message.contains("Unexpected end-of-input")
                || message.contains("Unexpected character")
                || message.contains("Unrecognized token")
                || message.contains("Unexpected close marker");
    }

    private static boolean isJsonError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("Serde")
                    || name.contains("Json")
                    || name.contains("Codec")
                    || name.startsWith("com.fasterxml.jackson")) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable cause) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    static Optional<String> propertyName(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher property = PROPERTY.matcher(message);
        if (property.find()) {
            return Optional.of(property.group(1));
        }
        Matcher path = JACKSON_PATH.matcher(message);
        return path.find() ? Optional.of(path.group(1)) : Optional.empty();
    }

    /** Drops the method and parameter nodes: the client only knows the JSON body's fields. */
    static String fieldPath(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // the index (or key) of a list element sits on the element's node, so it belongs to the
            // list before it: needs[0].code, as the request's JSON reads — not needs.code[0]
            if (node.isInIterable() && !parts.isEmpty() && (node.getIndex() != null || node.getKey() != null)) {
                int last = parts.size() - 1;
                parts.set(
                        last,
                        parts.get(last) + "[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]");
            }
            String name = node.getName();
            if (name == null || name.isEmpty() || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            parts.add(name);
        }
        return parts.isEmpty() ? null : String.join(".", parts);
    }
}
