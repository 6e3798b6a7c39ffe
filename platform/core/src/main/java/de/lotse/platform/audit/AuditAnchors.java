package de.lotse.platform.audit;

import de.lotse.platform.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads the anchors of all chains from the {@code audit-chain-anchored} topic, from its beginning
 * to its current end, without a consumer group (nothing is committed, no group offsets kept).
 */
public final class AuditAnchors {
    private AuditAnchors() {}

    /**
     * @param kafka    client properties (bootstrap servers, and security settings where the cluster needs them)
     * @param json     parses one record value into a map (the event envelope)
     * @param timeout  how long reading may take
     * @return anchors by chain name; empty when the topic does not exist yet
     * @throws IllegalStateException when the topic could not be read to its end within the timeout
     */
    public static Map<String, List<AuditAnchor>> read(
            Properties kafka, Function<String, Map<String, Object>> json, Duration timeout) {
        Properties properties = new Properties();
        properties.putAll(kafka);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // reading must not create the topic (with the broker's default retention) as a side effect
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Instant deadline = Instant.now().plus(timeout);
        Map<String, List<AuditAnchor>> anchors = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> infos = consumer.listTopics(timeout).get(Topics.AUDIT_CHAIN_ANCHORED);
            if (infos == null || infos.isEmpty()) {
                return anchors;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the anchors on " + Topics.AUDIT_CHAIN_ANCHORED
                            + " were not read to their end within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    AuditAnchor anchor = parse(record.value(), json);
                    if (anchor != null) {
                        anchors.computeIfAbsent(anchor.chain(), chain -> new ArrayList<>())
                                .add(anchor);
                    }
                }
            }
        }
        return anchors;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** An anchor, or null for a record that is not one (it proves nothing either way). */
    @SuppressWarnings("unchecked")
    static AuditAnchor parse(String value, Function<String, Map<String, Object>> json) {
        try {
            Map<String, Object> envelope = json.apply(value);
            if (!(envelope.get("payload") instanceof Map<?, ?> payload)) {
                return null;
            }
            Map<String, Object> fields = (Map<String, Object>) payload;
            Object chain = fields.get("chain");
            Object position = fields.get("position");
            Object mac = fields.get("headMac");
            Object at = fields.get("anchoredAt");
            if (!(chain instanceof String name)
                    || !(position instanceof Number number)
                    || !(mac instanceof String hex)) {
                return null;
            }
            Instant anchoredAt = at instanceof String text
                    ? Instant.parse(text)
                    : at instanceof Number seconds
                            ? Instant.ofEpochMilli((long) (seconds.doubleValue() * 1000))
                            : Instant.EPOCH;
            return new AuditAnchor(name, number.longValue(), HexFormat.of().parseHex(hex), anchoredAt);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
