package de.lotse.reporting;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.UpstreamEventsIT;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/** reporting-service fed by the other services' events on the real broker, on a fixed day. */
public abstract class ReportingFixtures extends UpstreamEventsIT {
    protected static final LocalDate START = LocalDate.of(2025, 3, 3);
    protected static final LocalDate TODAY = START.plusYears(1);

    @Inject
    protected MutableClock clock;

    @Override
    protected String service() {
        return "reporting";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @Override
    protected void onNewJobcenter() {
        clock.set(TODAY);
    }

    protected void policy(Map<String, String> settings) {
        policy(3, START, settings);
    }

    protected static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    protected static CaseOpened opened(UUID caseId, String team, String fm, LocalDate maxEnd,
                                       LocalDate firstConsultationDue) {
        return opened(caseId, team, fm, "AV", START, maxEnd, firstConsultationDue);
    }

    protected static CaseOpened opened(UUID caseId, String team, String fm, String route, LocalDate admittedOn,
                                       LocalDate maxEnd, LocalDate firstConsultationDue) {
        return new CaseOpened(caseId, UUID.randomUUID(), team, fm, route, "UE25", 3, admittedOn, at(admittedOn), "PRIMARY",
                "FM", null, firstConsultationDue, admittedOn, maxEnd, false, null);
    }

    protected void publish(UUID caseId, List<EventPayload> events) {
        events.forEach(e -> upstream.publish(jobcenter, caseId, e));
    }

    protected String tl(String team) {
        return TestTokens.user("tl-" + team, "TL").jobcenter(jobcenter).team(team).sign();
    }

    protected String management() {
        return TestTokens.user("mgmt-karl", "MANAGEMENT").jobcenter(jobcenter).sign();
    }
}
