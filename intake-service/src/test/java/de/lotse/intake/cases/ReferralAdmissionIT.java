package de.lotse.intake.cases;

import de.lotse.intake.IntakeTables;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReferralAdmissionIT extends ServiceIT {

    private final String jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected String service() {
        return "intake";
    }

    @Test
    @SuppressWarnings("unchecked")
    void admittedReferralPublishesCaseOpenedWithoutPersonalData() throws Exception {
        String customerNumber = IntakeFixtures.customerNumber();
        HttpResponse<Map<String, Object>> referred = client.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                        "/api/referrals",
                                        IntakeFixtures.referral(customerNumber, "Erika", "Mustermann"))
                                .bearerAuth(IntakeFixtures.av(jobcenter)),
                        JSON_OBJECT);
        assertThat(referred.code()).isEqualTo(HttpStatus.CREATED.getCode());
        String caseId = String.valueOf(referred.body().get("caseId"));
        assertThat(referred.body()).containsEntry("status", "REFERRED");
        assertThat((Map<String, Object>) referred.body().get("caseFile")).containsEntry("ageGroup", "UE25");

        String correlationId = "corr-" + UUID.randomUUID();
        HttpResponse<Map<String, Object>> admission = client.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/cases/" + caseId + "/admission", Map.of("customerWilling", true))
                                .header("X-Correlation-Id", correlationId)
                                .bearerAuth(IntakeFixtures.fm(jobcenter, "fm-anna")),
                        JSON_OBJECT);
        assertThat(admission.header("X-Correlation-Id")).isEqualTo(correlationId);
        assertThat(admission.body()).containsEntry("status", "ADMITTED").containsEntry("caseManagerId", "fm-anna");

        try (TopicProbe probe = new TopicProbe("case-opened", "case-referred")) {
            List<ConsumerRecord<String, String>> records =
                    probe.await(r -> caseId.equals(r.key()), 2, Duration.ofSeconds(30));
            ConsumerRecord<String, String> opened = records.stream()
                    .filter(r -> r.topic().equals("case-opened"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> envelope = json.readValue(opened.value(), JSON_OBJECT);
            assertThat(envelope)
                    .containsEntry("eventType", "case-opened")
                    .containsEntry("caseId", caseId)
                    .containsEntry("jobcenterId", jobcenter)
                    .containsEntry("producer", "intake-service")
                    .containsEntry("correlationId", correlationId);
            assertThat(new String(opened.headers().lastHeader("eventType").value(), StandardCharsets.UTF_8))
                    .isEqualTo("case-opened");
            assertThat(new String(opened.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8))
                    .isEqualTo(envelope.get("eventId"));
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) envelope.get("payload");
            assertThat(payload).containsEntry("caseManagerId", "fm-anna").containsEntry("route", "AV");
            for (ConsumerRecord<String, String> record : records) {
                assertThat((CharSequence) record.value()).doesNotContain("Erika", "Mustermann", customerNumber);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void readingACaseWithCustomerDataIsAudited() {
        Map<String, Object> referred = client.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/referrals",
                                        IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Sabine", "Richter"))
                                .bearerAuth(IntakeFixtures.av(jobcenter)),
                        JSON_OBJECT);
        UUID caseId = UUID.fromString(String.valueOf(referred.get("caseId")));
        assertThat(tables().auditEntries(caseId.toString(), "READ", "tl-petra")).isZero();

        Map<String, Object> read = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId)
                                .bearerAuth(TestTokens.user("tl-petra", "TL")
                                        .jobcenter(jobcenter)
                                        .team("team-fm-1")
                                        .sign()),
                        JSON_OBJECT);

        assertThat((Map<String, Object>) read.get("customer")).containsEntry("lastName", "Richter");
        assertThat(tables().auditEntries(caseId.toString(), "READ", "tl-petra")).isEqualTo(1);
    }

    /** Intake's tables, for what no API shows. */
    private IntakeTables tables() {
        return new IntakeTables(transactions, statements);
    }
}
