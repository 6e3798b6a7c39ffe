package de.lotse.reporting.caseload;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.testing.ServiceTestProperties;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.TopicProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadIT implements TestPropertyProvider {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    MeterRegistry meters;

    private TestEventPublisher publisher;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("reporting");
    }

    @BeforeAll
    void start() {
        publisher = new TestEventPublisher(json);
    }

    @AfterAll
    void stop() {
        publisher.close();
    }

    private static String jobcenter() {
        return "jc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private EventEnvelope open(String jobcenter, String team, String manager, String ageGroup) {
        UUID caseId = UUID.randomUUID();
        return publisher.publish(jobcenter, caseId, new CaseOpened(caseId, UUID.randomUUID(), team, manager, "AV",
                ageGroup, 0, LocalDate.of(2026, 11, 3), Instant.now()));
    }

    private Map<String, Object> caseload(String token, String groupBy) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/caseload?groupBy=" + groupBy).bearerAuth(token), MAP);
    }

    private Map<String, Object> awaitTotal(String token, String groupBy, int total) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> caseload(token, groupBy),
                body -> ((Number) body.get("total")).intValue() == total);
    }

    @Test
    void countsOpenCasesPerCaseManagerAndTeamWithinTheJobcenter() {
        String jobcenter = jobcenter();
        open(jobcenter, "team-1", "fm-anna", "UE25");
        open(jobcenter, "team-1", "fm-anna", "U25");
        open(jobcenter, "team-1", "fm-jonas", "UE25");
        open(jobcenter, "team-2", "fm-selin", "U25");
        open(jobcenter(), "team-1", "fm-anna", "UE25"); // another Jobcenter
        String management = TestTokens.user("mgmt", "MANAGEMENT").jobcenter(jobcenter).sign();

        Map<String, Object> byManager = awaitTotal(management, "caseManager", 4);
        assertThat(byManager.get("rows")).asList().containsExactly(
                Map.of("key", "fm-anna", "openCases", 2, "u25", 1, "ue25", 1),
                Map.of("key", "fm-jonas", "openCases", 1, "u25", 0, "ue25", 1),
                Map.of("key", "fm-selin", "openCases", 1, "u25", 1, "ue25", 0));
        Map<String, Object> byTeam = caseload(management, "team");
        assertThat(byTeam.get("rows")).asList().containsExactly(
                Map.of("key", "team-1", "openCases", 3, "u25", 1, "ue25", 2),
                Map.of("key", "team-2", "openCases", 1, "u25", 1, "ue25", 0));

        String teamLead = TestTokens.user("tl-petra", "TL").jobcenter(jobcenter).team("team-2").sign();
        assertThat(caseload(teamLead, "caseManager").get("rows")).asList()
                .containsExactly(Map.of("key", "fm-selin", "openCases", 1, "u25", 1, "ue25", 0));
        String caseManager = TestTokens.user("fm-jonas", "FM").jobcenter(jobcenter).team("team-1").sign();
        assertThat(caseload(caseManager, "team").get("total")).isEqualTo(1);
    }

    @Test
    void redeliveredEventsHaveNoSecondEffect() {
        String jobcenter = jobcenter();
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(open(jobcenter, "team-1", "fm-" + (i % 3), i % 2 == 0 ? "U25" : "UE25"));
        }
        double duplicatesBefore = duplicates();
        for (EventEnvelope event : events) {
            publisher.publish(event, event.caseId().toString());
        }
        String management = TestTokens.user("mgmt", "MANAGEMENT").jobcenter(jobcenter).sign();
        awaitTotal(management, "team", 30);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() - duplicatesBefore >= 30);

        assertThat(caseload(management, "team").get("total")).isEqualTo(30);
        assertThat(count("select count(*) from caseload_case where jobcenter_id = ?", jobcenter)).isEqualTo(30);
        assertThat(count("select count(*) from inbox_event i join caseload_case c on c.opened_event_id = i.event_id "
                + "where c.jobcenter_id = ? and i.consumer = 'reporting.caseload'", jobcenter)).isEqualTo(30);
    }

    @Test
    void parksUnreadableEventInDeadLetterTopicAndGoesOn() {
        String jobcenter = jobcenter();
        String key = UUID.randomUUID().toString();
        publisher.publishRaw("case-opened", key, "{ this is not an event");
        EventEnvelope valid = open(jobcenter, "team-1", "fm-anna", "UE25");

        try (TopicProbe probe = new TopicProbe("case-opened.dlt")) {
            ConsumerRecord<String, String> parked = probe.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30))
                    .get(0);
            assertThat(parked.value()).isEqualTo("{ this is not an event");
            assertThat(new String(parked.headers().lastHeader("dlt.consumer").value(), StandardCharsets.UTF_8))
                    .isEqualTo("reporting.caseload");
            assertThat(new String(parked.headers().lastHeader("dlt.original.topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo("case-opened");
        }
        String management = TestTokens.user("mgmt", "MANAGEMENT").jobcenter(jobcenter).sign();
        awaitTotal(management, "caseManager", 1);
        assertThat(count("select count(*) from caseload_case where case_id = ?::uuid", valid.caseId().toString()))
                .isEqualTo(1);
        Counter parkedCounter = meters.find("lotse.events.dead.lettered").tag("consumer", "reporting.caseload").counter();
        assertThat(parkedCounter).isNotNull();
        assertThat(parkedCounter.count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void retriesAnEventItCannotApplyThenParksIt() {
        String jobcenter = jobcenter();
        // parses, but the read model refuses it (team id longer than the column): a poison event
        EventEnvelope poison = open(jobcenter, "t".repeat(60), "fm-anna", "UE25");

        try (TopicProbe probe = new TopicProbe("case-opened.dlt")) {
            ConsumerRecord<String, String> parked = probe.await(
                    r -> poison.caseId().toString().equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
            assertThat(new String(parked.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8))
                    .isEqualTo(poison.eventId().toString());
            assertThat(new String(parked.headers().lastHeader("dlt.error").value(), StandardCharsets.UTF_8))
                    .contains("DataAccessFailure");
        }
        assertThat(count("select count(*) from caseload_case where jobcenter_id = ?", jobcenter)).isZero();
        assertThat(count("select count(*) from inbox_event where event_id = ?::uuid", poison.eventId().toString()))
                .as("a parked event is not marked as processed").isZero();
    }

    @Test
    void rejectsUnknownGroupingAndForeignRoles() {
        String jobcenter = jobcenter();
        String management = TestTokens.user("mgmt", "MANAGEMENT").jobcenter(jobcenter).sign();
        assertThatThrownBy(() -> caseload(management, "postcode"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getContentType()).contains(MediaType.of("application/problem+json"));
                    assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"groupBy\"");
                });
        assertThatThrownBy(() -> caseload(TestTokens.user("av", "AV").jobcenter(jobcenter).sign(), "team"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        assertThatThrownBy(() -> client.toBlocking().retrieve(HttpRequest.GET("/api/caseload")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    private double duplicates() {
        Counter counter = meters.find("lotse.events.duplicates").tag("consumer", "reporting.caseload").counter();
        return counter == null ? 0 : counter.count();
    }

    private long count(String sql, String parameter) {
        return transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(jdbc, sql,
                statement -> statement.setString(1, parameter), rs -> rs.getLong(1)).get(0));
    }
}
