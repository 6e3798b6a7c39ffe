package de.lotse.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers on every answer, successes and problems alike (401/403 from the security filter, 404,
 * 405, 413, CSV downloads): {@code X-Content-Type-Options: nosniff}, so a browser never runs an
 * answer as something it was not declared to be; {@code Cache-Control: no-store}, so no browser or
 * proxy keeps personal data of an API answer (and health and metrics are always read fresh). Only
 * the API documentation and Swagger UI ({@code /swagger/}, {@code /swagger-ui/}) carry no personal
 * data and may be kept, after asking again ({@code no-cache}). A request the HTTP decoder refuses
 * never reaches the filters; its problem gets the same headers from {@code ProblemResponses}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class ResponseHeadersFilter implements Ordered {
    static final String NOSNIFF = "nosniff";
    static final String NO_STORE = "no-store";
    static final String DOCUMENTATION = "no-cache";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        apply(request.getPath(), response);
    }

    /** Sets both headers for an answer to that path. */
    public static void apply(String path, MutableHttpResponse<?> response) {
        response.getHeaders().set("X-Content-Type-Options", NOSNIFF);
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, isDocumentation(path) ? DOCUMENTATION : NO_STORE);
    }

    static boolean isDocumentation(String path) {
        return path.equals("/swagger") || path.startsWith("/swagger/") || path.startsWith("/swagger-ui/");
    }

    @Override
    public int getOrder() {
        // outside the security filter, so its 401 and 403 get the headers too
        return ServerFilterPhase.FIRST.after();
    }
}
