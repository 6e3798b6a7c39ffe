package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One run of {@code ./lotse import} (docs/import.md): first every record is checked — against the schema, the
 * staff and team mapping, and by each owning service without writing — and every problem is reported by line,
 * source key and field; then (unless it is a dry run) each valid case is written, invalid ones skipped as a
 * whole. The file is read as a stream twice; memory holds one batch and the lines found invalid.
 */
public final class ImportRun {
    /** How long a service may take to learn of a case intake has just taken over (its case-opened). */
    private static final int CASE_KNOWN_ATTEMPTS = 240;

    private static final long CASE_KNOWN_PAUSE_MS = 250;

    /** How many cases intake takes over before the other services take their parts of them. */
    private static final int WINDOW = 100;

    private static final String CASE_CHECK = "/api/import/cases/validation";

    private final Path file;
    private final ServiceClient intake;
    private final IntakePart intakePart;
    private final List<CasePart.Target> others;
    private final List<CasePart.Target> recordOwners;
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
        this.recordOwners =
                this.others.stream().filter(o -> o.part() instanceof RecordPart).toList();
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

    private record Pending(long line, String source, ObjectNode body) {}

    /** Checks the file; writes the valid cases unless {@code dryRun}; writes one JSON line per case to {@code report}. */
    public Summary run(boolean dryRun, Writer report) throws IOException, InterruptedException {
        Set<Long> invalid = new HashSet<>();
        long[] counts = new long[3]; // records, cases, other records not yet taken over
        long started = System.nanoTime();
        String sha = check(invalid, counts);
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
        long[] results = write(invalid, report); // created, unchanged, updated, failed, incomplete
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

    private String check(Set<Long> invalid, long[] counts) throws IOException, InterruptedException {
        RecordSchema schema = RecordSchema.load();
        List<Pending> batch = new ArrayList<>();
        List<List<Pending>> otherBatches = new ArrayList<>();
        others.forEach(o -> otherBatches.add(new ArrayList<>()));
        List<List<Pending>> recordBatches = new ArrayList<>();
        recordOwners.forEach(o -> recordBatches.add(new ArrayList<>()));
        FileCatalog catalog = new FileCatalog();
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                JsonLines lines = new JsonLines(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), json)) {
            while (lines.hasNext()) {
                JsonLines.Entry entry = lines.next();
                counts[0]++;
                if (entry.problem() != null) {
                    refuse(invalid, List.of(entry.problem()));
                    continue;
                }
                JsonNode record = entry.record();
                List<Problem> problems = schema.check(entry.line(), record);
                if (!problems.isEmpty()) {
                    refuse(invalid, problems);
                    continue;
                }
                String kind = record.path("kind").asText();
                if (!"case".equals(kind)) {
                    String key = RecordSchema.sourceKey(record);
                    int owner = ownerOf(kind);
                    if (owner < 0) {
                        catalog.add(kind, key);
                        counts[2]++;
                        out.println("Zeile " + entry.line() + " (" + key + "): " + kind
                                + " wird nicht übernommen (kein Dienst dieses Laufs führt diese Datensätze).");
                        continue;
                    }
                    // partners and consent forms: checked by the network, and kept for the checks of the cases
                    catalog.keep(kind, key, (ObjectNode) record);
                    CasePart.Target target = recordOwners.get(owner);
                    RecordPart part = (RecordPart) target.part();
                    List<Pending> recordBatch = recordBatches.get(owner);
                    recordBatch.add(new Pending(entry.line(), key, part.body(record)));
                    if (recordBatch.size() == batchSize) {
                        checkWith(target.client(), part.checkPath(), "records", recordBatch, invalid);
                        recordBatch.clear();
                    }
                    continue;
                }
                counts[1]++;
                IntakePart.Mapped mapped = intakePart.of(entry.line(), record);
                List<CasePart.Mapped> parts = new ArrayList<>();
                List<Problem> mappingProblems = new ArrayList<>(mapped.problems());
                for (CasePart.Target other : others) {
                    CasePart.Mapped part = other.part().of(entry.line(), record, catalog);
                    parts.add(part);
                    mappingProblems.addAll(part.problems());
                }
                if (!mappingProblems.isEmpty()) {
                    refuse(invalid, mappingProblems);
                    continue;
                }
                String source = RecordSchema.sourceKey(record);
                batch.add(new Pending(entry.line(), source, mapped.body()));
                for (int i = 0; i < others.size(); i++) {
                    List<Pending> otherBatch = otherBatches.get(i);
                    parts.get(i).body().ifPresent(body -> otherBatch.add(new Pending(entry.line(), source, body)));
                }
                if (batch.size() == batchSize) {
                    // every case has an intake part, so no other batch is fuller: all services check at once
                    checkTogether(batch, otherBatches, invalid);
                }
            }
        }
        for (int i = 0; i < recordOwners.size(); i++) {
            CasePart.Target target = recordOwners.get(i);
            checkWith(
                    target.client(),
                    ((RecordPart) target.part()).checkPath(),
                    "records",
                    recordBatches.get(i),
                    invalid);
        }
        checkTogether(batch, otherBatches, invalid);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The services check their batches of the same cases at the same time (each replays its batch on one of its
     * threads); the problems are reported in the services' order. The batches are emptied.
     */
    private void checkTogether(List<Pending> batch, List<List<Pending>> otherBatches, Set<Long> invalid)
            throws IOException, InterruptedException {
        ExecutorService checkers = Executors.newFixedThreadPool(others.size() + 1);
        try {
            List<Future<List<Problem>>> answers = new ArrayList<>();
            List<Pending> intakeBatch = List.copyOf(batch);
            answers.add(checkers.submit(() -> problemsOf(intake, CASE_CHECK, "cases", intakeBatch)));
            for (int i = 0; i < others.size(); i++) {
                ServiceClient service = others.get(i).client();
                List<Pending> otherBatch = List.copyOf(otherBatches.get(i));
                answers.add(checkers.submit(() -> problemsOf(service, CASE_CHECK, "cases", otherBatch)));
            }
            for (Future<List<Problem>> answer : answers) {
                try {
                    refuse(invalid, answer.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException failed) {
                        throw failed;
                    }
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            checkers.shutdownNow();
        }
        batch.clear();
        otherBatches.forEach(List::clear);
    }

    /** A service checks a batch as its import would; its problems are reported at once. */
    private void checkWith(ServiceClient service, String path, String field, List<Pending> batch, Set<Long> invalid)
            throws IOException, InterruptedException {
        refuse(invalid, problemsOf(service, path, field, batch));
    }

    /** The problems a service finds in a batch; a batch it refuses as a whole is checked record by record. */
    private List<Problem> problemsOf(ServiceClient service, String path, String field, List<Pending> batch)
            throws IOException, InterruptedException {
        List<Problem> found = new ArrayList<>();
        if (batch.isEmpty()) {
            return found;
        }
        ObjectNode request = json.createObjectNode();
        ArrayNode items = request.putArray(field);
        batch.forEach(p -> items.add(p.body()));
        ServiceClient.Answer answer = service.post(path, request);
        if (answer.status() == 401 || answer.status() == 403) {
            throw new IOException(service.name() + " lässt die Übernahme nicht zu (" + answer.status()
                    + "): übernehmen darf die Fachadministration (ADMIN) des Jobcenters.");
        }
        if (answer.status() == 400 && batch.size() > 1) {
            for (Pending one : batch) {
                found.addAll(problemsOf(service, path, field, List.of(one)));
            }
            return found;
        }
        if (!answer.ok()) {
            return problemsOf(batch.get(0), answer.body());
        }
        for (JsonNode result : answer.body()) {
            Pending pending = batch.get(result.path("index").asInt());
            List<Problem> problems = new ArrayList<>();
            for (JsonNode p : result.path("problems")) {
                problems.add(new Problem(
                        pending.line(),
                        pending.source(),
                        p.path("field").asText(""),
                        p.path("rule").asText(""),
                        p.path("message").asText("")));
            }
            found.addAll(problems);
        }
        return found;
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
    private long[] write(Set<Long> invalid, Writer report) throws IOException, InterruptedException {
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

    /** The index among {@link #recordOwners} of the service that keeps records of the kind, or -1. */
    private int ownerOf(String kind) {
        for (int i = 0; i < recordOwners.size(); i++) {
            if (((RecordPart) recordOwners.get(i).part()).kinds().contains(kind)) {
                return i;
            }
        }
        return -1;
    }

    /** The parts of a case record that no service of this run takes over. */
    private List<String> notTakenOver(JsonNode record) {
        Set<String> taken = new HashSet<>();
        others.forEach(o -> taken.addAll(o.part().parts()));
        return IntakePart.OTHER_SERVICES_PARTS.stream()
                .filter(record::has)
                .filter(part -> !taken.contains(part))
                .toList();
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

    private void refuse(Set<Long> invalid, List<Problem> problems) {
        for (Problem problem : problems) {
            invalid.add(problem.line());
            out.println(problem.describe());
        }
    }

    private static List<Problem> problemsOf(Pending pending, JsonNode problem) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode v : problem.path("violations")) {
            problems.add(new Problem(
                    pending.line(),
                    pending.source(),
                    v.path("field").asText(""),
                    v.path("rule").asText(""),
                    v.path("message").asText("")));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem(
                    pending.line(),
                    pending.source(),
                    "",
                    "REFUSED_" + problem.path("status").asText(""),
                    problem.path("detail").asText(problem.path("title").asText("abgelehnt"))));
        }
        return problems;
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
