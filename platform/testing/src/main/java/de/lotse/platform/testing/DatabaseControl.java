package de.lotse.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Freezes and thaws the PostgreSQL server of a running deploy/devinfra through its control file. */
final class DatabaseControl {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Path dir;

    DatabaseControl(Path dir) {
        this.dir = dir;
    }

    void stall() {
        command("stall", "stalled");
    }

    void resume() {
        command("resume", "running");
    }

    private void command(String command, String expectedStatus) {
        try {
            Files.writeString(dir.resolve("postgres.control.tmp"), command);
            Files.move(dir.resolve("postgres.control.tmp"), dir.resolve("postgres.control"));
            Instant deadline = Instant.now().plus(TIMEOUT);
            Path status = dir.resolve("postgres.status");
            while (Instant.now().isBefore(deadline)) {
                if (!Files.exists(dir.resolve("postgres.control"))
                        && Files.exists(status)
                        && Files.readString(status).trim().equals(expectedStatus)) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("PostgreSQL did not reach state " + expectedStatus + " within " + TIMEOUT
                + " (an older deploy/devinfra without postgres.control? rebuild it)");
    }
}
