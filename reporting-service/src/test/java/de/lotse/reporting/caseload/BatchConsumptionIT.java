package de.lotse.reporting.caseload;

import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TopicProbe;
import de.lotse.platform.testing.UpstreamEventsIT;
import io.micrometer.core.instrument.DistributionSummary;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static de.lotse.reporting.caseload.CaseloadFixtures.CONSUMER;
import static de.lotse.reporting.caseload.CaseloadFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of events is applied a poll at a time, in one transaction per batch; an event that fails spoils only
 * itself: its batch is rolled back and applied event by event, the failing one parked, every other one applied
 * exactly once.
 */
@MicronautTest(transactional = false)
class BatchConsumptionIT extends UpstreamEventsIT {
    private static final int CASES = 120;
    /** partitions of case-opened (the brokers' default, DevInfra num.partitions) */
    private static final int PARTITIONS = 3;

    @Inject
    ConsumerRegistry consumers;

    @Override
    protected String service() {
        return "reporting";
    }

    @Test
    void aBurstIsAppliedInBatchesAndAFailingEventParksOnlyItself() {
        double splitBefore = counter("lotse.events.batches.split", "consumer", CONSUMER);
        // the caseload consumer pauses while the burst is published, so that its next polls return whole batches
        // with the poison among good events, whatever the timing of the publisher
        // (one consumer per thread: each that holds partitions once the group has shared them out)
        List<String> all = consumers.getConsumerIds().stream()
                .filter(id -> consumers.getConsumerSubscription(id).equals(java.util.Set.of("case-opened")))
                .toList();
        assertThat(all).isNotEmpty();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> all.stream().mapToInt(id -> assignment(id).size()).sum() == PARTITIONS);
        List<String> caseload =
                all.stream().filter(id -> !assignment(id).isEmpty()).toList();
        caseload.forEach(consumers::pause);
        await().atMost(Duration.ofSeconds(20)).until(() -> caseload.stream().allMatch(consumers::isPaused));
        List<EventEnvelope> good = new ArrayList<>();
        UUID poisonCase = UUID.randomUUID();
        EventEnvelope poison = null;
        for (int i = 0; i < CASES; i++) {
            if (i == CASES / 2) {
                // parses, but the read model refuses it (team id longer than the column) on every attempt
                poison = upstream.publish(jobcenter, poisonCase, opened(poisonCase, "t".repeat(60), "fm-anna", "UE25"));
            }
            UUID caseId = UUID.randomUUID();
            good.add(upstream.publish(jobcenter, caseId, opened(caseId, "team-" + (i % 3), "fm-" + (i % 7), "UE25")));
        }
        // and the first ten again, as a redelivery would bring them
        good.subList(0, 10).forEach(e -> upstream.publish(e, e.caseId().toString()));
        caseload.forEach(consumers::resume);

        try (TopicProbe probe = new TopicProbe("case-opened.dlt")) {
            probe.await(r -> poisonCase.toString().equals(r.key()), 1, Duration.ofSeconds(60));
        }
        UUID[] ids = good.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
        await().atMost(Duration.ofSeconds(60)).until(() -> casesOf(jobcenter) == CASES);

        assertThat(count(
                        "select count(*) from inbox_event where consumer = :consumer and event_id = any(:ids)",
                        Params.of("consumer", CONSUMER).and("ids", ids)))
                .as("each event recorded once")
                .isEqualTo(CASES);
        assertThat(count("select count(*) from caseload_case where opened_event_id = any(:ids)", Params.of("ids", ids)))
                .as("each case opened by its own event, once")
                .isEqualTo(CASES);
        assertThat(count("select count(*) from caseload_case where case_id = :caseId", Params.of("caseId", poisonCase)))
                .isZero();
        assertThat(count("select count(*) from inbox_event where event_id = :id", Params.of("id", poison.eventId())))
                .as("the parked event is not marked processed")
                .isZero();
        DistributionSummary batches =
                meters.find("lotse.events.batch.size").tag("consumer", CONSUMER).summary();
        assertThat(batches).isNotNull();
        assertThat(batches.max()).as("largest batch").isGreaterThan(1);
        assertThat(counter("lotse.events.batches.split", "consumer", CONSUMER) - splitBefore)
                .as("the poison's batch was split")
                .isGreaterThanOrEqualTo(1);
    }

    /** The consumer's partitions; none while it has not joined the group yet (Micronaut then throws). */
    private java.util.Set<org.apache.kafka.common.TopicPartition> assignment(String consumer) {
        try {
            return consumers.getConsumerAssignment(consumer);
        } catch (IllegalArgumentException notYetAssigned) {
            return java.util.Set.of();
        }
    }

    private long casesOf(String jobcenter) {
        return count(
                "select count(*) from caseload_case where jobcenter_id = :jobcenter",
                Params.of("jobcenter", jobcenter));
    }
}
