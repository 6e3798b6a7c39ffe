package de.lotse.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs one operation: builds its valid request from the document, the fixtures and the operation's
 * {@link Example}, sends it with the token of a permitted caller, then sends the generated requests
 * ({@link InputGenerator}) and judges every answer ({@link Verdicts}) and whether its status is documented.
 */
public final class ContractFuzzer {
    /** Most requests per operation, apart from those every run sends (keeps big bodies within time). */
    public static final int DEFAULT_MAXIMUM = 150;
    /**
     * The statuses an operation's document must name when they occur: what the operation itself
     * decides. Answers of the HTTP layer that every operation can give alike (405, 406, 413, 414,
     * 415) are left to the protocol; they must still be problem+json.
     */
    public static final java.util.Set<Integer> APPLICATION_STATUSES =
            java.util.Set.of(200, 201, 202, 204, 400, 401, 403, 404, 409, 422, 429, 503);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpTarget target;
    private final Fixtures fixtures;
    private final Function<ApiOperation, List<String>> callers;
    private final boolean probeCallers;
    private final long seed;
    private final int minimum;
    private final int maximum;

    /**
     * @param callers      the permitted callers of an operation, in order of preference (roles, for
     *                     which {@link Fixtures} has tokens)
     * @param probeCallers whether to try the callers in turn until one is not refused with 401/403
     *                     (a running system, whose route metadata the fuzzer cannot see)
     * @param minimum      requests per operation at least
     */
    public ContractFuzzer(
            HttpTarget target,
            Fixtures fixtures,
            Function<ApiOperation, List<String>> callers,
            boolean probeCallers,
            long seed,
            int minimum,
            int maximum) {
        this.target = target;
        this.fixtures = fixtures;
        this.callers = callers;
        this.probeCallers = probeCallers;
        this.seed = seed;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** The seed of one operation: the run's seed mixed with the operation, so each is repeatable alone. */
    public static long seedOf(long seed, ApiOperation operation) {
        return seed * 31 + operation.key().hashCode();
    }

    public OperationRun run(ApiOperation operation) {
        long operationSeed = seedOf(seed, operation);
        OperationRun run = new OperationRun(operation, operationSeed);
        run.otherServiceAway = fixtures.readsAServiceNotRunHere(operation);
        long started = System.nanoTime();
        Random random = new Random(operationSeed);
        RequestTemplate template;
        try {
            template = template(operation, random, run);
        } catch (RuntimeException e) {
            run.setupError = "cannot build the valid request: " + e;
            return run;
        }
        if (run.setupError != null) {
            return run;
        }
        run.validRequest = template.valid();
        // the valid request goes first: it must succeed on a record in the state its example prepared
        run.validAnswer = send(run, run.validRequest);
        List<FuzzRequest> requests =
                new InputGenerator(template, fixtures.pathValues(), random).generate(minimum, maximum);
        for (FuzzRequest request : requests) {
            send(run, request);
        }
        run.millis = (System.nanoTime() - started) / 1_000_000;
        return run;
    }

    private HttpTarget.Answer send(OperationRun run, FuzzRequest request) {
        HttpTarget.Answer answer;
        try {
            answer = target.send(request);
        } catch (HttpTarget.UnsendableRequest e) {
            run.unsendable++;
            return new HttpTarget.Answer(0, "", "");
        }
        run.requests++;
        run.histogram.merge(answer.status(), 1, Integer::sum);
        List<String> broken = Verdicts.broken(answer, run.otherServiceAway);
        if (!broken.isEmpty()) {
            run.findings.add(new OperationRun.Finding(request, answer, broken));
        }
        if (APPLICATION_STATUSES.contains(answer.status()) && !run.operation.documents(answer.status())) {
            run.undocumented.putIfAbsent(answer.status(), request);
        }
        return answer;
    }

    private RequestTemplate template(ApiOperation operation, Random random, OperationRun run) {
        Example example = fixtures.example(operation.key()).orElseGet(Example::create);
        ValidValues values = new ValidValues(fixtures.pathValues(), random);
        RequestTemplate template = new RequestTemplate(operation);
        for (Parameter parameter : operation.parameters("path")) {
            String value = example.path.get(parameter.getName());
            if (value == null) {
                value = fixtures.pathValue(parameter.getName()).orElseGet(() -> values.string(parameter.getSchema()));
            }
            template.path.put(parameter.getName(), RequestTemplate.encode(value));
        }
        for (Map.Entry<String, String> query : example.query.entrySet()) {
            template.query.add(
                    new String[] {RequestTemplate.encode(query.getKey()), RequestTemplate.encode(query.getValue())});
        }
        for (Parameter parameter : operation.parameters("query")) {
            if (Boolean.TRUE.equals(parameter.getRequired()) && !example.query.containsKey(parameter.getName())) {
                JsonNode value = values.of(parameter.getName(), parameter.getSchema(), 0);
                String text = value.isArray() && !value.isEmpty() ? value.get(0).asText() : value.asText();
                template.query.add(
                        new String[] {RequestTemplate.encode(parameter.getName()), RequestTemplate.encode(text)});
            }
        }
        template.headers.putAll(example.headers);
        for (Parameter parameter : operation.parameters("header")) {
            if (Boolean.TRUE.equals(parameter.getRequired()) && !example.headers.containsKey(parameter.getName())) {
                template.headers.put(parameter.getName(), values.string(parameter.getSchema()));
            }
        }
        if (example.body instanceof String text) {
            template.rawBody = text;
            template.body = readOrNull(text);
        } else if (example.body != null) {
            template.body = JSON.valueToTree(example.body);
        } else if (operation.body() != null) {
            template.body = values.of(operation.body());
        }
        template.token = example.token;
        run.role = example.token != null ? "(example)" : example.role;
        if (template.token == null) {
            List<String> candidates =
                    new ArrayList<>(example.role != null ? List.of(example.role) : callers.apply(operation));
            candidates.removeIf(role -> fixtures.token(role) == null);
            if (candidates.isEmpty()) {
                run.setupError =
                        "no token for any caller permitted to call " + operation.key() + " " + callers.apply(operation);
                return template;
            }
            run.role = candidates.get(0);
            if (probeCallers) {
                for (String candidate : candidates) {
                    template.token = fixtures.token(candidate);
                    HttpTarget.Answer answer = target.send(template.valid());
                    if (answer.status() != 401 && answer.status() != 403) {
                        run.role = candidate;
                        break;
                    }
                }
            }
            template.token = fixtures.token(run.role);
        }
        return template;
    }

    private static JsonNode readOrNull(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
