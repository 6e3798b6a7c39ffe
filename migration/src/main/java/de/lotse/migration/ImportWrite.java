package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The second pass of an import (docs/import.md): the valid records written — partners and consent forms as they
 * come, cases in windows (intake first, then the other services' parts), a report line per record.
 */
final class ImportWrite extends ImportPass {
    /** How long a service may take to learn of a case intake has just taken over (its case-opened). */
    private static final int CASE_KNOWN_ATTEMPTS = 240;

    private static final long CASE_KNOWN_PAUSE_MS = 250;

    /** How many cases intake takes over before the other services take their parts of them. */
    private static final int WINDOW = 100;

    private final int parallel;

    ImportWrite(
            Path file,
            ServiceClient intake,
            IntakePart intakePart,
            List<CasePart.Target> others,
            ObjectMapper json,
            PrintStream out,
            int parallel) {
        super(file, intake, intakePart, others, json, out);
        this.parallel = parallel;
    }

    /** One case on its way through the services in pass 2, and what became of it. */
    private static final class CaseWrite {
        final long line;
        final String source;
        final JsonNode record;
        final ObjectNode report;
        final FileCatalog catalog;
        String caseId;
        String result;
        final List<String> messages = new ArrayList<>();

        CaseWrite(long line, String source, JsonNode record, ObjectNode report, FileCatalog catalog) {
            this.line = line;
            this.source = source;
            this.record = record;
            this.report = report;
            this.catalog = catalog;
        }
    }

    /**
     * Pass 2: the valid cases in windows of {@link #WINDOW}: intake takes each case of a window over, then every
     * other service its parts — by the time a window's intake writes are done, most of their case-opened events
     * have reached the other services, so few parts wait. Within a window the cases go through {@code parallel}
     * requests at a time; the report keeps the file's order.
     */
    long[] run(Set<Long> invalid, Writer report) throws IOException, InterruptedException {
        long[] results = new long[5];
        FileCatalog catalog = new FileCatalog();
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        try (JsonLines lines = new JsonLines(Files.newBufferedReader(file, StandardCharsets.UTF_8), json)) {
            List<CaseWrite> window = new ArrayList<>();
            while (lines.hasNext()) {
                JsonLines.Entry entry = lines.next();
                JsonNode record = entry.record();
                if (record == null || invalid.contains(entry.line())) {
                    continue;
                }
                if (!"case".equals(record.path("kind").asText())) {
                    catalog.add(record.path("kind").asText(), RecordSchema.sourceKey(record));
                    int owner = ownerOf(record.path("kind").asText());
                    if (owner >= 0) {
                        writeWindow(window, workers, results, report); // the report keeps the file's order
                        window.clear();
                        writeRecord(recordOwners.get(owner), entry.line(), record, results, report);
                    }
                    continue;
                }
                String source = RecordSchema.sourceKey(record);
                ObjectNode line =
                        json.createObjectNode().put("line", entry.line()).put("source", source);
                window.add(new CaseWrite(entry.line(), source, record, line, catalog));
                if (window.size() == WINDOW) {
                    writeWindow(window, workers, results, report);
                    window.clear();
                }
            }
            writeWindow(window, workers, results, report);
        } finally {
            workers.shutdownNow();
        }
        return results;
    }

    private void writeWindow(List<CaseWrite> window, ExecutorService workers, long[] results, Writer report)
            throws InterruptedException, IOException {
        all(workers, window, this::writeIntakePart);
        all(workers, window, this::writeOtherParts);
        for (CaseWrite c : window) {
            c.messages.forEach(out::println);
            results["FAILED".equals(c.result) || "REFUSED".equals(c.result) ? 3 : outcomeIndex(c.result)]++;
            if (c.caseId != null) {
                c.report.put("caseId", c.caseId);
            }
            c.report.put("result", c.result);
            if (!"FAILED".equals(c.result) && !"REFUSED".equals(c.result)) {
                List<String> notTaken = notTakenOver(c.record);
                if (!notTaken.isEmpty()) {
                    results[4]++;
                    ArrayNode pending = c.report.putArray("notYetImported");
                    notTaken.forEach(pending::add);
                }
            }
            writeLine(report, c.report);
        }
    }

    private interface CaseStep {
        void run(CaseWrite c) throws IOException, InterruptedException;
    }

    /** Runs {@code step} for every case of the window that has not failed, {@code parallel} at a time. */
    private static void all(ExecutorService workers, List<CaseWrite> window, CaseStep step)
            throws InterruptedException, IOException {
        List<Future<?>> running = new ArrayList<>();
        for (CaseWrite c : window) {
            if (c.result != null && (c.result.equals("FAILED") || c.result.equals("REFUSED"))) {
                continue;
            }
            running.add(workers.submit(() -> {
                step.run(c);
                return null;
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException interrupted) {
                    throw interrupted;
                }
                throw new IOException(e.getCause());
            }
        }
    }

    private void writeIntakePart(CaseWrite c) throws InterruptedException {
        ServiceClient.Answer answer;
        try {
            answer = intake.put(
                    "/api/import/cases", intakePart.of(c.line, c.record).body());
        } catch (IOException e) {
            c.result = "FAILED";
            c.report.put("reason", e.getMessage());
            c.messages.add("Zeile " + c.line + " (" + c.source + "): nicht übernommen, " + e.getMessage()
                    + " — ein erneuter Lauf holt es nach.");
            return;
        }
        if (!answer.ok()) {
            c.result = "REFUSED";
            problemsOf(new Pending(c.line, c.source, null), answer.body()).forEach(p -> c.messages.add(p.describe()));
            c.report.set("problems", answer.body().path("violations"));
            return;
        }
        c.result = answer.body().path("result").asText();
        c.caseId = answer.body().path("caseId").asText();
        ArrayNode changes = c.report.putArray("changes");
        answer.body().path("changes").forEach(changes::add);
    }

    private void writeOtherParts(CaseWrite c) throws InterruptedException {
        ArrayNode changes = (ArrayNode) c.report.get("changes");
        for (CasePart.Target other : others) {
            Optional<ObjectNode> body =
                    other.part().of(c.line, c.record, c.catalog).body();
            if (body.isEmpty()) {
                continue;
            }
            try {
                ServiceClient.Answer taken = putWhenKnown(other.client(), c.caseId, body.get());
                if (!taken.ok()) {
                    c.result = "REFUSED";
                    problemsOf(new Pending(c.line, c.source, null), taken.body())
                            .forEach(p -> c.messages.add(p.describe()));
                    c.report.put("service", other.part().service());
                    c.report.set("problems", taken.body().path("violations"));
                    return;
                }
                taken.body().path("changes").forEach(changes::add);
            } catch (IOException e) {
                c.result = "FAILED";
                c.report.put("service", other.part().service()).put("reason", e.getMessage());
                c.messages.add("Zeile " + c.line + " (" + c.source + "): Teil für "
                        + other.part().service() + " nicht übernommen, " + e.getMessage()
                        + " — ein erneuter Lauf holt es nach.");
                return;
            }
        }
        if ("UNCHANGED".equals(c.result) && !changes.isEmpty()) {
            c.result = "UPDATED";
        }
    }

    /** A partner or consent form (before the cases that name them), taken over by the service that keeps it. */
    private void writeRecord(CasePart.Target target, long lineNumber, JsonNode record, long[] results, Writer report)
            throws InterruptedException {
        RecordPart part = (RecordPart) target.part();
        String kind = record.path("kind").asText();
        String source = RecordSchema.sourceKey(record);
        ObjectNode line = json.createObjectNode()
                .put("line", lineNumber)
                .put("source", source)
                .put("kind", kind);
        try {
            ServiceClient.Answer answer = target.client().put(part.putPath(kind), part.body(record));
            if (answer.ok()) {
                String result = answer.body().path("result").asText();
                results[outcomeIndex(result)]++;
                line.put("id", answer.body().path("id").asText()).put("result", result);
                if (answer.body().has("changes")) {
                    line.set("changes", answer.body().get("changes"));
                }
            } else {
                results[3]++;
                line.put("result", "REFUSED");
                problemsOf(new Pending(lineNumber, source, null), answer.body())
                        .forEach(p -> out.println(p.describe()));
                line.set("problems", answer.body().path("violations"));
            }
        } catch (IOException e) {
            results[3]++;
            line.put("result", "FAILED").put("reason", e.getMessage());
            out.println("Zeile " + lineNumber + " (" + source + "): nicht übernommen, " + e.getMessage()
                    + " — ein erneuter Lauf holt es nach.");
        }
        writeLine(report, line);
    }

    private static int outcomeIndex(String result) {
        return switch (result) {
            case "CREATED" -> 0;
            case "UNCHANGED" -> 1;
            default -> 2;
        };
    }

    /**
     * A service's part, once it knows the case: right after intake took it over, its case-opened may still
     * be on the way (404), so the part is offered again for up to a minute.
     */
    private ServiceClient.Answer putWhenKnown(ServiceClient service, String caseId, ObjectNode body)
            throws IOException, InterruptedException {
        for (int attempt = 0; attempt < CASE_KNOWN_ATTEMPTS; attempt++) {
            ServiceClient.Answer answer = service.put("/api/import/cases/" + caseId, body);
            if (answer.status() != 404) {
                return answer;
            }
            Thread.sleep(CASE_KNOWN_PAUSE_MS);
        }
        throw new IOException(service.name() + " kennt den Fall nach einer Minute noch nicht");
    }

    private void writeLine(Writer report, JsonNode line) {
        if (report == null) {
            return;
        }
        try {
            report.write(json.writeValueAsString(line));
            report.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
