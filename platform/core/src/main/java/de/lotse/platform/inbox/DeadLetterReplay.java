package de.lotse.platform.inbox;

import de.lotse.platform.events.EventHeaders;
import de.lotse.platform.events.EventType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./lotse replay-dead-letters}: after the cause is fixed, re-delivers the events parked in
 * {@code <topic>.dlt} to the consumer that parked them.
 *
 * <p>Each letter goes back to its original topic with its key (so to the same partition as the case's
 * other events), value and event headers, plus {@link EventHeaders#REPLAY_CONSUMER} (and
 * {@link EventHeaders#REPLAY_SERVICE}): {@link InboundEvents} applies it only for that consumer, every
 * other consumer of the topic passes it by. The inbox makes the replay idempotent — an event the
 * consumer applied meanwhile is skipped — and consumers are order-tolerant, so arriving after the
 * case's later events is fine. A letter that fails again is parked again, as a new letter.
 *
 * <p>What was replayed is recorded in the topic {@value #LOG_TOPIC} (key {@code <dlt topic>-<partition>@<offset>},
 * a JSON line with the event, consumer, time and who ran it) and printed; a later run skips letters
 * recorded there unless {@code --again}.
 *
 * <pre>
 * DeadLetterReplay --bootstrap 127.0.0.1:19092 [--topic case-opened] [--consumer reporting.caseload]
 *                  [--service reporting-service] [--again] [--dry-run]
 * </pre>
 */
public final class DeadLetterReplay {
    /** The record of every replay (never deleted: give it unlimited retention like the event topics). */
    public static final String LOG_TOPIC = "dead-letter-replays";

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** What to replay: every parked letter, or only one topic's, one consumer's, one service's. */
    public record Options(
            String bootstrap, String topic, String consumer, String service, boolean again, boolean dryRun) {}

    /** How many letters were found, replayed, skipped because replayed before, left for other consumers. */
    public record Result(int parked, int replayed, int replayedBefore, int notSelected) {}

    private DeadLetterReplay() {}

    /** Whether a record is for this consumer: every ordinary record is; a replayed one only for its consumer. */
    static boolean addressedTo(ConsumerRecord<?, ?> record, String consumer, String service) {
        String replayConsumer = header(record.headers().lastHeader(EventHeaders.REPLAY_CONSUMER));
        if (replayConsumer == null) {
            return true;
        }
        String replayService = header(record.headers().lastHeader(EventHeaders.REPLAY_SERVICE));
        return replayConsumer.equals(consumer)
                && (replayService == null || service == null || service.isBlank() || replayService.equals(service));
    }

    static boolean isReplay(ConsumerRecord<?, ?> record) {
        return record.headers().lastHeader(EventHeaders.REPLAY_OF) != null;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "usage: replay-dead-letters [--topic T] [--consumer C] [--service S] [--again] [--dry-run]");
            System.exit(2);
            return;
        }
        try {
            Result result = replay(options, System.out);
            System.out.printf(
                    "%d parked letter(s) selected: %d replayed%s, %d replayed before (--again replays them), "
                            + "%d for other topics/consumers/services left as they are%n",
                    result.parked(),
                    result.replayed(),
                    options.dryRun() ? " (dry run: nothing sent)" : "",
                    result.replayedBefore(),
                    result.notSelected());
            System.exit(0);
        } catch (RuntimeException e) {
            System.err.println("replay failed: " + e);
            System.exit(1);
        }
    }

    static Options parse(String[] args) {
        String bootstrap = null;
        String topic = null;
        String consumer = null;
        String service = null;
        boolean again = false;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--again" -> again = true;
                case "--dry-run" -> dryRun = true;
                case "--bootstrap", "--topic", "--consumer", "--service" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    String value = args[++i];
                    switch (args[i - 1]) {
                        case "--bootstrap" -> bootstrap = value;
                        case "--topic" ->
                            topic = value.endsWith(EventType.DEAD_LETTER_SUFFIX)
                                    ? value.substring(0, value.length() - EventType.DEAD_LETTER_SUFFIX.length())
                                    : value;
                        case "--consumer" -> consumer = value;
                        default -> service = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (bootstrap == null) {
            throw new IllegalArgumentException("--bootstrap host:port is required");
        }
        return new Options(bootstrap, topic, consumer, service, again, dryRun);
    }

    /** Replays what the options select; prints one line per letter to {@code out}. */
    public static Result replay(Options options, PrintStream out) {
        Set<String> deadLetterTopics = new TreeSet<>();
        boolean logExists;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                options.bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                "30000"))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            topics.stream()
                    .filter(name -> name.endsWith(EventType.DEAD_LETTER_SUFFIX))
                    .forEach(deadLetterTopics::add);
            logExists = topics.contains(LOG_TOPIC);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the topics at " + options.bootstrap(), e);
        }
        int parked = 0;
        int replayed = 0;
        int before = 0;
        int notSelected = 0;
        try (KafkaConsumer<String, String> reader = reader(options.bootstrap());
                KafkaProducer<String, String> writer = writer(options.bootstrap())) {
            Set<String> done = logExists ? readKeys(reader, LOG_TOPIC) : Set.of();
            for (String deadLetterTopic : deadLetterTopics) {
                String original =
                        deadLetterTopic.substring(0, deadLetterTopic.length() - EventType.DEAD_LETTER_SUFFIX.length());
                for (ConsumerRecord<String, String> letter : readAll(reader, deadLetterTopic)) {
                    String consumer = header(letter.headers().lastHeader(EventHeaders.DLT_CONSUMER));
                    String service = header(letter.headers().lastHeader(EventHeaders.DLT_SERVICE));
                    if ((options.topic() != null && !options.topic().equals(original))
                            || (options.consumer() != null
                                    && !options.consumer().equals(consumer))
                            || (options.service() != null && !options.service().equals(service))) {
                        notSelected++;
                        continue;
                    }
                    parked++;
                    String coordinate = deadLetterTopic + "-" + letter.partition() + "@" + letter.offset();
                    if (done.contains(coordinate) && !options.again()) {
                        before++;
                        continue;
                    }
                    String target = header(letter.headers().lastHeader(EventHeaders.DLT_ORIGINAL_TOPIC));
                    target = target == null ? original : target;
                    String eventId = header(letter.headers().lastHeader(EventHeaders.EVENT_ID));
                    out.printf(
                            "%s %s -> %s for %s%s (event %s; parked because: %s)%n",
                            options.dryRun() ? "would replay" : "replaying",
                            coordinate,
                            target,
                            service == null ? "" : service + "/",
                            consumer == null ? "every consumer" : consumer,
                            eventId,
                            header(letter.headers().lastHeader(EventHeaders.DLT_ERROR)));
                    if (!options.dryRun()) {
                        send(writer, redelivery(letter, target, consumer, service, coordinate));
                        send(
                                writer,
                                new ProducerRecord<>(
                                        LOG_TOPIC,
                                        coordinate,
                                        logEntry(coordinate, target, consumer, service, eventId)));
                    }
                    replayed++;
                }
            }
        }
        return new Result(parked, replayed, before, notSelected);
    }

    private static ProducerRecord<String, String> redelivery(
            ConsumerRecord<String, String> letter, String target, String consumer, String service, String coordinate) {
        ProducerRecord<String, String> record = new ProducerRecord<>(target, letter.key(), letter.value());
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("dlt.") && !header.key().startsWith("replay.")) {
                record.headers().add(header);
            }
        }
        if (consumer != null) {
            record.headers().add(EventHeaders.REPLAY_CONSUMER, consumer.getBytes(StandardCharsets.UTF_8));
        }
        if (service != null) {
            record.headers().add(EventHeaders.REPLAY_SERVICE, service.getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add(EventHeaders.REPLAY_OF, coordinate.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String logEntry(String coordinate, String topic, String consumer, String service, String eventId) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("parkedAt", coordinate);
        entry.put("topic", topic);
        entry.put("service", service);
        entry.put("consumer", consumer);
        entry.put("eventId", eventId);
        entry.put("replayedAt", Instant.now().toString());
        entry.put("replayedBy", System.getProperty("user.name"));
        StringBuilder json = new StringBuilder("{");
        entry.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":").append(value == null ? "null" : '"' + escape(value) + '"');
        });
        return json.append('}').toString();
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static void send(KafkaProducer<String, String> writer, ProducerRecord<String, String> record) {
        try {
            writer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + record.topic(), e);
        }
    }

    private static Set<String> readKeys(KafkaConsumer<String, String> reader, String topic) {
        Set<String> keys = new HashSet<>();
        readAll(reader, topic).forEach(record -> keys.add(record.key()));
        return keys;
    }

    /** Every record the topic holds now, from the beginning to the current end of each partition. */
    private static List<ConsumerRecord<String, String>> readAll(KafkaConsumer<String, String> reader, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo partition : reader.partitionsFor(topic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic, partition.partition()));
        }
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (partitions.stream().anyMatch(p -> reader.position(p, Duration.ofSeconds(30)) < end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        reader.unsubscribe();
        return records;
    }

    private static KafkaConsumer<String, String> reader(String bootstrap) {
        // no group: partitions are assigned by hand and nothing is committed
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500"),
                new StringDeserializer(),
                new StringDeserializer());
    }

    private static KafkaProducer<String, String> writer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new StringSerializer(),
                new StringSerializer());
    }

    private static String header(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
