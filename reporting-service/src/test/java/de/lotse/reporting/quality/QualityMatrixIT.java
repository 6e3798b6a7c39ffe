package de.lotse.reporting.quality;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every finding under each of the three Jobcenter policies from the seeds: the same cases, the
 * findings each policy's rules give them (the AGH exception only under TAH).
 */
@MicronautTest(transactional = false)
class QualityMatrixIT extends ReportingFixtures {
    private static final Map<String, Map<String, String>> POLICIES = Map.of("PANKOW", PolicySettings.PANKOW,
            "TAH", PolicySettings.TAH, "UCKERMARK", PolicySettings.UCKERMARK);

    private static ContactRecorded contact(UUID caseId, LocalDate on) {
        return new ContactRecorded(caseId, UUID.randomUUID(), "IN_PERSON", on, true, null, at(on));
    }

    /** First consultation in time, weekly contacts, reviews and a valid agreement: nothing to find under any policy. */
    private static List<EventPayload> wellKept(UUID caseId, LocalDate maxEnd) {
        List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, "team-1", "fm-anna", maxEnd, START.plusDays(14)),
                new CaseAssigned(caseId, "fm-anna", "team-1", "PRIMARY", START.plusDays(14), false, at(START.plusDays(10)),
                        "FIRST_CONSULTATION_HELD", null, START.plusDays(10), null, null, null, false, 3)));
        for (LocalDate day = START.plusDays(7); day.isBefore(TODAY); day = day.plusWeeks(1)) {
            events.add(contact(caseId, day));
        }
        events.add(new ContinuationReviewed(caseId, UUID.randomUUID(), TODAY.minusMonths(1), "CONTINUE", false,
                TODAY.plusMonths(5), at(TODAY.minusMonths(1)), null));
        events.add(new PlanAgreed(caseId, UUID.randomUUID(), "EINV", TODAY.minusMonths(2), TODAY.plusMonths(4), 2, 0,
                at(TODAY.minusMonths(2))));
        return events;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PANKOW", "TAH", "UCKERMARK"})
    void eachFindingUnderEachPolicy(String preset) {
        policy(POLICIES.get(preset));
        UUID kept = UUID.randomUUID();
        UUID neglected = UUID.randomUUID();
        UUID keptInAghPastMaximum = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        List<EventPayload> keptEvents = wellKept(kept, START.plusYears(3));
        publish(kept, keptEvents);
        // no contact, no review, first consultation never held, agreement expired, past the maximum duration
        publish(neglected, List.of(opened(neglected, "team-1", "fm-jonas", TODAY.minusDays(10), START.plusDays(14)),
                new PlanAgreed(neglected, UUID.randomUUID(), "EINV", START.plusMonths(1), START.plusMonths(7), 1, 0,
                        at(START.plusMonths(1)))));
        List<EventPayload> aghEvents = new ArrayList<>(wellKept(keptInAghPastMaximum, TODAY.minusDays(10)));
        aghEvents.add(new MeasureStarted(keptInAghPastMaximum, UUID.randomUUID(), "AGH_16D", TODAY.minusMonths(2),
                TODAY.plusMonths(4), null, at(TODAY.minusMonths(2))));
        publish(keptInAghPastMaximum, aghEvents);
        publish(waiting, List.of(new CaseReferred(waiting, UUID.randomUUID(), UUID.randomUUID(), "AV", "av-bernd", "team-1",
                "UE25", List.of("NEEDS"), 3, at(TODAY.minusDays(6)), TODAY.minusDays(3), null)));
        long contacts = keptEvents.stream().filter(e -> e instanceof ContactRecorded).count();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from report_contact where case_id in (?, ?)",
                kept, keptInAghPastMaximum) == 2 * contacts
                && count("select count(*) from report_measure where case_id = ?", keptInAghPastMaximum) == 1
                && count("select count(*) from caseload_case where case_id in (?, ?, ?) and agreement_at is not null",
                kept, neglected, keptInAghPastMaximum) == 3
                && count("select count(*) from caseload_case where case_id in (?, ?) and review_at is not null",
                kept, keptInAghPastMaximum) == 2
                && count("select count(*) from caseload_case where case_id = ? and referred_at is not null", waiting) == 1
                && count("select count(*) from caseload_case where case_id in (?, ?) and first_consultation_held_on is not null",
                kept, keptInAghPastMaximum) == 2);

        Map<String, List<String>> findings = new HashMap<>();
        client.toBlocking().retrieve(HttpRequest.GET("/api/quality/cases").bearerAuth(tl("team-1")),
                Argument.listOf(JSON_OBJECT)).forEach(c -> findings.put(c.get("caseId").toString(),
                (List<String>) c.get("findings")));

        assertThat(findings).doesNotContainKey(kept.toString());
        assertThat(findings.get(neglected.toString())).containsExactly("AGREEMENT_EXPIRED", "CONTACT_DENSITY_NOT_MET",
                "FIRST_CONSULTATION_MISSED", "MAX_DURATION_EXCEEDED", "REVIEW_OVERDUE");
        assertThat(findings.get(waiting.toString())).containsExactly("SECONDARY_ASSIGNMENT_MISSED");
        if (preset.equals("TAH")) {
            assertThat(findings).as("TAH 4.11: a running AGH continues FM past the maximum duration")
                    .doesNotContainKey(keptInAghPastMaximum.toString());
        } else {
            assertThat(findings.get(keptInAghPastMaximum.toString())).containsExactly("MAX_DURATION_EXCEEDED");
        }
    }
}
