package de.lotse.devinfra;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The local front door of Lotse: serves the SPA (web/dist), forwards {@code /svc/<service>/...} to
 * the service's {@code /...} (the same routing an ingress does in production, so the SPA never
 * needs CORS), and — only because this is a development system — signs demo users in with the
 * development key ({@code /dev/users}, {@code /dev/token}). {@code /config.json} tells the SPA to
 * use that demo login; with {@code --oidc-authority} it names an OIDC provider instead, as in
 * production, and the demo login is off (the browser tests sign in that way too). It listens on
 * {@code LOTSE_BIND_HOST} (or {@code --host}), the loopback interface by default, like the services
 * of {@code ./lotse run}: its demo login signs anyone in. Its tokens follow the services' token rules
 * ({@link DevTokens}); it checks no token itself — the services do.
 *
 * <pre>DevGateway --port 8080 [--host 127.0.0.1] --web web/dist --route intake=http://127.0.0.1:8081 [--route ...]
 *            [--oidc-authority http://idp/realm --oidc-client-id lotse-web]</pre>
 */
public final class DevGateway {

    /** Hop-by-hop and length headers the JDK client or server sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "content-length",
            "host",
            "expect",
            "upgrade",
            "transfer-encoding",
            "keep-alive",
            "te",
            "trailer",
            "proxy-connection",
            "http2-settings");

    private static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([a-z0-9-]{1,64})\"");
    /**
     * A shorter life than the default, for trying out what happens when a session ends (the SPA's expiry warning and
     * its sign-in again without losing input; browser test "session"): never longer than the default.
     */
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expiresInSeconds\"\\s*:\\s*([0-9]{1,6})");

    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "ico",
            "image/x-icon",
            "json",
            "application/json",
            "woff2",
            "font/woff2",
            "txt",
            "text/plain");
    /**
     * Same origin only — plus the OIDC provider, whose discovery document, token and key endpoints
     * the SPA fetches itself; inline styles for React's style attributes, data: images for icons.
     */
    private static String contentSecurityPolicy(String oidcAuthority) {
        String provider = oidcAuthority == null
                ? ""
                : " " + URI.create(oidcAuthority).resolve("/").toString().replaceAll("/$", "");
        return "default-src 'self'; connect-src 'self'" + provider + "; img-src 'self' data:; "
                + "style-src 'self' 'unsafe-inline'; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; "
                + "form-action 'self'";
    }

    private final Path web;
    private final Map<String, URI> routes;
    private final Map<String, String> env;
    /** null: demo login; else the OIDC provider the SPA signs in with */
    private final String oidcAuthority;

    private final String oidcClientId;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    DevGateway(Path web, Map<String, URI> routes, Map<String, String> env, String oidcAuthority, String oidcClientId) {
        this.web = web.toAbsolutePath().normalize();
        this.routes = routes;
        this.env = env;
        this.oidcAuthority = oidcAuthority;
        this.oidcClientId = oidcClientId;
    }

    public static void main(String[] args) throws IOException {
        int port = 8080;
        String host = System.getenv().getOrDefault("LOTSE_BIND_HOST", "127.0.0.1");
        Path web = Path.of("web/dist");
        Map<String, URI> routes = new LinkedHashMap<>();
        String oidcAuthority = null;
        String oidcClientId = "lotse-web";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--web" -> web = Path.of(args[i + 1]);
                case "--route" -> {
                    String[] route = args[i + 1].split("=", 2);
                    routes.put(route[0], URI.create(route[1].replaceAll("/+$", "")));
                }
                case "--oidc-authority" -> oidcAuthority = args[i + 1].replaceAll("/+$", "");
                case "--oidc-client-id" -> oidcClientId = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DevGateway gateway = new DevGateway(web, routes, System.getenv(), oidcAuthority, oidcClientId);
        // the loopback interface unless told otherwise: the demo login hands out tokens for anyone
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", gateway::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
        System.out.println("gateway on http://" + host + ":" + port + "/ serving " + gateway.web + ", routes " + routes
                + (oidcAuthority == null ? ", demo login" : ", sign-in at " + oidcAuthority));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/svc/")) {
                proxy(exchange, path);
            } else if (path.equals("/config.json")) {
                send(
                        exchange,
                        200,
                        "application/json",
                        (oidcAuthority == null
                                        ? "{\"auth\":{\"mode\":\"dev\"}"
                                        : String.format(
                                                "{\"auth\":{\"mode\":\"oidc\",\"authority\":\"%s\",\"clientId\":\"%s\"}",
                                                oidcAuthority, oidcClientId))
                                // the accessibility statement's feedback channel (deploy/web: an operator's setting)
                                + ",\"accessibility\":{\"email\":\"barrierefreiheit@jobcenter-demo.example\","
                                + "\"phone\":\"030 1234567-0\"}}");
            } else if (path.startsWith("/dev/") && oidcAuthority != null) {
                problem(
                        exchange,
                        404,
                        "Nicht gefunden",
                        "Die Demo-Anmeldung ist aus: Anmeldung über den OIDC-Anbieter");
            } else if (path.equals("/dev/users") && exchange.getRequestMethod().equals("GET")) {
                send(exchange, 200, "application/json", users());
            } else if (path.equals("/dev/token") && exchange.getRequestMethod().equals("POST")) {
                token(exchange);
            } else if (exchange.getRequestMethod().equals("GET")
                    || exchange.getRequestMethod().equals("HEAD")) {
                file(exchange, path);
            } else {
                problem(exchange, 405, "Methode nicht erlaubt", exchange.getRequestMethod() + " " + path);
            }
        } catch (RuntimeException e) {
            System.err.println("gateway: " + exchange.getRequestURI() + ": " + e);
            problem(exchange, 502, "Gateway-Fehler", "Die Anfrage konnte nicht weitergeleitet werden.");
        }
    }

    private void proxy(HttpExchange exchange, String path) throws IOException {
        int slash = path.indexOf('/', "/svc/".length());
        String service = slash < 0 ? path.substring(5) : path.substring(5, slash);
        URI base = routes.get(service);
        if (base == null || slash < 0) {
            problem(exchange, 404, "Unbekannter Dienst", "Kein Dienst '" + service + "'");
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        URI target = URI.create(base + path.substring(slash) + (query == null ? "" : "?" + query));
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            problem(exchange, 502, "Dienst nicht erreichbar", service + " antwortet nicht (" + e.getMessage() + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(exchange, 502, "Dienst nicht erreichbar", service + ": unterbrochen");
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                headers.put(name, values);
            }
        });
        boolean empty = response.statusCode() == 204
                || response.statusCode() == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : 0);
        try (InputStream in = response.body();
                OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private String users() {
        return DevTokens.USERS.stream()
                .map(u -> String.format(
                        "{\"subject\":\"%s\",\"role\":\"%s\",\"description\":\"%s\"}",
                        u.subject(), u.role(), u.description().replace("\"", "\\\"")))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher subject = SUBJECT.matcher(body);
        Optional<DevTokens.DemoUser> user = subject.find()
                ? DevTokens.USERS.stream()
                        .filter(u -> u.subject().equals(subject.group(1)))
                        .findFirst()
                : Optional.empty();
        if (user.isEmpty()) {
            problem(exchange, 422, "Unbekannter Demo-Benutzer", "subject: kein Demo-Benutzer dieses Namens");
            return;
        }
        Duration validity = Duration.ofHours(Long.parseLong(env.getOrDefault("LOTSE_TOKEN_HOURS", "12")));
        Matcher expiresIn = EXPIRES_IN.matcher(body);
        if (expiresIn.find()) {
            Duration asked = Duration.ofSeconds(Math.max(1, Long.parseLong(expiresIn.group(1))));
            if (asked.compareTo(validity) < 0) validity = asked;
        }
        String token;
        try {
            token = DevTokens.mint(user.get(), env, validity);
        } catch (DevTokens.PartnerNotRegistered e) {
            problem(
                    exchange,
                    409,
                    "Demo-Partner noch nicht registriert",
                    "Die Demodaten haben diesen Partner noch " + "nicht registriert; seine ID vergibt das Netzwerk.");
            return;
        }
        send(
                exchange,
                200,
                "application/json",
                String.format(
                        "{\"token\":\"%s\",\"subject\":\"%s\",\"role\":\"%s\",\"description\":\"%s\",\"expiresInSeconds\":%d}",
                        token,
                        user.get().subject(),
                        user.get().role(),
                        user.get().description(),
                        validity.toSeconds()));
    }

    private void file(HttpExchange exchange, String rawPath) throws IOException {
        String path = URI.create(rawPath).getPath();
        Path file = web.resolve(path.substring(1)).normalize();
        if (!file.startsWith(web)) {
            problem(exchange, 404, "Nicht gefunden", path);
            return;
        }
        boolean asset = path.startsWith("/assets/");
        if (!Files.isRegularFile(file)) {
            if (asset || path.contains(".")) {
                problem(exchange, 404, "Nicht gefunden", path);
                return;
            }
            // a client-side route (/fm/faelle/...): the SPA's index.html renders it
            file = web.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                send(
                        exchange,
                        503,
                        "text/plain; charset=utf-8",
                        "Die Web-Oberfläche ist nicht gebaut (web/dist fehlt): ./lotse run baut sie mit npm.");
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        // hashed asset names change with their content; index.html must always be fetched again
        headers.set("Cache-Control", asset ? "public, max-age=31536000, immutable" : "no-cache");
        headers.set("Content-Security-Policy", contentSecurityPolicy(oidcAuthority));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        byte[] content = Files.readAllBytes(file);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : content.length);
        if (!head) {
            exchange.getResponseBody().write(content);
        }
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        send(
                exchange,
                status,
                "application/problem+json",
                String.format(
                        "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}",
                        title, status, detail.replace("\\", "\\\\").replace("\"", "\\\"")));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
