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

/** The Jobcenter policy as versioned data, chosen and adjusted by ADMIN, published as policy-changed. */
@MicronautTest(transactional = false)
class PolicyIT extends IntakeIT {

    @Test
    void aJobcenterWithoutAChoiceWorksUnderBa2010AsVersionOne() {
        Map<String, Object> current = get("/api/policy", fm());
        assertThat(current)
                .containsEntry("version", 1)
                .containsEntry("presetCode", "BA2010")
                .containsEntry("changedBy", "system");
        assertThat(get("/api/policy", av())).containsEntry("version", 1);
        assertThat(policyVersions(admin())).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminChoosesAndAdjustsAPresetEachChangeANewVersionPublishedAsPolicyChanged() throws Exception {
        Map<String, Object> tah = choosePolicy("TAH");
        assertThat(tah).containsEntry("version", 1).containsEntry("presetCode", "TAH");
        Map<String, Object> custom = adjustPolicy("TAH", Map.of("maxDurationMonths", 48, "caseloadRatio.maxUe25", 80));
        assertThat(custom)
                .containsEntry("version", 2)
                .containsEntry("presetCode", "CUSTOM")
                .containsEntry("basePreset", "TAH");
        assertThat((Map<String, Object>) custom.get("settings")).containsEntry("maxDurationMonths", 48);

        Map<String, Object> versions = get("/api/policy/versions?size=1", tl());
        assertThat(versions).containsEntry("total", 2);
        assertThat((List<Map<String, Object>>) versions.get("items"))
                .extracting(v -> v.get("version"))
                .containsExactly(2);
        assertThat(get("/api/policy/versions/1", fm())).containsEntry("presetCode", "TAH");

        try (TopicProbe probe = new TopicProbe("policy-changed")) {
            List<ConsumerRecord<String, String>> records =
                    probe.await(r -> jobcenter.equals(r.key()), 2, Duration.ofSeconds(30));
            Map<String, Object> envelope = json.readValue(records.get(1).value(), JSON_OBJECT);
            assertThat(envelope).containsEntry("jobcenterId", jobcenter).containsEntry("eventType", "policy-changed");
            Map<String, Object> payload = (Map<String, Object>) envelope.get("payload");
            assertThat(payload).containsEntry("policyVersion", 2).containsEntry("presetCode", "CUSTOM");
            assertThat((Map<String, Object>) payload.get("settings"))
                    .containsEntry("maxDurationMonths", "48")
                    .containsEntry("caseloadRatio.maxUe25", "80")
                    .containsEntry("contactRule.maxGapMonths", "1")
                    .containsEntry("access.countedKeyGroups", "LIVING_CONDITIONS,PERFORMANCE_CAPACITY")
                    .containsEntry("closureReasons.PERMANENT_INTEGRATION.integration", "true")
                    .doesNotContainKey("agreementType"); // the law's date decides the form (docs/domain.md §15)
        }
    }

    @Test
    void onlyAdminChangesThePolicyAndManagementReadsIt() {
        refused(HttpRequest.POST("/api/policy/versions", Map.of("basePreset", "TAH", "note", "x")), tl(), 403);
        refused(HttpRequest.POST("/api/policy/versions", Map.of("basePreset", "TAH", "note", "x")), fm(), 403);
        String management = de.lotse.platform.testing.TestTokens.user("mgmt-karl", "MANAGEMENT")
                .jobcenter(jobcenter)
                .sign();
        assertThat(get("/api/policy", management)).containsEntry("presetCode", "BA2010");
    }

    @Test
    void settingsThatMakeNoSenseAreRefusedNamingTheSettingAndNoVersionIsWritten() {
        choosePolicy("PANKOW");
        Map<String, Object> problem = refusedAdjustment(Map.of("access.minNeeds", 0));
        assertThat(fields(problem)).containsExactly("settings.access.minNeeds");
        assertThat(rules(problem)).containsExactly("Positive");
        assertThat(rules(refusedAdjustment(Map.of("access.complexProfiles", List.of("D")))))
                .containsExactly("UNKNOWN_PROFILE");
        assertThat(policyVersions(admin())).isEqualTo(1);
        refused(HttpRequest.POST("/api/policy/versions", Map.of("basePreset", "NOWHERE", "note", "x")), admin(), 400);
        assertThat(fields(refused(HttpRequest.POST("/api/policy/versions", Map.of("basePreset", "TAH")), admin(), 400)))
                .containsExactly("note");
    }

    private Map<String, Object> refusedAdjustment(Map<String, Object> changes) {
        try {
            adjustPolicy("PANKOW", changes);
        } catch (AssertionError expected) {
            String message = expected.getMessage();
            assertThat(message).contains("UNPROCESSABLE_ENTITY");
            try {
                return json.readValue(message.substring(message.indexOf('{')), JSON_OBJECT);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("adjustment " + changes + " was accepted");
    }
}
