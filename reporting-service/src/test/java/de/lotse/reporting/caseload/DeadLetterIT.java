package de.lotse.reporting.caseload;

import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static de.lotse.reporting.caseload.CaseloadFixtures.CONSUMER;
import static de.lotse.reporting.caseload.CaseloadFixtures.newJobcenter;
import static de.lotse.reporting.caseload.CaseloadFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events the caseload consumer cannot apply are parked in case-opened.dlt; the stream goes on behind them. */
@MicronautTest(transactional = false)
class DeadLetterIT extends ServiceIT {
    private static final String DLT = "case-opened.dlt";

    private TestEventPublisher publisher;

    @Override
    protected String service() {
        return "reporting";
    }

    @BeforeAll
    void startPublisher() {
        publisher = new TestEventPublisher(json);
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void parksUnreadableRecordAndAppliesTheEventBehindIt() {
        String jobcenter = newJobcenter();
        String key = UUID.randomUUID().toString();
        double parkedBefore = counter("lotse.events.dead.lettered", "consumer", CaseloadFixtures.CONSUMER);
        // same key as the valid event: same partition, so the valid one really queues behind the poison
        UUID caseId = UUID.fromString(key);
        publisher.publishRaw("case-opened", key, "not json");
        EventEnvelope valid = publisher.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-anna", "UE25"));

        try (TopicProbe probe = new TopicProbe(DLT)) {
            ConsumerRecord<String, String> parked = probe.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30))
                    .get(0);
            assertThat(parked.value()).isEqualTo("not json");
            assertThat(header(parked, "dlt.consumer")).isEqualTo(CONSUMER);
            assertThat(header(parked, "dlt.original.topic")).isEqualTo("case-opened");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> openedBy(caseId, valid.eventId()));
        assertThat(counter("lotse.events.dead.lettered", "consumer", CaseloadFixtures.CONSUMER) - parkedBefore)
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void retriesEventTheDatabaseRefusesThenParksItWithoutEffect() {
        String jobcenter = newJobcenter();
        UUID caseId = UUID.randomUUID();
        // parses, but the read model refuses it (team id longer than the column) on every attempt
        EventEnvelope poison = publisher.publish(jobcenter, caseId, opened(caseId, "t".repeat(60), "fm-anna", "UE25"));

        try (TopicProbe probe = new TopicProbe(DLT)) {
            ConsumerRecord<String, String> parked = probe.await(
                            r -> caseId.toString().equals(r.key()), 1, Duration.ofSeconds(30))
                    .get(0);
            assertThat(header(parked, "eventId")).isEqualTo(poison.eventId().toString());
            assertThat(header(parked, "dlt.consumer")).isEqualTo(CONSUMER);
            assertThat(header(parked, "dlt.error")).contains("DataAccessFailure");
        }
        assertNoEffect(poison, caseId);
    }

    @Test
    void parksCaseOpenedWithUnknownAgeGroupInsteadOfCountingItNowhere() {
        String jobcenter = newJobcenter();
        UUID caseId = UUID.randomUUID();
        EventEnvelope unknownCode = publisher.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-anna", "Ü25"));

        try (TopicProbe probe = new TopicProbe(DLT)) {
            ConsumerRecord<String, String> parked = probe.await(
                            r -> caseId.toString().equals(r.key()), 1, Duration.ofSeconds(30))
                    .get(0);
            assertThat(header(parked, "dlt.error")).contains("unknown age group");
        }
        assertNoEffect(unknownCode, caseId);
    }

    private void assertNoEffect(EventEnvelope event, UUID caseId) {
        assertThat(rowsOf(caseId)).isZero();
        assertThat(inboxHolds(event.eventId()))
                .as("a parked event is not marked as processed")
                .isZero();
    }

    // --- what only the tables show: a parked event wrote nothing and was not marked processed ---------------

    /** Whether the case's row holds the opening of that event. */
    private boolean openedBy(UUID caseId, UUID openedEventId) {
        return count(
                        "select count(*) from caseload_case where case_id = :caseId and opened_event_id = :openedEventId",
                        Params.of("caseId", caseId).and("openedEventId", openedEventId))
                == 1;
    }

    /** The case's rows in the caseload read model: a case with none is in no line the API could show. */
    private long rowsOf(UUID caseId) {
        return count("select count(*) from caseload_case where case_id = :caseId", Params.of("caseId", caseId));
    }

    /** Whether the inbox marked the event processed. */
    private long inboxHolds(UUID eventId) {
        return count("select count(*) from inbox_event where event_id = :eventId", Params.of("eventId", eventId));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
