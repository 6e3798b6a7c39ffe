package de.lotse.platform.testing.fuzz;

import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract fuzz test of one service, run from the service's {@code ContractFuzzIT} inside its
 * {@code @MicronautTest} context: every operation of the service's OpenAPI documents (as served
 * under {@code /swagger/}) is called with a caller its {@code @Secured} annotation permits and with
 * the ids of records the test seeded, first with its valid request, then with at least
 * {@value #MINIMUM} generated ones. Two tests per operation: the documented status codes are the
 * real ones; and no answer is a 5xx, a 4xx without problem+json, or shows internals.
 *
 * <p>The seed is printed; {@code -Dlotse.fuzz.seed=N} repeats a run.
 */
public final class ServiceContractFuzz {
    public static final int MINIMUM = 100;
    /** Fixed so that the test suite is repeatable; {@code ./lotse fuzz} draws a new one each run. */
    public static final long DEFAULT_SEED = 15_2026L;

    private final String service;
    private final HttpTarget target;
    private final Router router;
    private final Fixtures fixtures;
    private final List<String> documents;

    private ServiceContractFuzz(
            String service, String baseUrl, Router router, Fixtures fixtures, List<String> documents) {
        this.service = service;
        this.target = new HttpTarget(baseUrl);
        this.router = router;
        this.fixtures = fixtures;
        this.documents = documents;
    }

    /**
     * @param baseUrl   the embedded server's URL
     * @param router    the service's router: which roles each operation permits comes from its routes' {@code @Secured}
     * @param documents the file names under {@code /swagger/}
     */
    public static Stream<DynamicNode> tests(
            String service, String baseUrl, Router router, Fixtures fixtures, String... documents) {
        return new ServiceContractFuzz(service, baseUrl, router, fixtures, List.of(documents)).tests();
    }

    private Stream<DynamicNode> tests() {
        long seed = Long.getLong("lotse.fuzz.seed", DEFAULT_SEED);
        List<ApiOperation> operations = new ArrayList<>();
        for (String document : documents) {
            operations.addAll(ApiDocument.operations(document, target.get("/swagger/" + document)));
        }
        Function<ApiOperation, List<String>> roles = securedRoles(router);
        ContractFuzzer fuzzer =
                new ContractFuzzer(target, fixtures, roles, false, seed, MINIMUM, ContractFuzzer.DEFAULT_MAXIMUM);
        Map<String, OperationRun> runs = new HashMap<>();
        long[] started = {0};
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("every example names an operation of the documents", () -> {
            started[0] = System.nanoTime();
            Set<String> keys = operations.stream().map(ApiOperation::key).collect(Collectors.toSet());
            assertThat(fixtures.exampleKeys())
                    .as("examples of operations that are not in " + documents)
                    .isSubsetOf(keys);
            System.out.printf(
                    "[fuzz] %s: %d operations in %s, seed %d (repeat with -Dlotse.fuzz.seed=%d)%n",
                    service, operations.size(), documents, seed, seed);
            undocumentedRoutes(operations)
                    .forEach(route -> System.out.printf(
                            "[fuzz] %s: route %s is in no OpenAPI document, so it is not fuzzed%n", service, route));
        }));
        for (ApiOperation operation : operations) {
            Function<String, OperationRun> run = key -> runs.computeIfAbsent(key, k -> fuzzer.run(operation));
            nodes.add(DynamicContainer.dynamicContainer(
                    operation.key(),
                    Stream.of(
                            DynamicTest.dynamicTest("documented status codes are the real ones", () -> {
                                List<String> mismatches =
                                        run.apply(operation.key()).documentationMismatches();
                                assertThat(mismatches).as(operation.key()).isEmpty();
                            }),
                            DynamicTest.dynamicTest("fuzzed: no 5xx, every 4xx problem+json, no internals", () -> {
                                OperationRun result = run.apply(operation.key());
                                assertThat(result.ruleViolations())
                                        .as(operation.key() + ", seed " + result.seed())
                                        .isEmpty();
                                assertThat(result.requests())
                                        .as("requests sent to " + operation.key())
                                        .isGreaterThanOrEqualTo(MINIMUM);
                            }))));
        }
        nodes.add(DynamicTest.dynamicTest("summary", () -> {
            Map<Integer, Integer> histogram = new TreeMap<>();
            int requests = 0;
            for (ApiOperation operation : operations) {
                OperationRun run = runs.get(operation.key());
                if (run != null) {
                    System.out.println("[fuzz] " + run.summary());
                    requests += run.requests();
                    run.histogram().forEach((status, count) -> histogram.merge(status, count, Integer::sum));
                }
            }
            System.out.printf(
                    "[fuzz] %s: %d operations, %d requests in %.1f s, statuses %s, seed %d%n",
                    service, operations.size(), requests, (System.nanoTime() - started[0]) / 1e9, histogram, seed);
        }));
        return nodes.stream();
    }

    /** The roles a route's {@code @Secured} permits (the method's annotation, else its controller's). */
    static Function<ApiOperation, List<String>> securedRoles(Router router) {
        Map<String, List<String>> byOperation = new HashMap<>();
        router.uriRoutes().forEach(route -> {
            String[] secured = route.getAnnotationMetadata().stringValues(Secured.class);
            byOperation.put(key(route), Arrays.asList(secured));
        });
        return operation -> {
            List<String> roles = byOperation.get(operation.key());
            if (roles == null) {
                throw new IllegalStateException("no route for " + operation.key());
            }
            return roles;
        };
    }

    private List<String> undocumentedRoutes(List<ApiOperation> operations) {
        Set<String> documented = operations.stream().map(ApiOperation::key).collect(Collectors.toSet());
        return router.uriRoutes()
                .filter(route -> !"HEAD".equals(route.getHttpMethod().name()))
                .map(ServiceContractFuzz::key)
                .filter(key -> key.contains(" /api/") || key.contains(" /partner-api/"))
                .filter(key -> !documented.contains(key))
                .distinct()
                .sorted()
                .toList();
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod().name() + " " + route.getUriMatchTemplate().toPathString();
    }
}
