package de.lotse.platform.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Readiness ({@code /health/readiness}, also part of {@code /health}): DOWN while the service's database
 * does not answer, so a load balancer or Kubernetes stops sending requests; liveness is not touched (a
 * restart would not bring the database back).
 *
 * <p>Answers within {@code lotse.health.database.timeout} (1 s) whatever the database does. Replaces
 * Micronaut's {@code jdbc} indicator, which waits as long as the pool and the driver let it. One probe
 * (a connection from the pool, {@code isValid}) runs at a time on a worker thread; a probe that does not
 * finish within the timeout reports DOWN, and later checks wait for that same probe rather than pile
 * up further threads on a stalled database. A result younger than {@code lotse.health.database.cache}
 * (500 ms) is reused, so frequent probes cost the database little. A probe that is merely slow (a busy
 * machine) does not flap readiness: within {@code lotse.health.database.grace} (3 s) of the last
 * successful probe the service stays UP while the next one runs. A stalled database is thus reported
 * DOWN within about four seconds.
 */
@Singleton
@Readiness
final class DatabaseReadiness implements HealthIndicator {
    private static final String NAME = "database";

    private final DataSource dataSource;
    private final ExecutorService blocking;
    private final Clock clock;
    private final Duration timeout;
    private final Duration cache;
    private final Duration grace;
    private CompletableFuture<HealthResult> probe;
    private Instant probeStarted = Instant.EPOCH;
    private Instant lastUp = Instant.EPOCH;

    DatabaseReadiness(
            DataSource dataSource,
            @Nullable DataSourceResolver resolver,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            @Value("${lotse.health.database.timeout:1s}") Duration timeout,
            @Value("${lotse.health.database.cache:500ms}") Duration cache,
            @Value("${lotse.health.database.grace:3s}") Duration grace) {
        // the pool itself, not micronaut-data's proxy that only hands out the current transaction's connection
        this.dataSource = (resolver != null ? resolver : DataSourceResolver.DEFAULT).resolve(dataSource);
        this.blocking = blocking;
        // wall time, not the injectable clock: tests move that one by days
        this.clock = Clock.systemUTC();
        this.timeout = timeout;
        this.cache = cache;
        this.grace = grace;
    }

    /** The first probe runs at startup, so the first readiness request does not pay for a cold start. */
    @EventListener
    void warmUp(StartupEvent started) {
        currentProbe();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> current = currentProbe();
        return Publishers.fromCompletableFuture(current.copy()
                .completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(result -> result != null ? result : stillRunning()));
    }

    private synchronized HealthResult stillRunning() {
        if (clock.instant().isBefore(lastUp.plus(grace))) {
            return HealthResult.builder(NAME, HealthStatus.UP).build();
        }
        return down("no answer from the database within " + timeout.toMillis() + " ms");
    }

    private synchronized void answered(HealthResult result) {
        if (result.getStatus() == HealthStatus.UP) {
            lastUp = clock.instant();
        }
    }

    private synchronized CompletableFuture<HealthResult> currentProbe() {
        Instant now = clock.instant();
        if (probe != null && (!probe.isDone() || now.isBefore(probeStarted.plus(cache)))) {
            // still running (a stalled database), or answered a moment ago
            return probe;
        }
        probeStarted = now;
        probe = CompletableFuture.supplyAsync(this::check, blocking);
        probe.thenAccept(this::answered);
        return probe;
    }

    private HealthResult check() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
                return HealthResult.builder(NAME, HealthStatus.UP).build();
            }
            return down("the connection did not answer");
        } catch (SQLException | RuntimeException e) {
            return down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static HealthResult down(String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("error", reason);
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
    }
}
