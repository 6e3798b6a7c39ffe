package de.lotse.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A migration that has run anywhere is history: Flyway refuses to start on a database whose applied migration's
 * checksum no longer matches the file, and a renamed or deleted file breaks every database that applied it. Each
 * module keeps a manifest of its versioned migrations with the SHA-256 of their content
 * ({@code src/test/resources/applied-migrations/<location>.sha256}); this check fails when a listed file changed or
 * disappeared, and names the line to add for a new one. (A refactoring that moves SQL between modules keeps the
 * files, versions and bytes; the manifest proves it.)
 */
public final class AppliedMigrations {
    private AppliedMigrations() {}

    /**
     * Checks the versioned migrations ({@code V…__….sql}) of a classpath location of this module's own resources
     * (e.g. {@code db/migration}) against {@code applied-migrations/<last path element>.sha256} on the test
     * classpath.
     */
    public static void check(String location) {
        check(directory(location));
    }

    /** The same for a directory of migrations (the platform's, checked from its source tree). */
    public static void check(Path directory) {
        Map<String, String> current = checksums(directory);
        String manifestName = "applied-migrations/" + directory.getFileName() + ".sha256";
        Map<String, String> recorded = manifest(manifestName);
        List<String> problems = new ArrayList<>();
        recorded.forEach((file, sha) -> {
            if (!current.containsKey(file)) {
                problems.add(file + " was applied and is gone: restore it (a change needs a new migration)");
            } else if (!current.get(file).equals(sha)) {
                problems.add(file + " was applied and has changed: restore it (a change needs a new migration)");
            }
        });
        current.forEach((file, sha) -> {
            if (!recorded.containsKey(file)) {
                problems.add(
                        "new migration " + file + ": add the line \"" + file + " " + sha + "\" to " + manifestName);
            }
        });
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertThat(current).isNotEmpty();
    }

    private static Path directory(String location) {
        URL url = AppliedMigrations.class.getClassLoader().getResource(location);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException("no migration directory " + location + " in this module: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(location, e);
        }
    }

    private static Map<String, String> checksums(Path directory) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V.+__.+\\.sql"))
                    .sorted()
                    .toList()) {
                sums.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums;
    }

    private static Map<String, String> manifest(String name) {
        URL url = AppliedMigrations.class.getClassLoader().getResource(name);
        if (url == null) {
            fail("no manifest " + name + " on the test classpath (src/test/resources)");
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        try {
            for (String line : new String(url.openStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] parts = trimmed.split("\\s+");
                    recorded.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recorded;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
