package de.lotse.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operation's valid request in editable form: path values, query pairs and headers as encoded
 * text, the body as JSON. {@link #variant(String)} copies it for one mutation.
 */
final class RequestTemplate {
    final ApiOperation operation;
    final Map<String, String> path = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    JsonNode body;
    String rawBody;
    String token;

    RequestTemplate(ApiOperation operation) {
        this.operation = operation;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String bodyText() {
        return rawBody != null ? rawBody : body == null ? null : body.toString();
    }

    Variant variant(String description) {
        Variant variant = new Variant(description);
        variant.path.putAll(path);
        query.forEach(pair -> variant.query.add(pair.clone()));
        variant.headers.putAll(headers);
        variant.body = bodyText();
        variant.token = token;
        return variant;
    }

    FuzzRequest valid() {
        return variant("valid request").request();
    }

    /** One request under construction. */
    final class Variant {
        final String description;
        final Map<String, String> path = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String body;
        String token;

        Variant(String description) {
            this.description = description;
        }

        Variant withQuery(String rawName, String rawValue) {
            query.removeIf(pair -> pair[0].equals(rawName));
            query.add(new String[] {rawName, rawValue});
            return this;
        }

        Variant withoutQuery(String rawName) {
            query.removeIf(pair -> pair[0].equals(rawName));
            return this;
        }

        FuzzRequest request() {
            String rawPath = operation.path();
            for (Map.Entry<String, String> value : path.entrySet()) {
                rawPath = rawPath.replace("{" + value.getKey() + "}", value.getValue());
            }
            StringBuilder rawQuery = new StringBuilder();
            for (String[] pair : query) {
                if (rawQuery.length() > 0) {
                    rawQuery.append('&');
                }
                rawQuery.append(pair[0]).append('=').append(pair[1]);
            }
            // a null value leaves the header out (a body without Content-Type)
            Map<String, String> allHeaders = new LinkedHashMap<>();
            if (body != null && !headers.containsKey("Content-Type")) {
                allHeaders.put("Content-Type", "application/json");
            }
            headers.forEach((name, value) -> {
                if (value != null) {
                    allHeaders.put(name, value);
                }
            });
            return new FuzzRequest(operation, description, rawPath, rawQuery.toString(), allHeaders, body, token);
        }
    }
}
