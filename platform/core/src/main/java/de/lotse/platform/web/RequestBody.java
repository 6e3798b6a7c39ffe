package de.lotse.platform.web;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * The request body as the platform's input filter read it, for the filters after it. Reading the body
 * once matters: two filters that each split the request's byte body race on Micronaut's shared buffer
 * (4.10: an {@code AssertionError} in {@code BaseSharedBuffer.subscribeFull0} with assertions on, and
 * a 500), so the input filter keeps its bytes in a request attribute and the idempotency filter, which
 * runs after it, hashes those.
 */
public final class RequestBody {
    private static final String ATTRIBUTE = "lotse.request-body";

    private RequestBody() {}

    /** Records the body bytes read for this request (an empty array for a request without body). */
    public static void remember(HttpRequest<?> request, byte[] body) {
        request.setAttribute(ATTRIBUTE, body);
    }

    /** The body bytes a filter before this one read, if one did. */
    public static Optional<byte[]> read(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, byte[].class);
    }
}
