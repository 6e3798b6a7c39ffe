package de.lotse.system;

import de.lotse.platform.testing.TestAuditKey;
import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.TestTokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** One service started from its packaged jar as its own JVM, the way it runs in production. */
final class ServiceProcess implements AutoCloseable {
    private final String service;
    private final String databaseUrl;
    private final int port;
    private final Path log;
    private Process process;
    private final Map<String, String> extraEnvironment = new java.util.HashMap<>();

    ServiceProcess(String service, String databaseUrl) {
        this.service = service;
        this.databaseUrl = databaseUrl;
        this.port = freePort();
        this.log = Path.of("target", service + "-" + port + ".log").toAbsolutePath();
    }

    /** An environment variable of this service only, e.g. INTAKE_URL for planning. */
    ServiceProcess env(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    ServiceProcess start() {
        Path root = Path.of(System.getProperty("lotse.root", ".."));
        Path jar = root.resolve(service).resolve("target").resolve(service + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " missing: package the services first (./lotse test does)");
        }
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String prefix = service.replace("-service", "").toUpperCase();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                // the test environment: the only one besides dev that accepts the development signing key
                "-Dmicronaut.environments=test",
                "-Dmicronaut.server.host=127.0.0.1",
                "-Dlotse.security.dev-secret=" + TestTokens.SECRET,
                "-Dlotse.audit.hmac.key=" + TestAuditKey.SECRET,
                "-Dlotse.audit.hmac.key-id=" + TestAuditKey.KEY_ID,
                "-Dmicronaut.security.token.jwt.claims-validators.issuer=" + TestTokens.ISSUER,
                "-Dmicronaut.security.token.jwt.claims-validators.audience=" + TestTokens.AUDIENCE,
                "-Dlogback.configurationFile=logback-text.xml",
                "-jar",
                jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put(prefix + "_DB_URL", databaseUrl);
        env.put(prefix + "_PORT", String.valueOf(port));
        // as in production: the service runs as its database's application role, migrates as the owner role
        String database = TestInfrastructure.databaseOf(databaseUrl);
        env.put("LOTSE_DB_USER", TestInfrastructure.applicationRole(database));
        env.put("LOTSE_DB_PASSWORD", TestInfrastructure.ROLE_PASSWORD);
        env.put("LOTSE_DB_MIGRATION_USER", TestInfrastructure.ownerRole(database));
        env.put("LOTSE_DB_MIGRATION_PASSWORD", TestInfrastructure.ROLE_PASSWORD);
        env.putAll(extraEnvironment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service, e);
        }
        try {
            // about 10 s on a quiet machine; minutes when the machine is shared by several builds
            awaitHealthy(Duration.ofSeconds(180));
        } catch (RuntimeException notHealthy) {
            // a service left running would join the next run's consumer groups and take its partitions
            kill();
            throw notHealthy;
        }
        return this;
    }

    /**
     * Starts the processes at once (each takes seconds to come up, minutes on a shared machine), and
     * stops them all if one does not come up, so none is left in the next run's consumer groups.
     */
    static void startTogether(ServiceProcess... processes) {
        List<CompletableFuture<ServiceProcess>> started = Arrays.stream(processes)
                .map(process -> CompletableFuture.supplyAsync(process::start))
                .toList();
        try {
            // completes when every start has ended, one way or the other
            CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException notUp) {
            Arrays.stream(processes).forEach(ServiceProcess::close);
            throw notUp.getCause() instanceof RuntimeException failure ? failure : notUp;
        }
    }

    /** Kills the JVM without any shutdown: in-flight work is lost as in a crash. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited, see " + log);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url("/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException(service + " not healthy within " + timeout + ", see " + log);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
