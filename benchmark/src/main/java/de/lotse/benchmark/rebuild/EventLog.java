package de.lotse.benchmark.rebuild;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.platform.events.EventType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The benchmark's event log on its private broker: generated once and kept. A file next to the broker's data
 * ({@code log.properties}) records what was generated (size asked for, seed, last day, the generator's format and
 * what the log holds); a later run with the same size and seed reuses the log when the topics still hold exactly
 * that many records, and generates it anew otherwise — generating a million events takes minutes.
 */
final class EventLog {
    /** Bumped whenever the generator's output changes, so an older kept log is not taken for a current one. */
    static final int FORMAT = 1;
    /** As the real topics: auto-created by the broker with its {@code num.partitions=3} (deploy/README.md). */
    static final int PARTITIONS = 3;
    /** The histories' last day: fixed, so that a log is reproducible and can be kept (not "yesterday"). */
    static final LocalDate UNTIL = LocalDate.of(2026, 11, 30);
    /** Cases whose events are put in time order together before they are sent (a case's own are always in order). */
    private static final int INTERLEAVE_CASES = 200;

    /** What a kept log holds, as written to {@code log.properties}. */
    record Description(long requested, long seed, int jobcenters, long events, Map<String, Long> counts, String rate) {
        static Description read(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
            if (!String.valueOf(FORMAT).equals(p.getProperty("format"))
                    || !UNTIL.toString().equals(p.getProperty("until"))) {
                return null;
            }
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            p.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("count."))
                    .sorted()
                    .forEach(k -> counts.put(k.substring(6), Long.parseLong(p.getProperty(k))));
            return new Description(
                    Long.parseLong(p.getProperty("requested")),
                    Long.parseLong(p.getProperty("seed")),
                    Integer.parseInt(p.getProperty("jobcenters")),
                    Long.parseLong(p.getProperty("events")),
                    counts,
                    p.getProperty("rate", "?"));
        }

        void write(Path file) throws IOException {
            Properties p = new Properties();
            p.setProperty("format", String.valueOf(FORMAT));
            p.setProperty("until", UNTIL.toString());
            p.setProperty("requested", String.valueOf(requested));
            p.setProperty("seed", String.valueOf(seed));
            p.setProperty("jobcenters", String.valueOf(jobcenters));
            p.setProperty("events", String.valueOf(events));
            p.setProperty("rate", rate);
            counts.forEach((k, v) -> p.setProperty("count." + k, String.valueOf(v)));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "the kept event log of ./lotse bench-rebuild");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        long count(String name) {
            return counts.getOrDefault(name, 0L);
        }
    }

    private final String bootstrap;

    EventLog(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The log of {@code events} events and {@code seed} on the broker: the kept one, or a new one. */
    Description ensure(long events, long seed, int jobcenters, Path marker) throws Exception {
        try (Admin admin = admin()) {
            Description kept = Files.exists(marker) ? Description.read(marker) : null;
            if (kept != null && kept.requested() == events && kept.seed() == seed && kept.jobcenters() == jobcenters) {
                long held = records(admin, eventTopics());
                if (held == kept.events()) {
                    // dead letters of an earlier run are not part of the log: this run's checks count from zero
                    deleteTopics(admin, t -> t.endsWith(EventType.DEAD_LETTER_SUFFIX));
                    log(String.format(
                            Locale.ROOT,
                            "event log kept from an earlier run: %,d events (seed %d, %d Jobcenters; %s)",
                            held,
                            seed,
                            jobcenters,
                            marker));
                    return kept;
                }
                log("the kept log's topics hold " + held + " records, not " + kept.events() + ": generating anew");
            }
            Files.deleteIfExists(marker);
            deleteTopics(admin, t -> !t.startsWith("__"));
            List<NewTopic> topics = eventTopics().stream()
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1))
                    .toList();
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
            Description generated = generate(events, seed, jobcenters);
            generated.write(marker);
            return generated;
        }
    }

    private Description generate(long events, long seed, int jobcenters) throws Exception {
        CaseHistories histories = new CaseHistories(seed, jobcenters, UNTIL, presets());
        WireFormat wire = new WireFormat();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // as the relay (acks=all, idempotent, uncompressed), but batching: the log is written once, fast
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L * 1024 * 1024));
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong bytes = new AtomicLong();
        long sent = 0;
        long started = System.nanoTime();
        long reported = started;
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<CaseHistories.Planned> batch = new ArrayList<>(histories.setUp());
            do {
                for (int i = 0; i < INTERLEAVE_CASES && sent + batch.size() < events; i++) {
                    batch.addAll(histories.nextCase());
                }
                // stable: a case's events on the same instant keep the order the services publish them in
                batch.sort(Comparator.comparing(CaseHistories.Planned::at));
                for (CaseHistories.Planned event : batch) {
                    var record = wire.record(event, histories.uuid(), histories.uuid());
                    bytes.addAndGet(record.value().length());
                    producer.send(record, (metadata, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
                }
                sent += batch.size();
                batch.clear();
                if (failure.get() != null) {
                    throw failure.get();
                }
                if (System.nanoTime() - reported > 10_000_000_000L) {
                    reported = System.nanoTime();
                    log(String.format(
                            Locale.ROOT,
                            "generating: %,d of %,d events (%,.0f/s)",
                            sent,
                            events,
                            sent / ((reported - started) / 1e9)));
                }
            } while (sent < events);
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String rate = String.format(
                Locale.ROOT,
                "generated in %.0f s, %,.0f events/s, %.0f MB of envelopes",
                seconds,
                sent / seconds,
                bytes.get() / 1e6);
        log(String.format(
                Locale.ROOT,
                "event log: %,d events of %,d cases in %d Jobcenters (seed %d), %s",
                sent,
                histories.counts.cases,
                jobcenters,
                seed,
                rate));
        return new Description(events, seed, jobcenters, sent, histories.counts.asMap(), rate);
    }

    /** Every topic of the published language: the ones a reporting instance reads exist from the start. */
    static List<String> eventTopics() {
        return java.util.Arrays.stream(EventType.values())
                .map(EventType::topic)
                .sorted()
                .toList();
    }

    static long records(Admin admin, List<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        List<String> present = topics.stream().filter(existing::contains).toList();
        if (present.isEmpty()) {
            return 0;
        }
        Map<String, TopicDescription> descriptions =
                admin.describeTopics(present).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        descriptions
                .values()
                .forEach(d -> d.partitions()
                        .forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        return admin.listOffsets(latest).all().get().values().stream()
                .mapToLong(info -> info.offset())
                .sum();
    }

    /** Records on the dead-letter topics ({@code *.dlt}): events a consumer could not apply. */
    static long deadLetters(Admin admin) throws Exception {
        List<String> dlt = admin.listTopics().names().get().stream()
                .filter(t -> t.endsWith(EventType.DEAD_LETTER_SUFFIX))
                .toList();
        return records(admin, dlt);
    }

    private static void deleteTopics(Admin admin, java.util.function.Predicate<String> which) throws Exception {
        Set<String> doomed =
                admin.listTopics().names().get().stream().filter(which).collect(Collectors.toSet());
        if (doomed.isEmpty()) {
            return;
        }
        admin.deleteTopics(doomed).all().get(60, TimeUnit.SECONDS);
        for (int i = 0; i < 120; i++) { // deletion completes in the background
            Set<String> left = admin.listTopics().names().get();
            if (doomed.stream().noneMatch(left::contains)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("topics not deleted within 30 s: " + doomed);
    }

    /**
     * The four presets' settings as intake publishes them in {@code policy-changed}: intake's presets (GET
     * /api/policy/presets) flattened as PolicyEvents does, equal to the BA2010 and PANKOW events of a demo system's
     * topic. The benchmark cannot depend on intake-service; refresh the file when a preset changes there.
     */
    static Map<String, Map<String, String>> presets() throws IOException {
        try (InputStream in = EventLog.class.getResourceAsStream("/rebuild/presets.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, String>>>() {});
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(config);
    }

    private static void log(String message) {
        System.err.println("[bench-rebuild] " + message);
    }
}
