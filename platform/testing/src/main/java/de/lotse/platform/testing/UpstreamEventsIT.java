package de.lotse.platform.testing;

import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.jdbc.Statements.Params;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A service test fed by the other services' events: a publisher standing in for them on the real
 * broker, and a fresh Jobcenter per test so tests never see each other's data.
 */
public abstract class UpstreamEventsIT extends ServiceIT {
    protected TestEventPublisher upstream;
    protected String jobcenter;

    @BeforeAll
    void startUpstream() {
        upstream = new TestEventPublisher(json);
    }

    @AfterAll
    void stopUpstream() {
        upstream.close();
    }

    @BeforeEach
    protected void newJobcenter() {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        onNewJobcenter();
    }

    /** Per-test setup after the Jobcenter was chosen (e.g. setting the clock). */
    protected void onNewJobcenter() {}

    /** Publishes a version of the Jobcenter's policy as intake would and waits until the service has it. */
    protected void policy(int version, LocalDate effectiveFrom, Map<String, String> settings) {
        upstream.publishKeyed(
                jobcenter, jobcenter, new PolicyChanged(version, "CUSTOM", effectiveFrom, settings, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from policy_reference_version "
                                        + "where jobcenter_id = :jobcenterId and policy_version = :policyVersion",
                                Params.of("jobcenterId", jobcenter).and("policyVersion", version))
                        == 1);
    }
}
