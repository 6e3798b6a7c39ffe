package de.lotse.intake.messaging;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TopicProbe;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What intake takes from other services' events: the latest assessment's eligibility facts, running
 * measures and approved extensions — applied once per event, whatever the order.
 */
@MicronautTest(transactional = false)
class InboundFactsIT extends IntakeIT {
    private TestEventPublisher publisher;

    @BeforeAll
    void startPublisher() {
        publisher = new TestEventPublisher(json);
    }

    @AfterAll
    void stopPublisher() {
        publisher.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLatestAssessmentsFactsReplaceTheAvsInputInTheEligibilityCheck() {
        String number = customerNumber();
        String caseId = refer(referral(number, LocalDate.of(1980, 4, 12), facts(2, 1)));
        UUID id = UUID.fromString(caseId);
        EventEnvelope newer = publisher.publish(
                jobcenter,
                id,
                EventFixtures.assessmentCompleted()
                        .caseId(id)
                        .version(2)
                        .previousVersion(1)
                        .needsByKeyGroup(Map.of("PERFORMANCE_CAPACITY", 1, "LIVING_CONDITIONS", 0, "MOTIVATION", 2))
                        .prognosisHorizonMonths(6)
                        .marketNear(true)
                        .profileCode("ACTIVATION")
                        .validUntil(LocalDate.of(2026, 9, 1))
                        .completedAt(Instant.parse("2026-03-10T10:00:00Z"))
                        .build());
        // an older version arriving late does not win
        EventEnvelope older = publisher.publish(
                jobcenter,
                id,
                EventFixtures.assessmentCompleted()
                        .caseId(id)
                        .version(1)
                        .needsByKeyGroup(Map.of("PERFORMANCE_CAPACITY", 3))
                        .entrenchedNeeds(1)
                        .prognosisHorizonMonths(24)
                        .profileCode("SUPPORT")
                        .validUntil(LocalDate.of(2026, 9, 1))
                        .completedAt(Instant.parse("2026-03-05T10:00:00Z"))
                        .build());
        // both applied (these two events, not another test's), the newer one kept
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tables().applied("intake.assessment-facts", newer.eventId()) == 1
                        && tables().applied("intake.assessment-facts", older.eventId()) == 1);
        assertThat(assessedAt(caseId)).isEqualTo("2026-03-10T10:00:00Z");

        Map<String, Object> check =
                post("/api/eligibility-checks", av(), Map.of("customerNumber", number, "facts", facts(3, 3)));
        assertThat(check).containsEntry("eligible", false);
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) check.get("criteria");
        assertThat(criteria.get(0))
                .containsEntry("code", "MIN_NEEDS")
                .containsEntry("actual", "1")
                .containsEntry("source", "ASSESSMENT");
        assertThat(criteria.get(1))
                .containsEntry("code", "COMPLEX_PROFILE")
                .containsEntry("actual", "Aktivierungsprofil");
        assertThat(assessmentFactsReadsBy("av-bernd")).isEqualTo(1);
    }

    @Test
    void aMeasureEndingBeforeItsStartArrivesAndARedeliveryChangeNothing() {
        String caseId = refer();
        admit(caseId, fm());
        UUID id = UUID.fromString(caseId);
        UUID measure = UUID.randomUUID();
        publisher.publish(
                jobcenter,
                id,
                EventFixtures.measureEnded()
                        .caseId(id)
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .endedOn(LocalDate.of(2026, 6, 30))
                        .outcomeCode("COMPLETED")
                        .successful(true)
                        .build());
        EventEnvelope started = publisher.envelope(
                jobcenter,
                id,
                EventFixtures.measureStarted()
                        .caseId(id)
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .startedOn(LocalDate.of(2026, 3, 1))
                        .plannedEndOn(LocalDate.of(2026, 6, 30))
                        .build());
        publisher.publish(started, caseId);
        publisher.publish(started, caseId);
        await().atMost(Duration.ofSeconds(30)).until(() -> measuresWithStartAndEnd(measure) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> counter("lotse.events.duplicates", "consumer", "intake.planning-facts") >= 1);
        clock.set(LocalDate.of(2026, 5, 1));
        assertThat(caseFile(caseId)).containsEntry("aghRunning", true).containsEntry("runningMeasures", 1);
        clock.set(LocalDate.of(2026, 7, 1));
        assertThat(caseFile(caseId)).containsEntry("aghRunning", false).containsEntry("runningMeasures", 0);
    }

    @Test
    void anApprovedExtensionShowsInTheCaseFile() {
        String caseId = refer();
        admit(caseId, fm());
        UUID id = UUID.fromString(caseId);
        publisher.publish(
                jobcenter,
                id,
                EventFixtures.continuationReviewed()
                        .caseId(id)
                        .reviewedOn(LocalDate.of(2028, 2, 1))
                        .decision("EXTEND")
                        .extensionApproved(true)
                        .nextReviewDueOn(LocalDate.of(2028, 8, 1))
                        .extendedUntil(LocalDate.of(2028, 8, 1))
                        .build());
        publisher.publish(
                jobcenter,
                id,
                EventFixtures.continuationReviewed()
                        .caseId(id)
                        .reviewedOn(LocalDate.of(2027, 2, 1))
                        .decision("CONTINUE")
                        .extensionApproved(false)
                        .nextReviewDueOn(LocalDate.of(2027, 8, 1))
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "2028-08-01".equals(caseFile(caseId).get("extensionUntil")));
    }

    @Test
    void anAssessmentWithAnUnknownKeyGroupIsParkedInTheDeadLetterTopic() {
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = publisher.envelope(
                jobcenter,
                id,
                EventFixtures.assessmentCompleted()
                        .caseId(id)
                        .needsByKeyGroup(Map.of("ASTROLOGY", 2))
                        .profileCode(null)
                        .validUntil(LocalDate.of(2026, 9, 1))
                        .build());
        try (TopicProbe probe = new TopicProbe("assessment-completed.dlt")) {
            publisher.publish(envelope, id.toString());
            assertThat(probe.await(r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
        }
        assertThat(assessmentFactsStoredFor(id)).isZero();
    }

    /**
     * The measure's records that know both its start and its end. The case file counts running measures by date
     * (the planned end as well), so only the table shows that the early end was kept and joined by its start.
     */
    private long measuresWithStartAndEnd(UUID measure) {
        return count(
                "select count(*) from case_measure where measure_id = :measureId"
                        + " and started_on is not null and ended_on is not null",
                Params.of("measureId", measure));
    }

    /** The assessment facts stored for a case id no case has: no API can ask about a case that does not exist. */
    private long assessmentFactsStoredFor(UUID caseId) {
        return count("select count(*) from assessment_facts where case_id = :caseId", Params.of("caseId", caseId));
    }
}
