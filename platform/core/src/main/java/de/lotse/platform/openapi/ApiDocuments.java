package de.lotse.platform.openapi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The OpenAPI documents micronaut-openapi wrote into the service's {@code META-INF/swagger/} at
 * build time (one per service, two for network: staff and partner API), found once at start-up
 * and kept in memory with their titles.
 */
@Singleton
public class ApiDocuments {
    static final String FOLDER = "META-INF/swagger";

    /** One document: its file name under {@code /swagger/}, title and version from its {@code info}. */
    @Serdeable
    public record Document(
            String name,
            String url,
            String title,
            String version,
            @Nullable String description) {}

    private final Map<String, byte[]> contents = new TreeMap<>();
    private final List<Document> documents = new ArrayList<>();

    public ApiDocuments() {
        this(ApiDocuments.class.getClassLoader());
    }

    ApiDocuments(ClassLoader loader) {
        for (String name : names(loader)) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + "/" + name)) {
                if (in != null) {
                    contents.putIfAbsent(name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        contents.forEach((name, content) -> documents.add(describe(name, content)));
    }

    public List<Document> all() {
        return Collections.unmodifiableList(documents);
    }

    public Optional<byte[]> content(String name) {
        return Optional.ofNullable(contents.get(name));
    }

    @SuppressWarnings("unchecked")
    private static Document describe(String name, byte[] content) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(content, java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> info =
                root != null && root.get("info") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        return new Document(
                name,
                "/swagger/" + name,
                String.valueOf(info.getOrDefault("title", name)),
                String.valueOf(info.getOrDefault("version", "")),
                info.get("description") == null ? null : String.valueOf(info.get("description")));
    }

    /** The {@code .yml} files directly in {@code META-INF/swagger/} of every classpath entry (folder or jar). */
    static List<String> names(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if ("file".equals(folder.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                        files.filter(Files::isRegularFile)
                                .map(f -> f.getFileName().toString())
                                .filter(ApiDocuments::isDocument)
                                .forEach(names::add);
                    }
                } else if ("jar".equals(folder.getProtocol())) {
                    String spec = folder.toString();
                    Path jar = Path.of(new URI(spec.substring("jar:".length(), spec.indexOf("!/"))));
                    try (JarFile file = new JarFile(jar.toFile())) {
                        file.stream()
                                .map(JarEntry::getName)
                                .filter(n -> n.startsWith(FOLDER + "/"))
                                .map(n -> n.substring(FOLDER.length() + 1))
                                .filter(n -> !n.contains("/") && isDocument(n))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static boolean isDocument(String name) {
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
