package de.lotse.platform.input;

import de.lotse.platform.input.ControlCharacters.Finding;
import de.lotse.platform.problem.Problem;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.problem.ProblemResponses;
import de.lotse.platform.web.RequestBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose text carries a control character or a lone surrogate before any service
 * code sees it: every query parameter name and value, path segment, header value and every string
 * value and key of a JSON body. The answer is 400 problem+json with one violation per field (rule
 * {@code control-character}); nothing is bound, run or written. TAB, LF and CR pass only in body
 * properties marked {@link MultiLine}, found through the matched route's body type.
 * <p>
 * It runs right after the security filter, so an anonymous or forbidden caller gets its 401/403
 * without the body being read. The body is read from a split of the request's byte body, so the
 * controller still binds the original; a body that is not JSON, or a route without a body, is not
 * scanned.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InputHygieneFilter implements Ordered {
    private final JsonInputScanner scanner = new JsonInputScanner();
    private final MultiLineFields multiLineFields = new MultiLineFields();

    /**
     * Runs once the body is buffered: Micronaut binds {@code @Body byte[]} of a filter method from a
     * split of the request's byte body, and the controller binds the original. (A filter returning a
     * future that completes later with "proceed", i.e. null, breaks the chain in Micronaut 4.10: its
     * execution flow skips the continuation for a null value.)
     */
    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        // the filters after this one (idempotency) use these bytes: a second split of the body races with this one
        RequestBody.remember(request, body == null ? new byte[0] : body);
        List<Problem.Violation> violations = new ArrayList<>();
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        checkPath(request, route, violations);
        checkQuery(request, violations);
        checkHeaders(request, violations);
        if (violations.isEmpty() && body != null && body.length > 0 && route != null && isJson(request)) {
            Argument<?> bodyType = bodyType(route.getRouteInfo());
            if (bodyType != null) {
                violations.addAll(scanner.scan(body, isWholeBody(bodyType) ? multiLineFields.of(bodyType) : null));
            }
        }
        return violations.isEmpty() ? null : refuse(request, violations);
    }

    private static void checkPath(
            HttpRequest<?> request, @Nullable RouteMatch<?> route, List<Problem.Violation> violations) {
        if (route instanceof UriRouteMatch<?, ?> uriRoute) {
            for (Map.Entry<String, Object> variable :
                    uriRoute.getVariableValues().entrySet()) {
                if (variable.getValue() instanceof CharSequence value) {
                    add(violations, variable.getKey(), ControlCharacters.find(value), false);
                }
            }
            if (!violations.isEmpty()) {
                return;
            }
        }
        add(violations, "path", ControlCharacters.find(decoded(request.getPath())), false);
    }

    /** The path as the router reads it: percent-decoded as UTF-8 ({@code +} stays a plus in a path). */
    private static String decoded(String rawPath) {
        if (rawPath.indexOf('%') < 0) {
            return rawPath;
        }
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return rawPath; // the router refuses it
        }
    }

    private static void checkQuery(HttpRequest<?> request, List<Problem.Violation> violations) {
        HttpParameters parameters;
        try {
            parameters = request.getParameters();
            parameters.names();
        } catch (IllegalArgumentException malformed) {
            // e.g. "%ZZ": no text to check, and no route could read it either
            violations.add(new Problem.Violation(
                    "query", "encoding", "Die Abfrage ist nicht gültig kodiert (Prozent-Kodierung, UTF-8)."));
            return;
        }
        for (String name : parameters.names()) {
            Finding inName = ControlCharacters.find(name);
            if (inName != null) {
                add(violations, ControlCharacters.visible(name), inName, false);
                continue;
            }
            for (String value : parameters.getAll(name)) {
                if (add(violations, name, ControlCharacters.find(value), false)) {
                    break;
                }
            }
        }
    }

    private static void checkHeaders(HttpRequest<?> request, List<Problem.Violation> violations) {
        for (String name : request.getHeaders().names()) {
            for (String value : request.getHeaders().getAll(name)) {
                if (!ControlCharacters.acceptableHeaderValue(value)) {
                    violations.add(new Problem.Violation(
                            name, JsonInputScanner.RULE, ControlCharacters.message(Finding.CONTROL)));
                    break;
                }
            }
        }
    }

    private static boolean add(
            List<Problem.Violation> violations, String field, @Nullable Finding finding, boolean multiLine) {
        if (ControlCharacters.acceptable(finding, multiLine)) {
            return false;
        }
        violations.add(new Problem.Violation(field, JsonInputScanner.RULE, ControlCharacters.message(finding)));
        return true;
    }

    /** The argument the body binds to; null when the route takes no body. */
    @Nullable
    private static Argument<?> bodyType(RouteInfo<?> route) {
        return route.isPermitsRequestBody() ? route.getRequestBodyType().orElse(null) : null;
    }

    /** {@code @Body T body}, not {@code @Body("name") String part}: only then is the JSON root the body type. */
    private static boolean isWholeBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class)
                && argument.getAnnotationMetadata().stringValue(Body.class).isEmpty();
    }

    private static boolean isJson(HttpRequest<?> request) {
        MediaType type = request.getContentType().orElse(null);
        // without a Content-Type the JSON binding reads the body all the same
        return type == null
                || MediaType.APPLICATION_JSON_TYPE.matches(type)
                || type.getSubtype().endsWith("+json");
    }

    private static HttpResponse<?> refuse(HttpRequest<?> request, List<Problem.Violation> violations) {
        String fields = String.join(
                ", ",
                violations.stream()
                        .map(v -> v.field() == null ? "Anfrage" : v.field())
                        .distinct()
                        .toList());
        ProblemException refusal = new ProblemException(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Die Anfrage enthält Zeichen, die nicht erlaubt sind: " + fields + ".",
                violations);
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(Problem.MEDIA_TYPE)
                .body(ProblemResponses.of(refusal, request));
    }

    @Override
    public int getOrder() {
        // after authentication and authorization: an anonymous caller learns nothing and costs no body read
        return ServerFilterPhase.SECURITY.after();
    }
}
