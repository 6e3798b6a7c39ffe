package de.lotse.system;

import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No event is lost or applied twice, end to end: intake-service and reporting-service run as
 * separate processes on the real broker and databases; the broker is stopped and a consumer
 * is killed while events flow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDeliveryIT {
    /**
     * Caseload rows that case-opened has reached. A row alone is not enough: case-referred creates it
     * first (first-consultation deadline), and the relay sends a case's case-referred before its case-opened.
     */
    private static final String OPENED_CASES =
            "select count(*) from caseload_case where jobcenter_id = ? and opened_event_id is not null";

    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String suffix = "_sys_" + ProcessHandle.current().pid();
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
    void casesOpenedWhileKafkaIsDownReachReportingExactlyOnce() {
        String jobcenter = "jc-outage-" + UUID.randomUUID().toString().substring(0, 6);
        double failuresBefore = metric(intake, "lotse_outbox_publish_failures_total");
        infrastructure.stopBroker();
        try {
            for (int i = 0; i < 100; i++) {
                openCase(jobcenter);
            }
            // every state change is committed with its event, which waits in the outbox
            assertThat(count(
                            intakeDb,
                            "select count(*) from outbox_event where type = 'case-opened' "
                                    + "and sent_at is null and payload->>'jobcenterId' = ?",
                            jobcenter))
                    .isEqualTo(100);
            assertThat(count(reportingDb, "select count(*) from caseload_case where jobcenter_id = ?", jobcenter))
                    .isZero();
            // the relay keeps trying with backoff, records why, and says so in its metrics
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        // (one key's rows wait behind its first unsent one: the case-referred row is tried first)
                        assertThat(count(
                                        intakeDb,
                                        "select count(*) from outbox_event where attempts > 0 "
                                                + "and last_error is not null and next_attempt_at > timestamp and payload->>'jobcenterId' = ?",
                                        jobcenter))
                                .isPositive();
                        assertThat(metric(intake, "lotse_outbox_publish_failures_total"))
                                .isGreaterThan(failuresBefore);
                        assertThat(metric(intake, "lotse_outbox_pending")).isGreaterThanOrEqualTo(100);
                        assertThat(metric(intake, "lotse_outbox_lag_seconds")).isPositive();
                    });
        } finally {
            infrastructure.startBroker();
        }

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> count(reportingDb, OPENED_CASES, jobcenter) == 100);
        // the relay marks a row sent once the broker acknowledged it, which may be after the consumer applied it
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> count(
                                intakeDb,
                                "select count(*) from outbox_event where type = 'case-opened' "
                                        + "and sent_at is null and payload->>'jobcenterId' = ?",
                                jobcenter)
                        == 0);
        // the relay may have published some rows twice (ack lost at the outage): still one effect each
        ServiceProcess.sleep(2000);
        assertAppliedExactlyOnce(jobcenter, 100);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(metric(intake, "lotse_outbox_pending")).isZero();
                    assertThat(metric(intake, "lotse_outbox_lag_seconds")).isZero();
                });
    }

    @Test
    void consumerKilledMidStreamResumesWithoutDuplicateEffects() {
        String jobcenter = "jc-restart-" + UUID.randomUUID().toString().substring(0, 6);
        Thread load = new Thread(() -> {
            for (int i = 0; i < 80; i++) {
                openCase(jobcenter);
            }
        });
        load.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> count(reportingDb, OPENED_CASES, jobcenter) >= 10);
        reporting.kill();
        reporting = new ServiceProcess("reporting-service", reportingDb).start();
        try {
            load.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> count(reportingDb, OPENED_CASES, jobcenter) == 80);
        ServiceProcess.sleep(2000);
        assertAppliedExactlyOnce(jobcenter, 80);
    }

    /**
     * Each case-opened event of the Jobcenter (as intake's outbox holds them) has exactly one caseload
     * row and exactly one inbox claim by the caseload consumer, and none was parked as unprocessable.
     * A row count alone would not show a second application: the caseload row is an upsert.
     */
    private void assertAppliedExactlyOnce(String jobcenter, int cases) {
        List<UUID> published = ids(
                intakeDb,
                "select id from outbox_event where type = 'case-opened' " + "and payload->>'jobcenterId' = ?",
                jobcenter);
        assertThat(published).hasSize(cases);
        assertThat(ids(reportingDb, "select opened_event_id from caseload_case where jobcenter_id = ?", jobcenter))
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(ids(
                        reportingDb,
                        "select i.event_id from inbox_event i join caseload_case c "
                                + "on c.opened_event_id = i.event_id where i.consumer = 'reporting.caseload' and c.jobcenter_id = ?",
                        jobcenter))
                .containsExactlyInAnyOrderElementsOf(published);
        try (TopicProbe deadLetters = new TopicProbe("case-opened.dlt")) {
            assertThat(deadLetters.drain(Duration.ofSeconds(2)))
                    .noneMatch(
                            record -> record.value() != null && record.value().contains(jobcenter));
        }
    }

    /** A counter or gauge of the service's Prometheus endpoint (summed over its labels), 0 when absent. */
    private double metric(ServiceProcess service, String name) {
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
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private void openCase(String jobcenter) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String customerNumber = String.format("%03dS%06d", random.nextInt(1000), random.nextInt(1_000_000));
        String team = "team-" + random.nextInt(3);
        String referral = """
                {"customerNumber":"%s","firstName":"Test","lastName":"Person","dateOfBirth":"1979-05-06",
                 "route":"AV","reasons":["MIN_CRITERIA_MET"],"teamId":"team-%s",
                 "facts":{"needsByKeyGroup":{"PERFORMANCE_CAPACITY":2,"LIVING_CONDITIONS":1},"profileCode":"STABILISATION","progressExpected":true}}""".formatted(customerNumber, team.substring(5));
        String av = TestTokens.user("av-1", "AV")
                .jobcenter(jobcenter)
                .team("team-av")
                .sign();
        String body = post(intake.url("/api/referrals"), av, referral, 201);
        Matcher id = CASE_ID.matcher(body);
        assertThat(id.find()).isTrue();
        // the case goes to an FM of the team it was referred to
        String fm = TestTokens.user("fm-" + random.nextInt(4), "FM")
                .jobcenter(jobcenter)
                .team(team)
                .sign();
        post(intake.url("/api/cases/" + id.group(1) + "/admission"), fm, "{\"customerWilling\":true}", 200);
    }

    private String post(String url, String token, String json, int expected) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(String jdbcUrl, String sql, String parameter) {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, infrastructure.pgUser(), infrastructure.pgPassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
