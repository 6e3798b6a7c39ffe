package de.lotse.reporting.caseload;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test data shared by the reporting integration tests. All of them share one database and topic. */
final class CaseloadFixtures {
    static final String CONSUMER = "reporting.caseload";

    private CaseloadFixtures() {}

    /** A Jobcenter of its own per test, so tests sharing the database and topic do not see each other's cases. */
    static String newJobcenter() {
        return "jc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CaseOpened opened(UUID caseId, String team, String caseManager, String ageGroup) {
        LocalDate admitted = LocalDate.of(2026, 11, 3);
        return EventFixtures.caseOpened()
                .caseId(caseId)
                .teamId(team)
                .caseManagerId(caseManager)
                .ageGroup(ageGroup)
                .policyVersion(0)
                .admittedOn(admitted)
                .admittedAt(Instant.parse("2026-11-03T09:30:00Z"))
                .durationStartOn(admitted)
                .build();
    }

    /** A {@code lotse.events.*} counter of the caseload consumer; 0 before it was first incremented. */
    static double counter(MeterRegistry meters, String name) {
        Counter counter = meters.find(name).tag("consumer", CONSUMER).counter();
        return counter == null ? 0 : counter.count();
    }
}
