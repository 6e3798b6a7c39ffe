package de.lotse.platform.testing;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.EventEnvelope;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The consumer side every downstream service must show: case-opened becomes a case reference
 * exactly once, visible only within its Jobcenter. A service test extends this with
 * {@code @MicronautTest(transactional = false)} and names its service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CaseReferenceConsumerContract implements TestPropertyProvider {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    protected HttpClient client;
    @Inject
    protected JsonMapper json;
    @Inject
    protected JdbcOperations jdbc;
    @Inject
    protected TransactionOperations<Connection> transactions;
    @Inject
    protected io.micrometer.core.instrument.MeterRegistry meters;

    private TestEventPublisher publisher;
    private final String jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);

    /** e.g. "planning" */
    protected abstract String service();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService(service());
    }

    @BeforeAll
    void startPublisher() {
        publisher = new TestEventPublisher(json);
    }

    @AfterAll
    void stopPublisher() {
        publisher.close();
    }

    private CaseOpened opened(UUID caseId) {
        return new CaseOpened(caseId, UUID.randomUUID(), "team-1", "fm-1", "AV", "UE25", 0,
                LocalDate.of(2026, 11, 2), Instant.now());
    }

    private String fm(String jobcenterId) {
        return TestTokens.user("fm-1", "FM").jobcenter(jobcenterId).team("team-1").sign();
    }

    @Test
    void recordsCaseOpenedAsCaseReferenceOnce() {
        UUID caseId = UUID.randomUUID();
        EventEnvelope event = publisher.publish(jobcenter, caseId, opened(caseId));
        publisher.publish(event, caseId.toString()); // redelivery of the same event

        Map<String, Object> reference = await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return client.toBlocking().retrieve(HttpRequest.GET("/api/case-references/" + caseId)
                        .bearerAuth(fm(jobcenter)), MAP);
            } catch (HttpClientResponseException notYet) {
                return null;
            }
        }, body -> body != null);
        assertThat(reference).containsEntry("caseId", caseId.toString()).containsEntry("caseManagerId", "fm-1");

        // the duplicate reached the consumer too, and had no second effect
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxEntries(event) == 1 && duplicatesSeen(event));
        assertThat(caseReferenceRows(caseId)).isEqualTo(1);
    }

    @Test
    void hidesCaseReferenceFromAnotherJobcenter() {
        UUID caseId = UUID.randomUUID();
        publisher.publish(jobcenter, caseId, opened(caseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> caseReferenceRows(caseId) == 1);

        assertThatThrownBy(() -> client.toBlocking().retrieve(HttpRequest.GET("/api/case-references/" + caseId)
                .bearerAuth(fm("jc-other")), MAP))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
    }

    private long caseReferenceRows(UUID caseId) {
        return count("select count(*) from case_reference where case_id = ?", caseId);
    }

    private long inboxEntries(EventEnvelope event) {
        return count("select count(*) from inbox_event where event_id = ?", event.eventId());
    }

    private boolean duplicatesSeen(EventEnvelope event) {
        // the second delivery was consumed and recognised as a duplicate
        var counter = meters.find("lotse.events.duplicates").tag("consumer", "case-reference").counter();
        return counter != null && counter.count() >= 1;
    }

    private long count(String sql, UUID id) {
        return transactions.executeRead(status -> de.lotse.platform.jdbc.Sql.query(jdbc, sql,
                statement -> statement.setObject(1, id), rs -> rs.getLong(1)).get(0));
    }
}
