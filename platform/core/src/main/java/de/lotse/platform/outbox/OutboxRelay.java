package de.lotse.platform.outbox;

import de.lotse.platform.events.EventHeaders;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka. A row is marked sent only after the broker acknowledged it
 * (acks=all, idempotent producer); a failed row is retried with exponential backoff. Several
 * instances of a service may run: a transaction-scoped advisory lock lets one pass run at a time,
 * so one case's events keep their order. Delivery is at-least-once; consumers deduplicate by
 * event id (inbox).
 *
 * <p>When passes run: a commit that wrote outbox rows in this instance wakes the relay ({@link OutboxWriter}),
 * which waits a short linger so that the commits of the next milliseconds go in the same pass, as a Kafka
 * producer's {@code linger.ms} does; without a wake-up it looks every {@code lotse.outbox.relay.interval}
 * (rows of another instance, rows backing off). An idle service thus costs one cheap query a second instead
 * of twenty, and a busy one publishes in batches.
 */
@Singleton
@Requires(property = "lotse.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** advisory lock key of the relay ("lotse-outbox" as a number); one per service database */
    private static final long RELAY_LOCK = 0x6c6f7473656f7574L;

    private final Statements sql;
    private final TransactionOperations<Connection> transactions;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Duration retention;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeMillis = new AtomicLong();
    private final Duration interval;
    private final Duration linger;
    private final Object monitor = new Object();
    private boolean woken; // guarded by monitor
    private volatile boolean running = true;
    private Thread worker;

    OutboxRelay(
            Statements sql,
            TransactionOperations<Connection> transactions,
            @KafkaClient(id = "lotse-outbox", acks = KafkaClient.Acknowledge.ALL) Producer<String, String> producer,
            MeterRegistry meters,
            @Value("${lotse.outbox.relay.batch-size:200}") int batchSize,
            @Value("${lotse.outbox.relay.ack-timeout:15s}") Duration ackTimeout,
            @Value("${lotse.outbox.retention:7d}") Duration retention,
            @Value("${lotse.outbox.relay.interval:1s}") Duration interval,
            @Value("${lotse.outbox.relay.linger:20ms}") Duration linger) {
        this.interval = interval;
        this.linger = linger;
        this.sql = sql;
        this.transactions = transactions;
        this.producer = producer;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.retention = retention;
        this.published = meters.counter("lotse.outbox.published");
        this.failures = meters.counter("lotse.outbox.publish.failures");
        Gauge.builder("lotse.outbox.pending", pending, AtomicLong::get)
                .description("outbox rows not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("lotse.outbox.lag.seconds", oldestPendingAgeMillis, v -> v.get() / 1000.0)
                .description("age of the oldest unsent outbox row")
                .register(meters);
    }

    /** Once the application has started (its migrations ran): before, the outbox table may not exist yet. */
    @EventListener
    void start(StartupEvent started) {
        worker = new Thread(this::loop, "lotse-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(ackTimeout.toMillis());
        }
    }

    /** A commit wrote outbox rows: relay them soon (after the linger). */
    void wake() {
        synchronized (monitor) {
            woken = true;
            monitor.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            try {
                synchronized (monitor) {
                    if (!woken) {
                        monitor.wait(interval.toMillis());
                    }
                }
                if (!running) {
                    return;
                }
                // commits that follow within the linger join this pass
                Thread.sleep(linger.toMillis());
                synchronized (monitor) {
                    woken = false;
                }
                relay();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("outbox relay pass failed: {}", e.toString());
            }
        }
    }

    void relay() {
        try {
            int relayed;
            do {
                relayed = relayBatch();
            } while (relayed == batchSize);
        } catch (RuntimeException e) {
            // the next tick tries again; rows stay unsent and keep their order
            LOG.warn("outbox relay pass failed: {}", e.toString());
        }
    }

    @Scheduled(fixedDelay = "5s", initialDelay = "2s")
    void measureLag() {
        transactions.executeRead(status -> sql.query(
                "select count(*), min(timestamp) from outbox_event where sent_at is null", Params.none(), rs -> {
                    pending.set(rs.getLong(1));
                    Timestamp oldest = rs.getTimestamp(2);
                    oldestPendingAgeMillis.set(
                            oldest == null
                                    ? 0
                                    : Math.max(
                                            0,
                                            Duration.between(oldest.toInstant(), Instant.now())
                                                    .toMillis()));
                    return null;
                }));
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgeSent() {
        transactions.executeWrite(status -> sql.update(
                "delete from outbox_event where sent_at < :before",
                Params.of("before", Instant.now().minus(retention))));
    }

    /** Relays one batch; returns its size, or 0 if the broker was unreachable part-way. */
    int relayBatch() {
        return transactions.executeWrite(status -> {
            if (!leader()) {
                return 0;
            }
            List<Row> rows = claim();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Future<RecordMetadata> ack = send(row);
                acks.add(ack);
                if (ack.isDone() && failed(ack)) {
                    // the broker is unreachable (send blocked for max.block.ms): don't block once per
                    // row; the rest of the batch stays untouched for the next pass
                    break;
                }
            }
            List<UUID> sent = new ArrayList<>(acks.size());
            for (int i = 0; i < acks.size(); i++) {
                Row row = rows.get(i);
                try {
                    acks.get(i).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    sent.add(row.id());
                } catch (ExecutionException | TimeoutException e) {
                    markFailed(row, e instanceof ExecutionException ? e.getCause() : e);
                    failures.increment();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
            markSent(sent);
            published.increment(sent.size());
            return acks.size() == rows.size() ? rows.size() : 0;
        });
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Future<RecordMetadata> send(Row row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add(EventHeaders.EVENT_ID, row.id().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, row.type().getBytes(StandardCharsets.UTF_8));
        if (row.correlationId() != null) {
            record.headers()
                    .add(EventHeaders.CORRELATION_ID, row.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            // e.g. metadata not available within max.block.ms while the broker is down
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    /**
     * One relay pass at a time per database: with several instances of a service, two passes
     * could otherwise publish one case's events out of order (each claims different rows). The
     * transaction-scoped advisory lock is released at commit; another instance simply skips.
     */
    private boolean leader() {
        return sql.query(
                        "select pg_try_advisory_xact_lock(:lock)",
                        Params.of("lock", RELAY_LOCK),
                        rs -> rs.getBoolean(1))
                .get(0);
    }

    private List<Row> claim() {
        return sql.query(
                """
                select id, aggregatetype, aggregateid, type, payload::text, correlation_id, attempts
                from outbox_event o
                where sent_at is null and next_attempt_at <= now()
                  -- keep one key's events in order: never overtake an earlier row still backing off
                  and not exists (select 1 from outbox_event earlier
                                  where earlier.aggregateid = o.aggregateid and earlier.sent_at is null
                                    and earlier.seq < o.seq
                                    and earlier.next_attempt_at > now())
                order by seq
                limit :batchSize
                for update skip locked""",
                Params.of("batchSize", batchSize),
                rs -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)));
    }

    /** One statement for the whole pass: the rows are in this transaction's lock (for update) anyway. */
    private void markSent(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        sql.update(
                "update outbox_event set sent_at = now(), attempts = attempts + 1, last_error = null"
                        + " where id = any(:ids::uuid[])",
                Params.of("ids", ids.toArray(UUID[]::new)));
    }

    private void markFailed(Row row, Throwable cause) {
        long backoffMillis = Math.min(MAX_BACKOFF.toMillis(), 200L << Math.min(row.attempts(), 10));
        LOG.warn(
                "outbox row {} ({}) not acknowledged, retry in {} ms: {}",
                row.id(),
                row.type(),
                backoffMillis,
                cause.toString());
        String error = String.valueOf(cause);
        sql.update(
                """
                update outbox_event set attempts = attempts + 1, last_error = :error,
                       next_attempt_at = now() + (:backoffMillis * interval '1 millisecond')
                where id = :id""",
                Params.of("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                        .and("backoffMillis", backoffMillis)
                        .and("id", row.id()));
    }

    private record Row(
            UUID id, String topic, String key, String type, String payload, String correlationId, int attempts) {}
}
