package de.lotse.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;

/**
 * {@code ./lotse fuzz}: the contract fuzzer against a running system. For each service it reads the
 * OpenAPI documents the service serves (their names from the service's jar), finds ids of the demo
 * data through the service's own GET operations, calls every operation as the first demo user who
 * is not refused, and prints operations, requests, the status histogram and every 5xx with its request.
 * Exit code 1 on any 5xx.
 *
 * <pre>LiveFuzz --tokens FILE [--seed N] [--requests N] name=baseUrl=jar ...</pre>
 * The tokens file has one line per demo user: {@code subject role token}.
 */
public final class LiveFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveFuzz() {}

    public static void main(String[] args) throws IOException {
        long seed = new java.security.SecureRandom().nextLong() & 0xFFFFFFFFL;
        int minimum = ServiceContractFuzz.MINIMUM;
        Path tokensFile = null;
        List<String[]> services = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--requests" -> minimum = Integer.parseInt(args[++i]);
                case "--tokens" -> tokensFile = Path.of(args[++i]);
                default -> services.add(args[i].split("=", 3));
            }
        }
        if (tokensFile == null || services.isEmpty()) {
            System.err.println("usage: LiveFuzz --tokens FILE [--seed N] [--requests N] name=baseUrl=jar ...");
            System.exit(2);
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tokensFile)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3) {
                tokens.put(parts[0], parts[2]);
            }
        }
        if (tokens.isEmpty()) {
            System.err.println("no demo tokens in " + tokensFile + " (expected lines 'subject role token')");
            System.exit(2);
        }
        System.out.printf(
                "fuzzing %d services, seed %d (repeat with --seed %d), at least %d requests per operation%n",
                services.size(), seed, seed, minimum);
        int serverErrors = 0;
        int otherFindings = 0;
        int totalRequests = 0;
        long started = System.nanoTime();
        // ids found in one service open the paths of the next: intake's case ids are planning's too
        Map<String, String> known = new LinkedHashMap<>();
        for (String[] service : services) {
            Result result =
                    fuzz(service[0], new HttpTarget(service[1]), Path.of(service[2]), tokens, seed, minimum, known);
            serverErrors += result.serverErrors;
            otherFindings += result.otherFindings;
            totalRequests += result.requests;
        }
        System.out.printf(
                "%nall services: %d requests in %.0f s, %d answers with 5xx, %d other rule violations%n",
                totalRequests, (System.nanoTime() - started) / 1e9, serverErrors, otherFindings);
        // no request at all would prove nothing
        System.exit(serverErrors > 0 || totalRequests == 0 ? 1 : 0);
    }

    private record Result(int requests, int serverErrors, int otherFindings) {}

    private static Result fuzz(
            String name,
            HttpTarget target,
            Path jar,
            Map<String, String> tokens,
            long seed,
            int minimum,
            Map<String, String> known)
            throws IOException {
        List<ApiOperation> operations = new ArrayList<>();
        for (String document : documents(jar)) {
            operations.addAll(ApiDocument.operations(document, target.get("/swagger/" + document)));
        }
        Fixtures fixtures = Fixtures.create().tokens(tokens::get);
        discoverIds(target, operations, tokens, fixtures);
        known.forEach((parameter, value) -> fixtures.pathValues().putIfAbsent(parameter, value));
        fixtures.pathValues().forEach(known::putIfAbsent);
        List<String> users = List.copyOf(tokens.keySet());
        ContractFuzzer fuzzer = new ContractFuzzer(
                target, fixtures, operation -> users, true, seed, minimum, ContractFuzzer.DEFAULT_MAXIMUM);
        System.out.printf(
                "%n== %s (%s): %d operations, ids found for %s%n",
                name, target.baseUrl(), operations.size(), fixtures.pathValues().keySet());
        Map<Integer, Integer> histogram = new TreeMap<>();
        int requests = 0;
        int serverErrors = 0;
        int otherFindings = 0;
        List<String> shown = new ArrayList<>();
        long started = System.nanoTime();
        for (ApiOperation operation : operations) {
            OperationRun run = fuzzer.run(operation);
            System.out.println("  " + run.summary());
            requests += run.requests();
            run.histogram().forEach((status, count) -> histogram.merge(status, count, Integer::sum));
            if (run.setupError != null) {
                shown.add(operation.key() + ": " + run.setupError);
            }
            for (OperationRun.Finding finding : run.findings()) {
                if (finding.answer().status() >= 500 || finding.answer().status() < 0) {
                    serverErrors++;
                    shown.add(finding.show(run.seed()));
                } else {
                    otherFindings++;
                    if (otherFindings <= 20) {
                        shown.add("(not a 5xx) " + finding.show(run.seed()));
                    }
                }
            }
        }
        System.out.printf(
                "%s: %d operations, %d requests in %.0f s, statuses %s, %d answers with 5xx%n",
                name, operations.size(), requests, (System.nanoTime() - started) / 1e9, histogram, serverErrors);
        shown.forEach(line -> System.out.println("  " + line.replace("\n", "\n  ")));
        return new Result(requests, serverErrors, otherFindings);
    }

    /** The OpenAPI documents micronaut-openapi generated into the service's jar. */
    static List<String> documents(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(entry -> entry.getName())
                    .filter(entry -> entry.startsWith("META-INF/swagger/") && entry.endsWith(".yml"))
                    .map(entry -> entry.substring("META-INF/swagger/".length()))
                    .filter(entry -> !entry.contains("/"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Ids of the demo data by path-parameter name, from the service's own GET operations: the
     * {@code id} of the items a collection lists names the parameter of the path below it
     * ({@code /api/partners} → {@code {partnerId}}), and any field named like a parameter counts too.
     * Three rounds, so ids found in one answer open the paths that need them.
     */
    private static void discoverIds(
            HttpTarget target, List<ApiOperation> operations, Map<String, String> tokens, Fixtures fixtures) {
        java.util.Set<String> parameters = new java.util.HashSet<>();
        operations.forEach(operation -> operation.parameters("path").forEach(p -> parameters.add(p.getName())));
        for (int round = 0; round < 3; round++) {
            for (ApiOperation operation : operations) {
                if (!"GET".equals(operation.method())) {
                    continue;
                }
                String path = operation.path();
                boolean complete = true;
                for (var parameter : operation.parameters("path")) {
                    String value = fixtures.pathValues().get(parameter.getName());
                    if (value == null) {
                        complete = false;
                        break;
                    }
                    path = path.replace("{" + parameter.getName() + "}", RequestTemplate.encode(value));
                }
                if (!complete) {
                    continue;
                }
                StringBuilder query = new StringBuilder();
                for (var parameter : operation.parameters("query")) {
                    if (Boolean.TRUE.equals(parameter.getRequired()) && parameter.getSchema() != null) {
                        JsonNode value = new ValidValues(Map.of(), new java.util.Random(1))
                                .of(parameter.getName(), parameter.getSchema(), 0);
                        query.append(query.length() == 0 ? "?" : "&")
                                .append(parameter.getName())
                                .append('=')
                                .append(RequestTemplate.encode(
                                        value.isArray() ? value.get(0).asText() : value.asText()));
                    }
                }
                String childParameter = operations.stream()
                        .map(ApiOperation::path)
                        .filter(p -> p.startsWith(operation.path() + "/{")
                                && p.indexOf('}', operation.path().length()) == p.length() - 1)
                        .map(p -> p.substring(operation.path().length() + 2, p.length() - 1))
                        .findFirst()
                        .orElse(null);
                for (String token : tokens.values()) {
                    HttpTarget.Answer answer = target.send(new FuzzRequest(
                            operation,
                            "discovery",
                            path,
                            query.length() == 0 ? "" : query.substring(1),
                            Map.of(),
                            null,
                            token));
                    if (answer.status() == 200 && answer.contentType().startsWith("application/json")) {
                        try {
                            collect(JSON.readTree(answer.body()), parameters, childParameter, fixtures);
                        } catch (IOException e) {
                            // not JSON after all: nothing to learn
                        }
                    }
                }
            }
        }
    }

    private static void collect(
            JsonNode node, java.util.Set<String> parameters, String childParameter, Fixtures fixtures) {
        JsonNode items =
                node.isArray() ? node : node.has("items") && node.get("items").isArray() ? node.get("items") : null;
        if (items != null && childParameter != null) {
            for (JsonNode item : items) {
                JsonNode id = item.has(childParameter)
                        ? item.get(childParameter)
                        : item.has("id") ? item.get("id") : item.get("version");
                if (id != null && id.isValueNode() && fixtures.pathValues().get(childParameter) == null) {
                    fixtures.path(childParameter, id.asText());
                }
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (parameters.contains(field.getKey())
                        && field.getValue().isValueNode()
                        && !field.getValue().isNull()
                        && fixtures.pathValues().get(field.getKey()) == null) {
                    fixtures.path(field.getKey(), field.getValue().asText());
                }
                collect(field.getValue(), parameters, null, fixtures);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, parameters, null, fixtures));
        }
    }
}
