package de.lotse.platform.testing;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.EventEnvelope;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer side every downstream service must show: case-opened becomes a case reference
 * exactly once, visible only within its Jobcenter. A service test extends this with
 * {@code @MicronautTest(transactional = false)} and names its service.
 */
public abstract class CaseReferenceConsumerContract extends ServiceIT {
    private TestEventPublisher publisher;
    private final String jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void startPublisher() {
        publisher = new TestEventPublisher(json);
    }

    @AfterAll
    void stopPublisher() {
        publisher.close();
    }

    private CaseOpened opened(UUID caseId) {
        LocalDate admitted = LocalDate.of(2026, 11, 2);
        return new CaseOpened(caseId, UUID.randomUUID(), "team-1", "fm-1", "AV", "UE25", 0,
                admitted, Instant.parse("2026-11-02T09:00:00Z"), "PRIMARY", "FM", null, null, admitted, null, false, null);
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
                        .bearerAuth(fm(jobcenter)), JSON_OBJECT);
            } catch (HttpClientResponseException notYet) {
                return null;
            }
        }, body -> body != null);
        assertThat(reference).containsEntry("caseId", caseId.toString()).containsEntry("caseManagerId", "fm-1");

        // the duplicate reached the consumer too, and had no second effect
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxEntries(event) == 1 && duplicatesSeen());
        assertThat(caseReferenceRows(caseId)).isEqualTo(1);
    }

    @Test
    void hidesCaseReferenceFromAnotherJobcenter() {
        UUID caseId = UUID.randomUUID();
        publisher.publish(jobcenter, caseId, opened(caseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> caseReferenceRows(caseId) == 1);

        problem(HttpRequest.GET("/api/case-references/" + caseId).bearerAuth(fm("jc-other")), 404);
    }

    @Test
    void followsReassignmentDeputyAndClosureWhateverTheOrderOfArrival() {
        UUID caseId = UUID.randomUUID();
        Instant admittedAt = Instant.parse("2026-11-02T09:00:00Z");
        // the reassignment (a later fact) overtakes case-opened on its topic
        publisher.publish(jobcenter, caseId, new CaseAssigned(caseId, "fm-2", "team-1", "PRIMARY", null, false,
                admittedAt.plusSeconds(3600), "REASSIGNMENT", "fm-1", null, null, null, null, false, 1));
        publisher.publish(jobcenter, caseId, new CaseAssigned(caseId, "fm-9", "team-1", "DEPUTY", null, false,
                admittedAt.plusSeconds(7200), "DEPUTY_STARTED", "fm-2", null, null, LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 20), true, 1));
        publisher.publish(jobcenter, caseId, opened(caseId));
        Map<String, Object> reference = await().atMost(Duration.ofSeconds(30)).until(() -> reference(caseId),
                body -> body != null && body.containsKey("deputyId") && body.containsKey("admittedOn"));
        assertThat(reference).containsEntry("caseManagerId", "fm-2").containsEntry("deputyId", "fm-9")
                .containsEntry("deputyUntil", "2026-11-20").containsEntry("deputyCustomerAgreed", true)
                .doesNotContainKey("closedOn");

        publisher.publish(jobcenter, caseId, new CaseClosed(caseId, "DECEASED", LocalDate.of(2026, 11, 21), 19,
                Instant.now(), false, false, null, null, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> reference(caseId), body -> body != null
                && "2026-11-21".equals(body.get("closedOn")));
    }

    private Map<String, Object> reference(UUID caseId) {
        try {
            return client.toBlocking().retrieve(HttpRequest.GET("/api/case-references/" + caseId)
                    .bearerAuth(fm(jobcenter)), JSON_OBJECT);
        } catch (HttpClientResponseException notYet) {
            return null;
        }
    }

    private long caseReferenceRows(UUID caseId) {
        return count("select count(*) from case_reference where case_id = ?", caseId);
    }

    private long inboxEntries(EventEnvelope event) {
        return count("select count(*) from inbox_event where event_id = ?", event.eventId());
    }

    private boolean duplicatesSeen() {
        // the second delivery was consumed and recognised as a duplicate
        return counter("lotse.events.duplicates", "consumer", "case-reference") >= 1;
    }
}
