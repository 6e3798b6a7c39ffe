package de.lotse.platform.testing.fuzz;

import java.util.Map;

/**
 * One request the fuzzer sends, already encoded.
 *
 * @param operation   the operation it targets
 * @param description what differs from the operation's valid request, e.g. {@code body.note = 100 kB string}
 * @param rawPath     the path with encoded path values
 * @param rawQuery    the encoded query string without {@code ?}; empty for none
 * @param headers     headers besides {@code Authorization}
 * @param body        the body text; null for none
 * @param token       the bearer token; null for none
 */
public record FuzzRequest(
        ApiOperation operation,
        String description,
        String rawPath,
        String rawQuery,
        Map<String, String> headers,
        String body,
        String token) {

    public String method() {
        return operation.method();
    }

    public String target() {
        return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    /** What a person needs to repeat it: method, target, headers and the body (long values cut, control characters escaped). */
    public String show() {
        StringBuilder text = new StringBuilder(method()).append(' ').append(Texts.excerpt(target(), 300));
        headers.forEach(
                (name, value) -> text.append("\n    ").append(name).append(": ").append(Texts.excerpt(value, 100)));
        if (body != null) {
            text.append("\n    body: ").append(Texts.excerpt(body, 600));
        }
        return text.toString();
    }
}
