package de.lotse.platform.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends fuzz requests to one service over HTTP (an embedded test server or a running system). */
public final class HttpTarget {
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A received answer. */
    public record Answer(int status, String contentType, String body) {}

    public HttpTarget(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String get(String path) {
        Answer answer = send("GET", path, null, null, null, java.util.Map.of());
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.status());
        }
        return answer.body();
    }

    public Answer send(FuzzRequest request) {
        return send(
                request.method(),
                request.target(),
                request.token(),
                request.body(),
                request.headers().get("Content-Type"),
                request.headers());
    }

    private Answer send(
            String method,
            String target,
            String token,
            String body,
            String contentType,
            java.util.Map<String, String> headers) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(baseUrl + target)).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            throw new UnsendableRequest("not a valid URI: " + e.getMessage());
        }
        builder.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((name, value) -> {
            try {
                builder.header(name, value);
            } catch (IllegalArgumentException e) {
                throw new UnsendableRequest("header " + name + " refused by the client: " + e.getMessage());
            }
        });
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response =
                    client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            // a dropped connection is an answer too, and not a good one
            return new Answer(-1, "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request the HTTP client itself refuses to send (not counted). */
    public static final class UnsendableRequest extends RuntimeException {
        UnsendableRequest(String message) {
            super(message);
        }
    }
}
