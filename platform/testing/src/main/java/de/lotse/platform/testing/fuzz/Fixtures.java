package de.lotse.platform.testing.fuzz;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a service's fuzz test seeded: ids of real records by path-parameter name, a token for each
 * role, and for operations whose valid request needs more (a record in a particular state, a body
 * that passes the business rules) an {@link Example}, supplied lazily right before the operation runs.
 */
public final class Fixtures {
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, Supplier<Example>> examples = new LinkedHashMap<>();
    private final java.util.Set<String> awayServiceOperations = new java.util.HashSet<>();
    private Function<String, String> tokens = role -> null;

    public static Fixtures create() {
        return new Fixtures();
    }

    /** The id of a seeded record for every path parameter called {@code name} (and body fields of that name). */
    public Fixtures path(String name, Object value) {
        pathValues.put(name, String.valueOf(value));
        return this;
    }

    /** The token of a caller with {@code role} (null if the test has none). */
    public Fixtures tokens(Function<String, String> tokens) {
        this.tokens = tokens;
        return this;
    }

    /** The valid request of the operation {@code METHOD /path}, built when the operation's turn comes. */
    public Fixtures example(String operationKey, Supplier<Example> example) {
        examples.put(operationKey, example);
        return this;
    }

    /**
     * The operation reads another service that this test does not run (a printed document's recipient from intake,
     * docs/architecture.md, Names and letters): its valid request answers the documented 503, which the system tests show succeeding.
     * Every fuzzed request is still judged by the same rules.
     */
    public Fixtures readsAServiceNotRunHere(String operationKey) {
        awayServiceOperations.add(operationKey);
        return this;
    }

    boolean readsAServiceNotRunHere(ApiOperation operation) {
        return awayServiceOperations.contains(operation.key());
    }

    Optional<String> pathValue(String name) {
        return Optional.ofNullable(pathValues.get(name));
    }

    Map<String, String> pathValues() {
        return pathValues;
    }

    String token(String role) {
        return tokens.apply(role);
    }

    Optional<Example> example(String operationKey) {
        Supplier<Example> supplier = examples.get(operationKey);
        return supplier == null ? Optional.empty() : Optional.of(supplier.get());
    }

    java.util.Set<String> exampleKeys() {
        return examples.keySet();
    }
}
