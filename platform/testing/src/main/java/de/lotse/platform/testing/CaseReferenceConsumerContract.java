package de.lotse.platform.testing;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.fixtures.EventFixtures;
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
        return EventFixtures.caseOpened()
                .caseId(caseId)
                .caseManagerId("fm-1")
                .policyVersion(0)
                .admittedOn(admitted)
                .admittedAt(Instant.parse("2026-11-02T09:00:00Z"))
                .durationStartOn(admitted)
                .build();
    }

    private String fm(String jobcenterId) {
        return TestTokens.user("fm-1", "FM")
                .jobcenter(jobcenterId)
                .team("team-1")
                .sign();
    }

    @Test
    void recordsCaseOpenedAsCaseReferenceOnce() {
        UUID caseId = UUID.randomUUID();
        EventEnvelope event = publisher.publish(jobcenter, caseId, opened(caseId));
        publisher.publish(event, caseId.toString()); // redelivery of the same event

        Map<String, Object> reference = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            try {
                                return client.toBlocking()
                                        .retrieve(
                                                HttpRequest.GET("/api/case-references/" + caseId)
                                                        .bearerAuth(fm(jobcenter)),
                                                JSON_OBJECT);
                            } catch (HttpClientResponseException notYet) {
                                return null;
                            }
                        },
                        body -> body != null);
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
        publisher.publish(
                jobcenter,
                caseId,
                EventFixtures.reassigned()
                        .caseId(caseId)
                        .caseManagerId("fm-2")
                        .previousCaseManagerId("fm-1")
                        .assignedAt(admittedAt.plusSeconds(3600))
                        .build());
        publisher.publish(
                jobcenter,
                caseId,
                EventFixtures.deputyStarted()
                        .caseId(caseId)
                        .caseManagerId("fm-9")
                        .previousCaseManagerId("fm-2")
                        .assignedAt(admittedAt.plusSeconds(7200))
                        .validFrom(LocalDate.of(2026, 11, 3))
                        .validUntil(LocalDate.of(2026, 11, 20))
                        .customerAgreed(true)
                        .build());
        publisher.publish(jobcenter, caseId, opened(caseId));
        Map<String, Object> reference = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> reference(caseId),
                        body -> body != null && body.containsKey("deputyId") && body.containsKey("admittedOn"));
        assertThat(reference)
                .containsEntry("caseManagerId", "fm-2")
                .containsEntry("deputyId", "fm-9")
                .containsEntry("deputyUntil", "2026-11-20")
                .containsEntry("deputyCustomerAgreed", true)
                .doesNotContainKey("closedOn");

        publisher.publish(
                jobcenter,
                caseId,
                EventFixtures.caseClosed()
                        .caseId(caseId)
                        .reasonCode("DECEASED")
                        .closedOn(LocalDate.of(2026, 11, 21))
                        .durationDays(19)
                        .integration(false)
                        .handoverRecorded(false)
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reference(caseId), body -> body != null && "2026-11-21".equals(body.get("closedOn")));
    }

    private Map<String, Object> reference(UUID caseId) {
        try {
            return client.toBlocking()
                    .retrieve(HttpRequest.GET("/api/case-references/" + caseId).bearerAuth(fm(jobcenter)), JSON_OBJECT);
        } catch (HttpClientResponseException notYet) {
            return null;
        }
    }

    private long caseReferenceRows(UUID caseId) {
        return count("select count(*) from case_reference where case_id = :caseId", Params.of("caseId", caseId));
    }

    private long inboxEntries(EventEnvelope event) {
        return count(
                "select count(*) from inbox_event where event_id = :eventId", Params.of("eventId", event.eventId()));
    }

    private boolean duplicatesSeen() {
        // the second delivery was consumed and recognised as a duplicate
        return counter("lotse.events.duplicates", "consumer", "case-reference") >= 1;
    }
}
