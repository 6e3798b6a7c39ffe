package de.lotse.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of {@code ./lotse import} (docs/import.md): first every record is checked — against the schema, the
 * staff and team mapping, and by each owning service without writing — and every problem is reported by line,
 * source key and field; then (unless it is a dry run) each valid case is written, invalid ones skipped as a
 * whole. The file is read as a stream twice; memory holds one batch and the lines found invalid.
 */
public final class ImportRun {
    private final Path file;
    private final ServiceClient intake;
    private final IntakePart intakePart;
    private final List<CasePart.Target> others;
    private final ObjectMapper json;
    private final PrintStream out;
    private final int batchSize;
    private final int parallel;

    /**
     * @param others the services that keep the other parts of a case, in the order they take them over; a part
     *     no service of this list keeps is reported as not taken over
     * @param batchSize how many cases a service checks in one request
     * @param parallel how many cases are written at a time
     */
    public ImportRun(
            Path file,
            ServiceClient intake,
            IntakePart intakePart,
            List<CasePart.Target> others,
            ObjectMapper json,
            PrintStream out,
            int batchSize,
            int parallel) {
        this.file = file;
        this.intake = intake;
        this.intakePart = intakePart;
        this.others = List.copyOf(others);
        this.json = json;
        this.out = out;
        this.batchSize = batchSize;
        this.parallel = parallel;
    }

    /** What a run did, counted by outcome. */
    public record Summary(
            String fileSha256,
            long records,
            long cases,
            long invalid,
            long created,
            long unchanged,
            long updated,
            long failed,
            long incomplete,
            Duration checking,
            Duration writing) {}

    /** Checks the file; writes the valid cases unless {@code dryRun}; writes one JSON line per case to {@code report}. */
    public Summary run(boolean dryRun, Writer report) throws IOException, InterruptedException {
        Set<Long> invalid = new HashSet<>();
        long[] counts = new long[3]; // records, cases, other records not yet taken over
        long started = System.nanoTime();
        String sha = new ImportCheck(file, intake, intakePart, others, json, out, batchSize).run(invalid, counts);
        Duration checking = Duration.ofNanos(System.nanoTime() - started);
        out.printf(
                "Prüfung: %d Datensätze, %d Fälle, %d mit Problemen (Datei SHA-256 %s)%n",
                counts[0], counts[1], invalid.size(), sha);
        audit(sha, counts, invalid.size(), dryRun ? "CHECKED" : "IMPORT_STARTED");
        if (dryRun) {
            return new Summary(
                    sha, counts[0], counts[1], invalid.size(), 0, 0, 0, 0, counts[2], checking, Duration.ZERO);
        }
        started = System.nanoTime();
        long[] results = new ImportWrite(file, intake, intakePart, others, json, out, parallel)
                .run(invalid, report); // created, unchanged, updated, failed, incomplete
        Duration writing = Duration.ofNanos(System.nanoTime() - started);
        Summary summary = new Summary(
                sha,
                counts[0],
                counts[1],
                invalid.size(),
                results[0],
                results[1],
                results[2],
                results[3],
                results[4] + counts[2],
                checking,
                writing);
        out.printf(
                "Übernahme: %d neu, %d unverändert, %d geändert, %d fehlgeschlagen, %d ungültig übersprungen;"
                        + " %d Datensätze oder Fälle mit Teilen, die noch nicht übernommen werden können%n",
                summary.created(),
                summary.unchanged(),
                summary.updated(),
                summary.failed(),
                summary.invalid(),
                summary.incomplete());
        audit(sha, counts, invalid.size(), "IMPORTED");
        return summary;
    }

    /** The run itself in intake's audit log: who (the token), when, how many records, the file's hash. */
    private void audit(String sha, long[] counts, int invalid, String phase) throws IOException, InterruptedException {
        ObjectNode run = json.createObjectNode()
                .put("fileSha256", sha)
                .put("records", counts[0])
                .put("cases", counts[1])
                .put("invalid", invalid)
                .put("phase", phase);
        ServiceClient.Answer answer = intake.post("/api/import/runs", run);
        if (!answer.ok()) {
            throw new IOException("intake hat den Lauf nicht protokolliert: " + answer.status() + " " + answer.body());
        }
    }
}
