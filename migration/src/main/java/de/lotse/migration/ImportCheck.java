package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first pass of an import (docs/import.md): every record checked against the schema and the staff and team
 * mapping, then by each owning service without writing — the services' batches of the same cases at the same time;
 * every problem reported by line, source key and field.
 */
final class ImportCheck extends ImportPass {
    private static final String CASE_CHECK = "/api/import/cases/validation";

    private final int batchSize;

    ImportCheck(
            Path file,
            ServiceClient intake,
            IntakePart intakePart,
            List<CasePart.Target> others,
            ObjectMapper json,
            PrintStream out,
            int batchSize) {
        super(file, intake, intakePart, others, json, out);
        this.batchSize = batchSize;
    }

    /**
     * Checks the file; adds the line of every record with a problem to {@code invalid}; counts records, cases and
     * records no service of the run keeps into {@code counts}; returns the file's SHA-256.
     */
    String run(Set<Long> invalid, long[] counts) throws IOException, InterruptedException {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
