package de.lotse.system;

import de.lotse.platform.events.EventHeaders;
import de.lotse.platform.inbox.DeadLetterReplay;
import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bounded waits when the database is away (issue 15, item 10): intake-service and reporting-service run
 * as processes while their PostgreSQL server is frozen for 10 s (SIGSTOP through devinfra's control file,
 * or a paused container): connections stay open and nothing answers, the hardest kind of outage for a
 * client. Writes must answer 503 with {@code Retry-After} well before the database comes back, write
 * nothing, readiness must say DOWN; afterwards an {@code Idempotency-Key} retry writes exactly once, and
 * the consumer, which paused instead of parking events, catches up without loss or double effect. A
 * second test parks an event for real, fixes the cause and replays it with the dead-letter replay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Duration STALL = Duration.ofSeconds(10);
    /**
     * No request may take this long while the database is frozen. The services give up after their pool
     * wait (3 s) or socket timeout (5 s); waiting for the database to come back (10 s) would exceed it.
     */
    private static final Duration BOUND = Duration.ofSeconds(9);

    private static final int EVENTS_DURING_STALL = 30;
    /** Cases of a Jobcenter the caseload consumer applied a case-opened event to. */
    private static final String OPENED =
            "select count(*) from caseload_case where jobcenter_id = ? and opened_event_id is not null";

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String suffix = "_stall_" + ProcessHandle.current().pid();
    private String intakeDb;
    private String reportingDb;
    private ServiceProcess intake;
    private ServiceProcess reporting;

    @BeforeAll
    void startServices() {
        intakeDb = infrastructure.createDatabase("intake" + suffix);
        reportingDb = infrastructure.createDatabase("reporting" + suffix);
        intake = new ServiceProcess("intake-service", intakeDb);
        reporting = new ServiceProcess("reporting-service", reportingDb);
        ServiceProcess.startTogether(intake, reporting);
    }

    @AfterAll
    void stopServices() {
        if (intake != null) {
            intake.close();
        }
        if (reporting != null) {
            reporting.close();
        }
    }

    @Test
    @Order(1)
    void whileTheDatabaseStallsWritesAnswer503ConsumersPauseAndAfterwardsNothingIsLostOrDoubled() throws Exception {
        String jobcenter = "jc-stall-" + UUID.randomUUID().toString().substring(0, 6);
        String av = TestTokens.user("av-1", "AV")
                .jobcenter(jobcenter)
                .team("team-av")
                .sign();
        String fm = TestTokens.user("fm-1", "FM")
                .jobcenter(jobcenter)
                .team("team-1")
                .sign();
        // the system works, and its pools and consumers are warm
        for (int i = 0; i < 3; i++) {
            String caseId = caseId(send(intake, "/api/referrals", av, referral(customerNumber()), null, BOUND));
            assertThat(send(
                                    intake,
                                    "/api/cases/" + caseId + "/admission",
                                    fm,
                                    "{\"customerWilling\":true}",
                                    null,
                                    BOUND)
                            .statusCode())
                    .isEqualTo(200);
        }
        String waiting = caseId(send(intake, "/api/referrals", av, referral(customerNumber()), null, BOUND));
        // rows the caseload consumer opened (case-opened); the case-facts consumer adds a row for a referral
        // too (the waiting one), on its own consumer group and time
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> count(reportingDb, OPENED, jobcenter) == 3);
        long eventsBefore =
                count(intakeDb, "select count(*) from outbox_event where payload->>'jobcenterId' = ?", jobcenter);

        String retriedNumber = customerNumber();
        String retriedBody = referral(retriedNumber);
        String retriedKey = UUID.randomUUID().toString();
        String admissionKey = UUID.randomUUID().toString();
        List<String> abandoned = List.of(customerNumber(), customerNumber(), customerNumber(), customerNumber());
        List<UUID> publishedDuringStall = new ArrayList<>();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Answer>> writes = new ArrayList<>();
        Answer intakeReadiness;
        Answer reportingReadiness;
        Instant stalledAt = Instant.now();
        infrastructure.stallDatabase();
        try {
            writes.add(clients.submit(() -> timed(intake, "/api/referrals", av, retriedBody, retriedKey)));
            writes.add(clients.submit(() -> timed(
                    intake, "/api/cases/" + waiting + "/admission", fm, "{\"customerWilling\":true}", admissionKey)));
            for (String number : abandoned) {
                writes.add(clients.submit(() -> timed(
                        intake,
                        "/api/referrals",
                        av,
                        referral(number),
                        UUID.randomUUID().toString())));
            }
            // events reach the consumer while its database is frozen
            try (KafkaProducer<String, String> producer = producer()) {
                for (int i = 0; i < EVENTS_DURING_STALL; i++) {
                    UUID eventId = UUID.randomUUID();
                    UUID caseId = UUID.randomUUID();
                    producer.send(caseOpened(eventId, jobcenter, caseId)).get(30, TimeUnit.SECONDS);
                    publishedDuringStall.add(eventId);
                }
            }
            intakeReadiness = awaitReadiness(intake, 503);
            reportingReadiness = awaitReadiness(reporting, 503);
            for (Future<Answer> write : writes) {
                write.get(BOUND.toSeconds() + 5, TimeUnit.SECONDS);
            }
            Duration left = STALL.minus(Duration.between(stalledAt, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        } finally {
            infrastructure.resumeDatabase();
            clients.shutdown();
        }

        // during the stall: 503 problem+json with Retry-After, within the bound, never 500, never hanging
        for (Future<Answer> write : writes) {
            Answer answer = write.get();
            System.out.printf(
                    "during the stall: %s answered %d in %d ms%n",
                    answer.path(), answer.status(), answer.took().toMillis());
            assertThat(answer.status()).as(answer.path() + ": " + answer.body()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).as("Retry-After").matches("[1-9][0-9]*");
            assertThat(answer.body()).contains("\"status\":503").doesNotContain("Exception");
        }
        assertThat(intakeReadiness.body()).contains("DOWN");
        assertThat(reportingReadiness.body()).contains("DOWN");
        System.out.printf(
                "readiness DOWN after %d ms (intake), %d ms (reporting)%n",
                intakeReadiness.took().toMillis(), reportingReadiness.took().toMillis());

        // afterwards: ready again
        awaitReadiness(intake, 200);
        awaitReadiness(reporting, 200);

        // nothing of the refused requests was written
        for (String number : abandoned) {
            assertThat(count(intakeDb, "select count(*) from customer where customer_number = ?", number))
                    .isZero();
        }
        assertThat(count(intakeDb, "select count(*) from customer where customer_number = ?", retriedNumber))
                .isZero();
        assertThat(count(intakeDb, "select count(*) from outbox_event where payload->>'jobcenterId' = ?", jobcenter))
                .isEqualTo(eventsBefore);

        // the clients retry with their keys: each write happens exactly once, a second retry gets the first answer
        HttpResponse<String> referred = send(intake, "/api/referrals", av, retriedBody, retriedKey, BOUND);
        HttpResponse<String> again = send(intake, "/api/referrals", av, retriedBody, retriedKey, BOUND);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(referred.body());
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(referred.headers().firstValue("Location"));
        HttpResponse<String> admitted = send(
                intake, "/api/cases/" + waiting + "/admission", fm, "{\"customerWilling\":true}", admissionKey, BOUND);
        HttpResponse<String> admittedAgain = send(
                intake, "/api/cases/" + waiting + "/admission", fm, "{\"customerWilling\":true}", admissionKey, BOUND);
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(admittedAgain.statusCode()).isEqualTo(200);
        assertThat(admittedAgain.body()).isEqualTo(admitted.body());
        assertThat(count(intakeDb, "select count(*) from customer where customer_number = ?", retriedNumber))
                .isOne();
        // exactly two new events: the retried referral's case-referred and the admission's case-opened
        assertThat(count(intakeDb, "select count(*) from outbox_event where payload->>'jobcenterId' = ?", jobcenter))
                .isEqualTo(eventsBefore + 2);

        // the consumer waited instead of parking: everything arrives, each event once
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> count(reportingDb, OPENED, jobcenter) == 3 + EVENTS_DURING_STALL + 1);
        List<UUID> applied = ids(
                reportingDb,
                "select opened_event_id from caseload_case where jobcenter_id = ? " + "and opened_event_id is not null",
                jobcenter);
        assertThat(applied).containsAll(publishedDuringStall).doesNotHaveDuplicates();
        assertThat(ids(
                        reportingDb,
                        "select event_id from inbox_event where consumer = 'reporting.caseload' "
                                + "and event_id = any (select opened_event_id from caseload_case where jobcenter_id = ?)",
                        jobcenter))
                .containsExactlyInAnyOrderElementsOf(applied);
        assertThat(metric(reporting, "lotse_events_deferred_total"))
                .as("the consumer met the frozen database")
                .isPositive();
        assertThat(metric(reporting, "lotse_events_dead_lettered_total")).isZero();
        try (TopicProbe deadLetters = new TopicProbe("case-opened.dlt")) {
            assertThat(deadLetters.drain(Duration.ofSeconds(2)))
                    .noneMatch(
                            record -> record.value() != null && record.value().contains(jobcenter));
        }
    }

    @Test
    @Order(2)
    void aParkedEventIsReplayedToItsConsumerAfterTheFixAndAppliedOnce() throws Exception {
        String jobcenter = "jc-replay-" + UUID.randomUUID().toString().substring(0, 6);
        UUID eventId = UUID.randomUUID();
        // a fault the consumer cannot wait out: its table is gone, every attempt fails, the event is parked
        execute(reportingDb, "alter table caseload_case rename to caseload_case_away");
        try (KafkaProducer<String, String> producer = producer();
                TopicProbe deadLetters = new TopicProbe("case-opened.dlt")) {
            producer.send(caseOpened(eventId, jobcenter, UUID.randomUUID())).get(30, TimeUnit.SECONDS);
            ConsumerRecord<String, String> letter = deadLetters
                    .await(
                            record -> record.value() != null && record.value().contains(eventId.toString()),
                            1,
                            Duration.ofSeconds(60))
                    .get(0);
            assertThat(header(letter, EventHeaders.DLT_CONSUMER)).isEqualTo("reporting.caseload");
            assertThat(header(letter, EventHeaders.DLT_SERVICE)).isEqualTo("reporting-service");
        } finally {
            // the fix
            execute(reportingDb, "alter table caseload_case_away rename to caseload_case");
        }
        assertThat(count(reportingDb, "select count(*) from caseload_case where jobcenter_id = ?", jobcenter))
                .isZero();

        String replayed = replay(false);
        assertThat(replayed).contains(eventId.toString()).contains("reporting-service/reporting.caseload");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> count(reportingDb, "select count(*) from caseload_case where jobcenter_id = ?", jobcenter)
                        == 1);
        assertThat(ids(reportingDb, "select opened_event_id from caseload_case where jobcenter_id = ?", jobcenter))
                .containsExactly(eventId);

        // recorded: a second run leaves it alone; forced, it arrives again and the inbox skips it
        assertThat(replay(false)).doesNotContain(eventId.toString());
        double duplicates = metric(reporting, "lotse_events_replayed_total", "outcome=\"duplicate\"");
        assertThat(replay(true)).contains(eventId.toString());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> metric(reporting, "lotse_events_replayed_total", "outcome=\"duplicate\"") > duplicates);
        assertThat(count(reportingDb, "select count(*) from caseload_case where jobcenter_id = ?", jobcenter))
                .isOne();
        try (TopicProbe log = new TopicProbe(DeadLetterReplay.LOG_TOPIC)) {
            assertThat(log.await(
                            record -> record.value().contains(eventId.toString())
                                    && record.value().contains("\"consumer\":\"reporting.caseload\""),
                            2,
                            Duration.ofSeconds(30)))
                    .hasSize(2);
        }
    }

    private String replay(boolean again) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeadLetterReplay.replay(
                new DeadLetterReplay.Options(
                        infrastructure.kafkaBootstrapServers(),
                        "case-opened",
                        "reporting.caseload",
                        "reporting-service",
                        again,
                        false),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        return printed;
    }

    private record Answer(String path, int status, String contentType, String retryAfter, String body, Duration took) {}

    private Answer timed(ServiceProcess service, String path, String token, String body, String key) {
        Instant start = Instant.now();
        try {
            HttpResponse<String> response = send(service, path, token, body, key, BOUND);
            return new Answer(
                    path,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""),
                    response.body(),
                    Duration.between(start, Instant.now()));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                // recorded rather than thrown, so the assertion names the request that hung
                return new Answer(
                        path, -1, "", "", "no answer within " + BOUND, Duration.between(start, Instant.now()));
            }
            throw e;
        }
    }

    /** Polls readiness (each probe itself bounded) until it answers {@code status}. */
    private Answer awaitReadiness(ServiceProcess service, int status) {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofSeconds(60));
        while (true) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(service.url("/health/readiness")))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status) {
                    return new Answer(
                            "/health/readiness",
                            status,
                            "",
                            "",
                            response.body(),
                            Duration.between(start, Instant.now()));
                }
            } catch (IOException e) {
                throw new AssertionError("readiness did not answer within 3 s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("readiness did not become " + status + " within 60 s");
            }
            ServiceProcess.sleep(200);
        }
    }

    private HttpResponse<String> send(
            ServiceProcess service, String path, String token, String json, String key, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String caseId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = CASE_ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static String customerNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03dD%06d", random.nextInt(1000), random.nextInt(1_000_000));
    }

    private static String referral(String customerNumber) {
        return """
                {"customerNumber":"%s","firstName":"Test","lastName":"Person","dateOfBirth":"1979-05-06",
                 "route":"AV","reasons":["MIN_CRITERIA_MET"],"teamId":"team-1",
                 "facts":{"needsByKeyGroup":{"PERFORMANCE_CAPACITY":2,"LIVING_CONDITIONS":1},"profileCode":"STABILISATION","progressExpected":true}}""".formatted(customerNumber);
    }

    /** A case-opened event as intake publishes it (envelope, key and headers), straight onto the topic. */
    private static ProducerRecord<String, String> caseOpened(UUID eventId, String jobcenter, UUID caseId) {
        LocalDate today = Today.inBerlin();
        String value = """
                {"eventId":"%s","eventType":"case-opened","eventVersion":1,"occurredAt":"%s","producer":"intake-service",
                 "jobcenterId":"%s","caseId":"%s","correlationId":"stall-test","payload":{"caseId":"%s",
                 "customerRef":"%s","teamId":"team-1","caseManagerId":"fm-1","route":"AV","ageGroup":"UE25",
                 "policyVersion":0,"admittedOn":"%s","admittedAt":"%s","supportRole":"PRIMARY","decidedByRole":"FM",
                 "durationStartOn":"%s","overCaseloadOverride":false}}""".formatted(
                eventId, Instant.now(), jobcenter, caseId, caseId, UUID.randomUUID(), today, Instant.now(), today);
        ProducerRecord<String, String> record = new ProducerRecord<>("case-opened", caseId.toString(), value);
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "case-opened".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        infrastructure.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return record.headers().lastHeader(name) == null
                ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** A counter of the service's Prometheus endpoint, summed over the series whose labels contain {@code label}. */
    private double metric(ServiceProcess service, String name, String... label) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(service.url("/prometheus")))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body()
                    .lines()
                    .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                    .filter(line -> label.length == 0 || line.contains(label[0]))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String jdbcUrl, String sql) {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, infrastructure.pgUser(), infrastructure.pgPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> ids(String jdbcUrl, String sql, String parameter) {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, infrastructure.pgUser(), infrastructure.pgPassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String jdbcUrl, String sql, String parameter) {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, infrastructure.pgUser(), infrastructure.pgPassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
