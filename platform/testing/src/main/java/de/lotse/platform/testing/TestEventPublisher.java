package de.lotse.platform.testing;

import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.events.EventHeaders;
import de.lotse.platform.events.EventType;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Plays an upstream service in consumer tests: publishes events in the real envelope format to
 * the real broker, and can publish the very same event again (a redelivery) or raw garbage.
 */
public final class TestEventPublisher implements AutoCloseable {
    private final JsonMapper json;
    private final KafkaProducer<String, String> producer;

    public TestEventPublisher(JsonMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    public EventEnvelope envelope(String jobcenterId, UUID caseId, EventPayload payload) {
        EventType type = EventType.of(payload);
        try {
            Map<String, Object> map =
                    json.readValue(json.writeValueAsBytes(payload), Argument.mapOf(String.class, Object.class));
            return new EventEnvelope(
                    UUID.randomUUID(),
                    type.topic(),
                    type.version(),
                    Instant.now(),
                    "test",
                    jobcenterId,
                    caseId,
                    "test-" + UUID.randomUUID(),
                    map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes a new event about a case, keyed by the case id. */
    public EventEnvelope publish(String jobcenterId, UUID caseId, EventPayload payload) {
        EventEnvelope envelope = envelope(jobcenterId, caseId, payload);
        publish(envelope, caseId.toString());
        return envelope;
    }

    /** Publishes an event that is not about a case (policy-changed: keyed by the Jobcenter). */
    public EventEnvelope publishKeyed(String jobcenterId, String key, EventPayload payload) {
        EventEnvelope envelope = envelope(jobcenterId, null, payload);
        publish(envelope, key);
        return envelope;
    }

    /** Publishes the given envelope (again): same event id, so consumers must not apply it twice. */
    public void publish(EventEnvelope envelope, String key) {
        try {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(envelope.eventType(), key, json.writeValueAsString(envelope));
            record.headers()
                    .add(EventHeaders.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_TYPE, envelope.eventType().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    /** Publishes a record that is not a Lotse event at all. */
    public void publishRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish raw record", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
