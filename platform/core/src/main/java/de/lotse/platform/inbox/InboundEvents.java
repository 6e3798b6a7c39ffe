package de.lotse.platform.inbox;

import de.lotse.platform.correlation.Correlation;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.DatabaseFailures;
import de.lotse.platform.jdbc.DatabaseUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one way a Lotse service consumes an event: parse the envelope, then apply the effect and
 * record the event in the inbox in one transaction, so a redelivered event has no second effect.
 * A failing effect is retried with backoff; after the last attempt the event is parked in the
 * dead-letter topic. An event that cannot even be parsed, or whose handler throws
 * {@link UnprocessableEvent}, goes there at once.
 *
 * <p>While the service's database is away ({@link DatabaseFailures#isUnavailable}) an attempt does not
 * count: the event is never parked for that reason. {@link DatabaseUnavailable} reaches the listener,
 * whose error strategy ({@code RETRY_ON_ERROR}, every Lotse listener has it) seeks back to the record
 * and pauses the partition for its retry delay; the consumer stays in its group and goes on when the
 * database answers again. The inbox row makes the retry harmless if the effect did commit.
 *
 * <p>A record re-delivered by {@code ./lotse replay-dead-letters} names the consumer (and service) that
 * parked it; other consumers of the topic pass it by without effect.
 *
 * <p>A consumer receives its topics as batches ({@link #processBatch}): the events of one poll are claimed in the
 * inbox with one statement and applied in one transaction, which is what lets a read model be rebuilt from the
 * topics at bulk speed. If anything in a batch fails, the batch is rolled back and its events are applied one
 * by one ({@link #process}), each with its own retries and dead letter — a failing event never takes the others
 * with it, and each is still applied exactly once.
 *
 * <pre>
 * &#64;KafkaListener(groupId = "…", batch = true, offsetStrategy = OffsetStrategy.SYNC, errorStrategy = …)
 * class CaseloadListener {
 *     &#64;Topic({Topics.CASE_OPENED, Topics.CASE_CLOSED})
 *     void on(List&lt;ConsumerRecord&lt;String, String&gt;&gt; records) {
 *         inbound.processBatch("reporting.caseload", records, routes);
 *     }
 * }
 * </pre>
 */
@Singleton
public class InboundEvents {
    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);

    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final String service;

    InboundEvents(
            JsonMapper json,
            TransactionOperations<Connection> transactions,
            Inbox inbox,
            DeadLetters deadLetters,
            MeterRegistry meters,
            @Value("${lotse.inbox.max-attempts:5}") int maxAttempts,
            @Value("${lotse.inbox.initial-backoff:200ms}") Duration initialBackoff,
            @Value("${micronaut.application.name:}") String service) {
        this.json = json;
        this.transactions = transactions;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.service = service;
    }

    /**
     * Processes one record for {@code consumer}; returns normally once it is applied, skipped or parked.
     *
     * @throws DatabaseUnavailable while the database is away: the listener retries the record later
     */
    public <T> void process(
            String consumer, ConsumerRecord<String, String> record, Class<T> payloadType, EventHandler<T> handler) {
        if (!DeadLetterReplay.addressedTo(record, consumer, service)) {
            // a replay for another consumer of this topic: it applied the event before or gets it itself
            return;
        }
        ReceivedEvent<T> event;
        try {
            event = parse(record, payloadType);
        } catch (IOException | RuntimeException e) {
            deadLetters.park(consumer, record, e);
            return;
        }
        processParsed(consumer, record, event, handler);
    }

    /**
     * Processes what one poll returned for {@code consumer}, in the order given: every event is applied once,
     * skipped as a redelivery, or parked. The happy path is one transaction for the whole batch (one inbox
     * statement, the handlers, the routes' {@link EventRoutes.BatchScope}); when it fails, each event is
     * processed on its own as {@link #process} does.
     *
     * @throws DatabaseUnavailable while the database is away: the listener retries the whole batch later
     */
    public void processBatch(String consumer, List<ConsumerRecord<String, String>> records, EventRoutes routes) {
        List<Parsed<?>> batch = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            if (!DeadLetterReplay.addressedTo(record, consumer, service)) {
                continue;
            }
            EventRoutes.Route<?> route = routes.route(record.topic());
            try {
                if (route == null) {
                    throw new IOException("no route for topic " + record.topic() + " in " + consumer);
                }
                batch.add(parsed(record, route));
            } catch (IOException | RuntimeException e) {
                deadLetters.park(consumer, record, e);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        meters.summary("lotse.events.batch.size", "consumer", consumer).record(batch.size());
        if (batch.size() == 1) {
            batch.get(0).processAlone(consumer);
            return;
        }
        Map<UUID, Parsed<?>> unique = new LinkedHashMap<>();
        batch.forEach(p -> unique.putIfAbsent(p.event.envelope().eventId(), p));
        Set<UUID> claimed;
        try {
            claimed = transactions.executeWrite(status -> {
                Set<UUID> fresh = inbox.claimAll(
                        consumer,
                        unique.values().stream().map(p -> p.event.envelope()).toList());
                List<ReceivedEvent<?>> events = unique.values().stream()
                        .filter(p -> fresh.contains(p.event.envelope().eventId()))
                        .<ReceivedEvent<?>>map(p -> p.event)
                        .toList();
                routes.scope()
                        .around(
                                events,
                                () -> unique.values().stream()
                                        .filter(p -> fresh.contains(
                                                p.event.envelope().eventId()))
                                        .forEach(Parsed::apply));
                return fresh;
            });
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                meters.counter("lotse.events.deferred", "topic", "(batch)", "consumer", consumer)
                        .increment(batch.size());
                LOG.warn(
                        "a batch of {} events for {} waits for the database, which is away: {}",
                        batch.size(),
                        consumer,
                        e.toString());
                throw new DatabaseUnavailable("database away while applying a batch for " + consumer, e);
            }
            // one event spoils the batch: apply each on its own, so only that one is retried and parked
            LOG.info(
                    "a batch of {} events for {} failed ({}); applying them one by one",
                    batch.size(),
                    consumer,
                    e.toString());
            meters.counter("lotse.events.batches.split", "consumer", consumer).increment();
            batch.forEach(p -> p.processAlone(consumer));
            return;
        }
        count(consumer, batch, claimed);
    }

    /** The applied/duplicate/replayed counters of a batch, one increment per topic and outcome. */
    private void count(String consumer, List<Parsed<?>> batch, Set<UUID> claimed) {
        Map<List<String>, Integer> counts = new HashMap<>();
        Set<UUID> seen = new java.util.HashSet<>();
        for (Parsed<?> p : batch) {
            UUID id = p.event.envelope().eventId();
            boolean applied = claimed.contains(id) && seen.add(id);
            counts.merge(
                    List.of(applied ? "lotse.events.applied" : "lotse.events.duplicates", p.record.topic()),
                    1,
                    Integer::sum);
            if (DeadLetterReplay.isReplay(p.record)) {
                meters.counter(
                                "lotse.events.replayed",
                                "topic",
                                p.record.topic(),
                                "consumer",
                                consumer,
                                "outcome",
                                applied ? "applied" : "duplicate")
                        .increment();
            }
        }
        counts.forEach((key, n) -> meters.counter(key.get(0), "topic", key.get(1), "consumer", consumer)
                .increment(n));
    }

    private <T> Parsed<T> parsed(ConsumerRecord<String, String> record, EventRoutes.Route<T> route) throws IOException {
        return new Parsed<>(record, parse(record, route.type()), route.handler());
    }

    /** A parsed record with its handler. */
    private final class Parsed<T> {
        final ConsumerRecord<String, String> record;
        final ReceivedEvent<T> event;
        final EventHandler<T> handler;

        Parsed(ConsumerRecord<String, String> record, ReceivedEvent<T> event, EventHandler<T> handler) {
            this.record = record;
            this.event = event;
            this.handler = handler;
        }

        void apply() {
            withCorrelation(event, () -> handler.apply(event));
        }

        void processAlone(String consumer) {
            processParsed(consumer, record, event, handler);
        }
    }

    private <T> void processParsed(
            String consumer, ConsumerRecord<String, String> record, ReceivedEvent<T> event, EventHandler<T> handler) {
        withCorrelation(event, () -> applyWithRetries(consumer, record, event, handler));
    }

    private static void withCorrelation(ReceivedEvent<?> event, Runnable work) {
        String previous = MDC.get(Correlation.MDC_KEY);
        if (event.envelope().correlationId() != null) {
            MDC.put(Correlation.MDC_KEY, event.envelope().correlationId());
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(Correlation.MDC_KEY);
            } else {
                MDC.put(Correlation.MDC_KEY, previous);
            }
        }
    }

    private <T> void applyWithRetries(
            String consumer, ConsumerRecord<String, String> record, ReceivedEvent<T> event, EventHandler<T> handler) {
        EventEnvelope envelope = event.envelope();
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = transactions.executeWrite(status -> {
                    if (!inbox.claim(consumer, envelope.eventId(), envelope.eventType())) {
                        return false;
                    }
                    handler.apply(event);
                    return true;
                });
                meters.counter(
                                applied ? "lotse.events.applied" : "lotse.events.duplicates",
                                "topic",
                                record.topic(),
                                "consumer",
                                consumer)
                        .increment();
                if (DeadLetterReplay.isReplay(record)) {
                    meters.counter(
                                    "lotse.events.replayed",
                                    "topic",
                                    record.topic(),
                                    "consumer",
                                    consumer,
                                    "outcome",
                                    applied ? "applied" : "duplicate")
                            .increment();
                }
                return;
            } catch (UnprocessableEvent e) {
                deadLetters.park(consumer, record, e);
                return;
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    // not the event's fault: no attempt counted, never parked; the listener pauses and retries
                    meters.counter("lotse.events.deferred", "topic", record.topic(), "consumer", consumer)
                            .increment();
                    LOG.warn(
                            "event {} ({}) for {} waits for the database, which is away: {}",
                            envelope.eventId(),
                            envelope.eventType(),
                            consumer,
                            e.toString());
                    throw new DatabaseUnavailable(
                            "database away while applying event " + envelope.eventId() + " for " + consumer, e);
                }
                if (attempt >= maxAttempts) {
                    deadLetters.park(consumer, record, e);
                    return;
                }
                LOG.warn(
                        "event {} ({}) failed for {} (attempt {}/{}): {}",
                        envelope.eventId(),
                        envelope.eventType(),
                        consumer,
                        attempt,
                        maxAttempts,
                        e.toString());
                sleep(initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 6)));
            }
        }
    }

    private <T> ReceivedEvent<T> parse(ConsumerRecord<String, String> record, Class<T> payloadType) throws IOException {
        if (record.value() == null) {
            throw new IOException("empty record");
        }
        EventEnvelope envelope = json.readValue(record.value(), EventEnvelope.class);
        if (envelope.eventId() == null || envelope.eventType() == null || envelope.payload() == null) {
            throw new IOException("envelope lacks eventId, eventType or payload");
        }
        if (!envelope.eventType().equals(record.topic())) {
            throw new IOException("event type " + envelope.eventType() + " on topic " + record.topic());
        }
        T payload = json.readValue(json.writeValueAsBytes(envelope.payload()), payloadType);
        return new ReceivedEvent<>(envelope, payload);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
