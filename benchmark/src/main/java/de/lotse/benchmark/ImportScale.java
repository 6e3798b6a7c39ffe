package de.lotse.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.devinfra.DevTokens;
import de.lotse.migration.CaseParts;
import de.lotse.migration.IdMapping;
import de.lotse.migration.ImportRun;
import de.lotse.migration.IntakePart;
import de.lotse.migration.ServiceClient;
import de.lotse.migration.demo.DemoHistory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The import at scale (issue 19, docs/benchmarks.md): a generated history of {@code cases} demo cases over two years
 * is taken over by a Jobcenter of its own on the running system, through the same client as {@code ./lotse import};
 * prints the time of the check and of the writes, cases and events per second (the events are the outbox rows
 * the services wrote meanwhile) and the client's peak heap, which stays bounded because the file is streamed.
 *
 * <p>Arguments: cases, pg port, intake, assessment, planning, network base URLs, output file.
 */
public final class ImportScale {
    private static final List<String> DATABASES = List.of("intake", "assessment", "planning", "network");

    /** Cases written at a time ({@code -Dbench.parallel}, as {@code ./lotse import --parallel}). */
    private static final int PARALLEL = Integer.getInteger("bench.parallel", 8);

    private ImportScale() {}

    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(args[0]);
        int pgPort = Integer.parseInt(args[1]);
        Map<String, URI> services = Map.of(
                "intake", URI.create(args[2]),
                "assessment", URI.create(args[3]),
                "planning", URI.create(args[4]),
                "network", URI.create(args[5]));
        Path output = Path.of(args[6]);
        String jobcenter = "jc-bench-" + Instant.now().getEpochSecond();
        String token = DevTokens.mint(
                "admin-ida",
                "ADMIN",
                jobcenter,
                null,
                null,
                null,
                System.getenv(),
                Duration.ofHours(12)); // the longest a token may live
        pankowSince2023(services.get("intake"), token);

        Path file = Files.createTempFile("lotse-import-scale-", ".jsonl");
        long generating = System.nanoTime();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DemoHistory.write(writer, 1, cases, LocalDate.now().minusDays(1));
        }
        System.err.printf(
                "[bench-import] %d cases generated in %d s: %d MB, %s%n",
                cases,
                Duration.ofNanos(System.nanoTime() - generating).toSeconds(),
                Files.size(file) / 1_000_000,
                file);

        ObjectMapper json = new ObjectMapper();
        IdMapping same = IdMapping.identity("Person");
        Map<String, Long> outboxBefore = new HashMap<>();
        for (String database : DATABASES) {
            outboxBefore.put(database, outboxRows(pgPort, database));
        }
        ImportRun.Summary summary = new ImportRun(
                        file,
                        new ServiceClient("intake", services.get("intake"), token, json),
                        new IntakePart(same, IdMapping.identity("Team")),
                        CaseParts.targets(
                                same,
                                IdMapping.identity("Team"),
                                service -> new ServiceClient(service, services.get(service), token, json)),
                        json,
                        new PrintStream(OutputStream.nullOutputStream()),
                        200,
                        PARALLEL)
                .run(false, null);
        long events = 0;
        StringBuilder perService = new StringBuilder();
        for (String database : DATABASES) {
            // the relay keeps sent rows for days (lotse.outbox.retention), so the difference is what the run wrote
            long written = outboxRows(pgPort, database) - outboxBefore.get(database);
            events += written;
            perService
                    .append(perService.isEmpty() ? "" : ", ")
                    .append(database)
                    .append(' ')
                    .append(written);
        }
        double writeSeconds = summary.writing().toMillis() / 1000.0;
        String report = String.format(
                """
                ```
                ./lotse bench-import %d   (%s, %s, %d cases written at a time)
                file                 %d records, %d cases, %d MB (generated, seed 1, two years up to yesterday)
                check (pass 1)       %.1f s   %.0f cases/s   every service's validation, nothing written
                write (pass 2)       %.1f s   %.1f cases/s   %d created, %d unchanged, %d failed, %d invalid
                events published     %d   %.0f events/s during the writes (%s)
                incomplete cases     %d   (parts no service takes over yet)
                client peak heap     %d MB of -Xmx %d MB (the file streamed: one window of cases in memory)
                ```
                """,
                cases,
                LocalDate.now(),
                machine(),
                PARALLEL,
                summary.records(),
                summary.cases(),
                Files.size(file) / 1_000_000,
                summary.checking().toMillis() / 1000.0,
                summary.cases() / Math.max(0.001, summary.checking().toMillis() / 1000.0),
                writeSeconds,
                summary.cases() / Math.max(0.001, writeSeconds),
                summary.created(),
                summary.unchanged(),
                summary.failed(),
                summary.invalid(),
                events,
                events / Math.max(0.001, writeSeconds),
                perService,
                summary.incomplete(),
                peakHeapMegabytes(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        System.out.print(report);
        Files.writeString(output, report);
        Files.delete(file);
    }

    private static void pankowSince2023(URI intake, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(intake.resolve("/api/policy/versions"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"basePreset\":\"PANKOW\",\"note\":"
                                        + "\"Benchmark\",\"effectiveFrom\":\"2023-01-01\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("policy refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    private static long outboxRows(int port, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "postgres");
                Statement count = c.createStatement();
                ResultSet rs = count.executeQuery("select count(*) from outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1_000_000;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version().feature();
    }
}
