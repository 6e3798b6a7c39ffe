package de.lotse.platform.testing.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service's fuzz test knows about an operation's valid request beyond its document: the
 * path values of records in the right state, a body that passes the business rules, query values,
 * and the token of a caller the record belongs to. Whatever is left out the harness derives from
 * the document and the fixtures' defaults.
 */
public final class Example {
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    Object body;
    String token;
    String role;

    public static Example create() {
        return new Example();
    }

    /** A request body: a Map/List/record (written as JSON) or a JSON text. */
    public static Example body(Object body) {
        return new Example().withBody(body);
    }

    public static Example path(String name, Object value) {
        return new Example().withPath(name, value);
    }

    public Example withBody(Object body) {
        this.body = body;
        return this;
    }

    public Example withPath(String name, Object value) {
        path.put(name, String.valueOf(value));
        return this;
    }

    public Example withQuery(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    public Example withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The caller: a token for this request, e.g. of the case manager the fresh case belongs to. */
    public Example withToken(String token) {
        this.token = token;
        return this;
    }

    /** Which of the permitted roles calls (the fixtures' token for it); default: the first permitted role with a token. */
    public Example asRole(String role) {
        this.role = role;
        return this;
    }
}
