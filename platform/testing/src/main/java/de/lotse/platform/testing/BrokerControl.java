package de.lotse.platform.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Stops and starts the broker of a running deploy/devinfra through its control file. */
final class BrokerControl {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final Path dir;
    private final String bootstrap;

    BrokerControl(Path dir, String bootstrap) {
        this.dir = dir;
        this.bootstrap = bootstrap;
    }

    void stop() {
        command("stop", "stopped");
    }

    void start() {
        command("start", "running");
        awaitReachable();
    }

    private void command(String command, String expectedStatus) {
        try {
            Files.writeString(dir.resolve("kafka.control.tmp"), command);
            Files.move(dir.resolve("kafka.control.tmp"), dir.resolve("kafka.control"));
            Instant deadline = Instant.now().plus(TIMEOUT);
            Path status = dir.resolve("kafka.status");
            while (Instant.now().isBefore(deadline)) {
                if (!Files.exists(dir.resolve("kafka.control"))
                        && Files.exists(status)
                        && Files.readString(status).trim().equals(expectedStatus)) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("broker did not reach state " + expectedStatus + " within " + TIMEOUT);
    }

    private void awaitReachable() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("broker not reachable after start", e);
        }
    }
}
