package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One service's API as the import client uses it: JSON in, JSON out, the administrator's token. A service that is
 * away or overloaded (connection refused, 502–504, 429) is asked again with growing pauses; a refusal (4xx) is
 * an answer, never retried.
 */
public final class ServiceClient {
    private static final int ATTEMPTS = 5;

    private final String name;
    private final URI base;
    private final String token;
    private final ObjectMapper json;
    private final HttpClient http;

    public ServiceClient(String name, URI base, String token, ObjectMapper json) {
        this.name = name;
        this.base = base;
        this.token = token;
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A service's answer: its status and body (a problem document for a refusal). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    public Answer post(String path, JsonNode body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    public Answer put(String path, JsonNode body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    public String name() {
        return name;
    }

    private Answer send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status != 429 && (status < 502 || status > 504)) {
                    byte[] bytes = response.body();
                    return new Answer(status, bytes.length == 0 ? json.nullNode() : json.readTree(bytes));
                }
                failure = new IOException(name + " antwortet " + status);
            } catch (IOException e) {
                failure = e;
            }
            Thread.sleep(500L * attempt * attempt);
        }
        throw new IOException(name + " ist nicht erreichbar: " + failure.getMessage(), failure);
    }
}
