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
 * <pre>
 * &#64;Topic(Topics.CASE_OPENED)
 * void on(ConsumerRecord&lt;String, String&gt; record) {
 *     inbound.process("reporting.caseload", record, CaseOpened.class, event -&gt; caseload.add(event));
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
        String previous = MDC.get(Correlation.MDC_KEY);
        if (event.envelope().correlationId() != null) {
            MDC.put(Correlation.MDC_KEY, event.envelope().correlationId());
        }
        try {
            applyWithRetries(consumer, record, event, handler);
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
