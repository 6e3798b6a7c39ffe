package de.lotse.platform.inbox;

import de.lotse.platform.events.EventHeaders;
import de.lotse.platform.events.EventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Parks an event that a consumer cannot process in {@code <topic>.dlt}, with the original
 * coordinates and the error as headers, and counts it ({@code lotse.events.dead.lettered}).
 * If even that fails, the exception propagates so the listener does not commit its offset.
 */
@Singleton
public class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<String, String> producer;
    private final MeterRegistry meters;
    private final String service;

    DeadLetters(
            @KafkaClient(id = "lotse-dead-letter", acks = KafkaClient.Acknowledge.ALL)
                    Producer<String, String> producer,
            MeterRegistry meters,
            @Value("${micronaut.application.name:}") String service) {
        this.producer = producer;
        this.meters = meters;
        this.service = service;
    }

    public void park(String consumer, ConsumerRecord<String, String> record, Throwable error) {
        String topic = record.topic() + EventType.DEAD_LETTER_SUFFIX;
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, record.key(), record.value());
        // a replayed record parked again is a new letter of its own: drop the old replay and dlt marks
        record.headers().forEach(header -> {
            if (!header.key().startsWith("dlt.") && !header.key().startsWith("replay.")) {
                letter.headers().add(header);
            }
        });
        add(letter, EventHeaders.DLT_ORIGINAL_TOPIC, record.topic());
        add(letter, EventHeaders.DLT_ORIGINAL_PARTITION, String.valueOf(record.partition()));
        add(letter, EventHeaders.DLT_ORIGINAL_OFFSET, String.valueOf(record.offset()));
        add(letter, EventHeaders.DLT_CONSUMER, consumer);
        if (!service.isBlank()) {
            add(letter, EventHeaders.DLT_SERVICE, service);
        }
        add(letter, EventHeaders.DLT_ERROR, String.valueOf(error));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not park event in " + topic, e);
        }
        meters.counter("lotse.events.dead.lettered", "topic", record.topic(), "consumer", consumer)
                .increment();
        LOG.error(
                "event at {}-{}@{} parked in {} for consumer {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                topic,
                consumer,
                error.toString());
    }

    private static void add(ProducerRecord<String, String> letter, String name, String value) {
        String bounded = value.length() > 1000 ? value.substring(0, 1000) : value;
        letter.headers().add(name, bounded.getBytes(StandardCharsets.UTF_8));
    }
}
