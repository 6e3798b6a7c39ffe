package de.lotse.reporting.caseload;

import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.ServiceTestProperties;
import de.lotse.platform.testing.TestEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static de.lotse.reporting.caseload.CaseloadFixtures.CONSUMER;
import static de.lotse.reporting.caseload.CaseloadFixtures.counter;
import static de.lotse.reporting.caseload.CaseloadFixtures.newJobcenter;
import static de.lotse.reporting.caseload.CaseloadFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redelivery and a real consumer restart: the service runs twice, one instance after the other,
 * on the same database with the same consumer group, as in a rolling deployment. The first
 * instance is stopped while events are still streaming in; what it polled but did not commit is
 * delivered again to the second. Each event must still have exactly one effect.
 *
 * <p>Runs its own application contexts instead of {@code @MicronautTest}: a test-managed context
 * cannot be stopped half-way, and a second instance running alongside would share the partitions.
 */
class IdempotentConsumerIT {
    private static final int EVENTS = 50;
    /** slow enough that the first instance is stopped in the middle of the stream */
    private static final long PUBLISH_PAUSE_MILLIS = 20;

    private static final String DUPLICATES = "lotse.events.duplicates";

    private final Map<String, String> properties = ServiceTestProperties.forService("reporting");

    @Test
    void appliesEachEventOnceAcrossRedeliveriesAndAConsumerRestart() throws Exception {
        String jobcenter = newJobcenter();
        List<EventEnvelope> events = new ArrayList<>();
        try (TestEventPublisher publisher = new TestEventPublisher(JsonMapper.createDefault())) {
            double duplicatesFirst;
            CompletableFuture<Void> stream;
            long appliedAtStop;
            MeterRegistry firstMeters;
            try (ApplicationContext first = start()) {
                firstMeters = first.getBean(MeterRegistry.class);
                awaitConsuming(publisher);
                // the 50 events, then each of them again (a redelivery: same envelope, same event id)
                stream = CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < EVENTS; i++) {
                        UUID caseId = UUID.randomUUID();
                        events.add(publisher.publish(
                                jobcenter,
                                caseId,
                                opened(caseId, "team-" + (i % 2), "fm-" + (i % 5), i % 3 == 0 ? "U25" : "UE25")));
                        pause();
                    }
                    for (EventEnvelope event : List.copyOf(events)) {
                        publisher.publish(event, event.caseId().toString());
                        pause();
                    }
                });
                await().atMost(Duration.ofSeconds(30)).until(() -> rows(jobcenter) >= EVENTS / 3);
                appliedAtStop = rows(jobcenter);
            }
            // the meters outlive the stopped context: this is all the first instance counted
            duplicatesFirst = counter(firstMeters, DUPLICATES);
            stream.get(60, TimeUnit.SECONDS);
            report("first instance stopped with " + appliedAtStop + " of " + EVENTS
                    + " cases applied (stream still running); " + rows(jobcenter) + " applied when it had stopped, "
                    + duplicatesFirst + " duplicates skipped");

            try (ApplicationContext second = start()) {
                MeterRegistry secondMeters = second.getBean(MeterRegistry.class);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> rows(jobcenter) == EVENTS
                                && inboxEntries(events) == EVENTS
                                && duplicatesFirst + counter(secondMeters, DUPLICATES) >= EVENTS);
                double duplicates = duplicatesFirst + counter(secondMeters, DUPLICATES);
                report("after restart: " + rows(jobcenter) + " cases, " + duplicates
                        + " duplicates skipped by both instances");

                assertThat(rows(jobcenter)).isEqualTo(EVENTS);
                assertThat(inboxEntries(events)).isEqualTo(EVENTS);
                assertThat(count("select count(*) from caseload_case where opened_event_id = any(:eventIds)", events))
                        .as("rows written by exactly these events")
                        .isEqualTo(EVENTS);
                // at least one skip per redelivered event; more when the stop left offsets uncommitted
                assertThat(duplicates).isGreaterThanOrEqualTo(EVENTS);
            }
        }
    }

    /** Figures of the run, in the test report's output: they show how far the first instance had got. */
    private static void report(String figures) {
        System.out.println(IdempotentConsumerIT.class.getSimpleName() + ": " + figures);
    }

    /** The stream must start while the first instance consumes, not before it has joined the group. */
    private void awaitConsuming(TestEventPublisher publisher) {
        String warmUp = newJobcenter();
        UUID caseId = UUID.randomUUID();
        publisher.publish(warmUp, caseId, opened(caseId, "team-0", "fm-0", "U25"));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(warmUp) == 1);
    }

    private ApplicationContext start() {
        return ApplicationContext.builder(Environment.TEST)
                .properties(Map.copyOf(properties))
                .start();
    }

    private static void pause() {
        try {
            Thread.sleep(PUBLISH_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long rows(String jobcenter) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = Statements.prepare(
                        connection,
                        "select count(*) from caseload_case where jobcenter_id = :jobcenterId",
                        Params.of("jobcenterId", jobcenter))) {
            return single(statement);
        }
    }

    private long inboxEntries(List<EventEnvelope> events) throws SQLException {
        return count(
                "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_id = any(:eventIds)",
                events);
    }

    /** A count over the events' ids, bound as {@code :eventIds}. */
    private long count(String sql, List<EventEnvelope> events) throws SQLException {
        UUID[] ids = events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
        try (Connection connection = connect();
                PreparedStatement statement = Statements.prepare(connection, sql, Params.of("eventIds", ids))) {
            return single(statement);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // plain JDBC: the assertions must not depend on either instance being up
    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                properties.get("datasources.default.url"),
                properties.get("datasources.default.username"),
                properties.get("datasources.default.password"));
    }
}
