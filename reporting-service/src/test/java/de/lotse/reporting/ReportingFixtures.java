package de.lotse.reporting;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestEventPublisher;
import de.lotse.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** reporting-service fed by the other services' events on the real broker, on a fixed day. */
public abstract class ReportingFixtures extends ServiceIT {
    protected static final LocalDate START = LocalDate.of(2025, 3, 3);
    protected static final LocalDate TODAY = START.plusYears(1);

    @Inject
    protected MutableClock clock;
    protected TestEventPublisher upstream;
    protected String jobcenter;

    @Override
    protected String service() {
        return "reporting";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @BeforeAll
    void startUpstream() {
        upstream = new TestEventPublisher(json);
    }

    @AfterAll
    void stopUpstream() {
        upstream.close();
    }

    @BeforeEach
    void newJobcenter() {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(TODAY);
    }

    protected void policy(Map<String, String> settings) {
        upstream.publishKeyed(jobcenter, jobcenter, new PolicyChanged(3, "CUSTOM", START, settings, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from policy_reference "
                + "where jobcenter_id = ?", jobcenter) == 1);
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
