package de.lotse.platform.outbox;

import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.correlation.Correlation;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.events.EventType;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's business transaction. Business code
 * publishes only through this writer; the {@link OutboxRelay} brings the rows to Kafka.
 */
@Singleton
public class OutboxWriter {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final Statements sql;
    private final JsonMapper json;
    private final Clock clock;
    private final String producer;
    private final TransactionOperations<Connection> transactions;
    /** wakes this instance's relay once the business transaction committed (the relay may be switched off) */
    private final TransactionSynchronization wakeRelay;

    OutboxWriter(
            Statements sql,
            JsonMapper json,
            Clock clock,
            @Value("${micronaut.application.name}") String producer,
            TransactionOperations<Connection> transactions,
            BeanProvider<OutboxRelay> relay) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
        this.producer = producer;
        this.transactions = transactions;
        this.wakeRelay = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.ifPresent(OutboxRelay::wake);
            }
        };
    }

    /** Appends an event about a case; the case id is the Kafka key. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public EventEnvelope append(String jobcenterId, UUID caseId, EventPayload payload) {
        return append(caseId.toString(), jobcenterId, caseId, payload);
    }

    /** Appends an event with an explicit key (partner events are keyed by partner id). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public EventEnvelope append(String key, @Nullable String jobcenterId, @Nullable UUID caseId, EventPayload payload) {
        EventType type = EventType.of(payload);
        Instant now = clock.instant();
        String correlationId = Correlation.current().orElse(null);
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID(),
                type.topic(),
                type.version(),
                now,
                producer,
                jobcenterId,
                caseId,
                correlationId,
                toMap(payload));
        String body = toJson(envelope);
        sql.update(
                """
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp, correlation_id)
                values (:id, :topic, :key, :topic, :payload::jsonb, :timestamp, :correlationId)""",
                Params.of("id", envelope.eventId())
                        .and("topic", type.topic())
                        .and("key", key)
                        .and("payload", body)
                        .and("timestamp", now)
                        .and("correlationId", correlationId));
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(wakeRelay));
        return envelope;
    }

    private Map<String, Object> toMap(EventPayload payload) {
        try {
            return json.readValue(json.writeValueAsBytes(payload), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
