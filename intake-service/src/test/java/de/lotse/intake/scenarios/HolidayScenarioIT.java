package de.lotse.intake.scenarios;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UCKERMARK's first consultation within 10 working days (UCKERMARK 3) counted without the public holidays of the
 * Jobcenter's Bundesland, as its record says (docs/domain.md §13): the administrator enters the record through the
 * API, the deadline of a case admitted afterwards skips that Land's holidays, and the record is published as
 * {@code directory-changed}.
 */
@MicronautTest(transactional = false)
class HolidayScenarioIT extends IntakeIT {

    @BeforeEach
    void uckermark() {
        choosePolicy("UCKERMARK");
    }

    private String dueOfACaseAdmittedToday() {
        String caseId = refer(referral(customerNumber(), LocalDate.of(1970, 1, 1), category("E")));
        @SuppressWarnings("unchecked")
        Map<String, Object> firstConsultation =
                (Map<String, Object>) admit(caseId, fm()).get("firstConsultation");
        return String.valueOf(firstConsultation.get("dueOn"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void tenWorkingDaysSkipTheHolidaysOfTheJobcentersLandAndAChangeOfLandIsPublished_domain13_UCKERMARK_3()
            throws Exception {
        put("/api/jobcenter", admin(), jobcenterRecord("BB", 0));
        // Friday 18 Dec 2026: both Christmas days and New Year's Day are no working days
        clock.set(LocalDate.of(2026, 12, 18));
        assertThat(dueOfACaseAdmittedToday()).isEqualTo("2027-01-05");

        // Friday 26 Feb 2027: 8 March (Internationaler Frauentag) is a holiday in Berlin, not in Brandenburg
        clock.set(LocalDate.of(2027, 2, 26));
        assertThat(dueOfACaseAdmittedToday()).isEqualTo("2027-03-12");
        put("/api/jobcenter", admin(), jobcenterRecord("BE", 1));
        assertThat(dueOfACaseAdmittedToday()).isEqualTo("2027-03-15");

        try (TopicProbe probe = new TopicProbe("directory-changed")) {
            List<ConsumerRecord<String, String>> records =
                    probe.await(r -> jobcenter.equals(r.key()), 2, Duration.ofSeconds(30));
            Map<String, Object> first = (Map<String, Object>)
                    json.readValue(records.get(0).value(), JSON_OBJECT).get("payload");
            Map<String, Object> envelope = json.readValue(records.get(1).value(), JSON_OBJECT);
            assertThat(envelope)
                    .containsEntry("jobcenterId", jobcenter)
                    .containsEntry("eventType", "directory-changed");
            assertThat(first)
                    .containsEntry("version", 1)
                    .containsEntry("stateCode", "BB")
                    .containsEntry("name", "Jobcenter Uckermark")
                    .containsEntry("postalCode", "17291");
            assertThat((Map<String, Object>) envelope.get("payload"))
                    .containsEntry("version", 2)
                    .containsEntry("stateCode", "BE");
        }
    }

    @Test
    void withoutARecordOnlyWeekendsAndTheNationwideHolidaysAreSkipped_domain13_UCKERMARK_3() {
        clock.set(LocalDate.of(2026, 12, 18));
        assertThat(dueOfACaseAdmittedToday()).isEqualTo("2027-01-05");
        clock.set(LocalDate.of(2027, 2, 26));
        assertThat(dueOfACaseAdmittedToday()).isEqualTo("2027-03-12");
    }
}
