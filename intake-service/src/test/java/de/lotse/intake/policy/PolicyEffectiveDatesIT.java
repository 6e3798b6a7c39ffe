package de.lotse.intake.policy;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy versions take effect from their day (docs/domain.md §11.1): the rules a Jobcenter's history was made
 * under can be recorded before it is imported, and a change can be planned ahead.
 */
@MicronautTest(transactional = false)
class PolicyEffectiveDatesIT extends IntakeIT {

    @Test
    void aVersionDatedBackIsInForceTodayAndCarriesItsDayInTheEvent() {
        Map<String, Object> pankow = post(
                "/api/policy/versions",
                admin(),
                Map.of("basePreset", "PANKOW", "note", "Richtlinie seit 2024", "effectiveFrom", "2024-01-01"));

        assertThat(pankow).containsEntry("version", 1).containsEntry("effectiveFrom", "2024-01-01");
        assertThat(get("/api/policy", fm()))
                .containsEntry("presetCode", "PANKOW")
                .containsEntry("effectiveFrom", "2024-01-01");
        assertThat(lastPolicyChanged()).containsEntry("effectiveFrom", "2024-01-01");
    }

    @Test
    void aVersionDatedAheadWaitsForItsDayWhileTodaysStaysInForce() {
        choosePolicy("PANKOW");
        Map<String, Object> planned = post(
                "/api/policy/versions",
                admin(),
                Map.of(
                        "basePreset",
                        "TAH",
                        "note",
                        "Neue Strategie ab dem Quartal",
                        "effectiveFrom",
                        START.plusMonths(1).toString()));
        assertThat(planned).containsEntry("version", 2);

        assertThat(get("/api/policy", fm())).containsEntry("presetCode", "PANKOW");
        clock.set(START.plusMonths(1));
        assertThat(get("/api/policy", fm())).containsEntry("presetCode", "TAH").containsEntry("version", 2);
    }

    @Test
    void aFirstVersionDatedAheadKeepsBa2010InForceUntilThen() {
        post(
                "/api/policy/versions",
                admin(),
                Map.of(
                        "basePreset",
                        "TAH",
                        "note",
                        "ab nächstem Monat",
                        "effectiveFrom",
                        START.plusDays(20).toString()));

        assertThat(get("/api/policy", av()))
                .containsEntry("presetCode", "BA2010")
                .containsEntry("version", 1);
        assertThat(policyVersions(admin())).isEqualTo(2);
    }

    @Test
    void aDayBeforeSgbIiOrMoreThanTwoYearsAheadIsRefusedAndNoVersionIsWritten() {
        for (String day : List.of("2004-12-31", START.plusYears(2).plusDays(1).toString())) {
            Map<String, Object> problem = refused(
                    HttpRequest.POST(
                            "/api/policy/versions",
                            Map.of("basePreset", "PANKOW", "note", "falsch datiert", "effectiveFrom", day)),
                    admin(),
                    422);
            assertThat(rules(problem)).containsExactly("EFFECTIVE_FROM_OUT_OF_RANGE");
        }
        assertThat(policyVersions(admin())).isEqualTo(1); // only the BA2010 start the listing itself needed
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastPolicyChanged() {
        try (TopicProbe probe = new TopicProbe("policy-changed")) {
            List<ConsumerRecord<String, String>> records =
                    probe.await(r -> jobcenter.equals(r.key()), 1, Duration.ofSeconds(30));
            return (Map<String, Object>)
                    json.readValue(records.get(records.size() - 1).value(), JSON_OBJECT)
                            .get("payload");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
