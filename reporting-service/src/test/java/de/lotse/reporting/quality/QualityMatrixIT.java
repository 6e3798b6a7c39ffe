package de.lotse.reporting.quality;

import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.Fact.AGREED;
import static de.lotse.reporting.ReportingFixtures.Fact.FIRST_CONSULTATION_HELD;
import static de.lotse.reporting.ReportingFixtures.Fact.REVIEWED;
import static de.lotse.reporting.ReportingFixtures.FactKind.CONTACTS;
import static de.lotse.reporting.ReportingFixtures.FactKind.MEASURES;
import static de.lotse.reporting.ReportingFixtures.FactKind.QUALITY_ROWS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding under each of the three Jobcenter policies from the seeds: the same customers and the
 * same things done (or not done) for them, with the deadlines each policy gives them. Reporting does not
 * compute deadlines itself: intake fixes them under the Jobcenter's policy when it refers, admits or
 * records a non-referral, and the events carry them. So this test derives the due days each preset
 * gives (intake's {@code Preset}, docs/domain.md §11) and sends the events intake would send — PANKOW and
 * UCKERMARK have no secondary-assignment deadline, PANKOW no fixed first-consultation deadline
 * ("zeitnah"), UCKERMARK no maximum duration and no non-referral re-check — and reporting applies
 * its own part of each policy (contact rule, review interval, the AGH exception) from policy-changed.
 */
@MicronautTest(transactional = false)
class QualityMatrixIT extends ReportingFixtures {
    /**
     * The deadlines of a preset as intake's {@code Preset} sets them (none = the policy has no such rule).
     *
     * @param secondaryAssignmentDays   an FM takes a referral within this many days (TAH 4.3: 3)
     * @param firstConsultationDays     first consultation within this many days of the admission
     * @param workingDays               counted in working days (UCKERMARK: 10 working days) instead of calendar days
     * @param maxDurationMonths         maximum duration (PANKOW 24, TAH 36)
     * @param nonReferralRecheckMonths  a non-referral is checked again after this many months (PANKOW, TAH: 6)
     */
    private record Rules(
            Map<String, String> policy,
            Integer secondaryAssignmentDays,
            Integer firstConsultationDays,
            boolean workingDays,
            Integer maxDurationMonths,
            Integer nonReferralRecheckMonths) {

        LocalDate secondaryAssignmentDue(LocalDate referredOn) {
            return secondaryAssignmentDays == null ? null : referredOn.plusDays(secondaryAssignmentDays);
        }

        /** intake's {@code Deadline.from}: calendar days, or working days Monday to Friday. */
        LocalDate firstConsultationDue(LocalDate admittedOn) {
            if (firstConsultationDays == null) {
                return null;
            }
            if (!workingDays) {
                return admittedOn.plusDays(firstConsultationDays);
            }
            LocalDate day = admittedOn;
            for (int counted = 0; counted < firstConsultationDays; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    counted++;
                }
            }
            return day;
        }

        LocalDate maxDurationEnds(LocalDate admittedOn) {
            return maxDurationMonths == null ? null : admittedOn.plusMonths(maxDurationMonths);
        }

        LocalDate recheckDue(LocalDate recordedOn) {
            return nonReferralRecheckMonths == null ? null : recordedOn.plusMonths(nonReferralRecheckMonths);
        }
    }

    private static final Map<String, Rules> PRESETS = Map.of(
            "PANKOW", new Rules(PolicySettings.PANKOW, null, null, false, 24, 6),
            "TAH", new Rules(PolicySettings.TAH, 3, 14, false, 36, 6),
            "UCKERMARK", new Rules(PolicySettings.UCKERMARK, null, 10, true, null, null));

    private static ContactRecorded contact(UUID caseId, LocalDate on) {
        return EventFixtures.contactRecorded()
                .caseId(caseId)
                .occurredOn(on)
                .recordedAt(at(on))
                .build();
    }

    /**
     * Admitted on the day, first consultation a week later, weekly contacts over the last 14 months, a
     * review a month ago and a valid agreement: nothing to find under any policy but its maximum duration.
     */
    private static List<EventPayload> wellKept(UUID caseId, Rules rules, LocalDate admittedOn) {
        List<EventPayload> events = new ArrayList<>(List.of(
                opened(
                        caseId,
                        "team-1",
                        "fm-anna",
                        "AV",
                        admittedOn,
                        rules.maxDurationEnds(admittedOn),
                        rules.firstConsultationDue(admittedOn)),
                EventFixtures.firstConsultationHeld()
                        .caseId(caseId)
                        .firstConsultationDueOn(rules.firstConsultationDue(admittedOn))
                        .assignedAt(at(admittedOn.plusDays(7)))
                        .firstConsultationHeldOn(admittedOn.plusDays(7))
                        .policyVersion(3)
                        .build()));
        LocalDate first = admittedOn.isAfter(TODAY.minusMonths(14)) ? admittedOn : TODAY.minusMonths(14);
        for (LocalDate day = first.plusDays(3); day.isBefore(TODAY); day = day.plusWeeks(1)) {
            events.add(contact(caseId, day));
        }
        events.add(EventFixtures.continuationReviewed()
                .caseId(caseId)
                .reviewedOn(TODAY.minusMonths(1))
                .nextReviewDueOn(TODAY.plusMonths(5))
                .recordedAt(at(TODAY.minusMonths(1)))
                .build());
        events.add(agreed(caseId, TODAY.minusMonths(2)).build());
        return events;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PANKOW", "TAH", "UCKERMARK"})
    @SuppressWarnings("unchecked")
    void eachFindingUnderEachPolicy(String preset) throws Exception {
        Rules rules = PRESETS.get(preset);
        policy(rules.policy());
        LocalDate longAgo = TODAY.minusMonths(37); // past 24 and 36 months
        LocalDate thirtyMonthsAgo = TODAY.minusMonths(30); // past 24, not 36 months
        UUID kept = UUID.randomUUID();
        UUID neglected = UUID.randomUUID();
        UUID keptPast30Months = UUID.randomUUID();
        UUID keptInAghPast37Months = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        List<EventPayload> keptEvents = wellKept(kept, rules, START);
        publish(kept, keptEvents);
        // no contact, no review, first consultation never held, agreement expired, admitted 37 months ago
        publish(
                neglected,
                List.of(
                        opened(
                                neglected,
                                "team-1",
                                "fm-jonas",
                                "AV",
                                longAgo,
                                rules.maxDurationEnds(longAgo),
                                rules.firstConsultationDue(longAgo)),
                        agreed(neglected, START.plusMonths(1)).strategyCount(1).build()));
        List<EventPayload> past30 = wellKept(keptPast30Months, rules, thirtyMonthsAgo);
        publish(keptPast30Months, past30);
        List<EventPayload> aghEvents = new ArrayList<>(wellKept(keptInAghPast37Months, rules, longAgo));
        aghEvents.add(EventFixtures.measureStarted()
                .caseId(keptInAghPast37Months)
                .startedOn(TODAY.minusMonths(2))
                .plannedEndOn(TODAY.plusMonths(4))
                .recordedAt(at(TODAY.minusMonths(2)))
                .build());
        publish(keptInAghPast37Months, aghEvents);
        // referred six days ago, no FM has taken it yet
        LocalDate referredOn = TODAY.minusDays(6);
        publish(
                waiting,
                List.of(EventFixtures.caseReferred()
                        .caseId(waiting)
                        .policyVersion(3)
                        .referredAt(at(referredOn))
                        .secondaryAssignmentDueOn(rules.secondaryAssignmentDue(referredOn))
                        .build()));
        // non-referrals: six decided seven months ago, one two months ago, each with the policy's re-check day
        for (int i = 0; i < 7; i++) {
            UUID id = UUID.randomUUID();
            LocalDate recordedOn = i < 6 ? TODAY.minusMonths(7) : TODAY.minusMonths(2);
            upstream.publish(
                    jobcenter,
                    id,
                    nonReferral(id, "team-av")
                            .recheckDueOn(rules.recheckDue(recordedOn))
                            .recordedAt(at(recordedOn))
                            .build());
        }
        long contacts = keptEvents.stream()
                        .filter(e -> e instanceof ContactRecorded)
                        .count()
                + past30.stream().filter(e -> e instanceof ContactRecorded).count()
                + aghEvents.stream().filter(e -> e instanceof ContactRecorded).count();
        awaitProjected(() -> factsAbout(CONTACTS, kept, keptPast30Months, keptInAghPast37Months) == contacts
                && factsAbout(MEASURES, keptInAghPast37Months) == 1
                && casesWith(List.of(kept, neglected, keptPast30Months, keptInAghPast37Months), AGREED) == 4
                && casesWith(List.of(kept, keptPast30Months, keptInAghPast37Months), REVIEWED, FIRST_CONSULTATION_HELD)
                        == 3
                && factsAbout(QUALITY_ROWS, waiting) == 1
                && nonReferralsOf(jobcenter) == 7);

        Map<String, List<String>> findings = new HashMap<>();
        client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/cases").bearerAuth(tl("team-1")), Argument.listOf(JSON_OBJECT))
                .forEach(c -> findings.put(c.get("caseId").toString(), (List<String>) c.get("findings")));
        assertThat(findings).doesNotContainKey(kept.toString());
        switch (preset) {
            case "PANKOW" -> {
                // no fixed first-consultation deadline ("zeitnah"), 24 months without the AGH exception
                assertThat(findings.get(neglected.toString()))
                        .containsExactly(
                                "AGREEMENT_EXPIRED",
                                "CONTACT_DENSITY_NOT_MET",
                                "MAX_DURATION_EXCEEDED",
                                "REVIEW_OVERDUE");
                assertThat(findings.get(keptPast30Months.toString())).containsExactly("MAX_DURATION_EXCEEDED");
                assertThat(findings.get(keptInAghPast37Months.toString())).containsExactly("MAX_DURATION_EXCEEDED");
                assertThat(findings).as("no secondary-assignment deadline").doesNotContainKey(waiting.toString());
            }
            case "TAH" -> {
                assertThat(findings.get(neglected.toString()))
                        .containsExactly(
                                "AGREEMENT_EXPIRED",
                                "CONTACT_DENSITY_NOT_MET",
                                "FIRST_CONSULTATION_MISSED",
                                "MAX_DURATION_EXCEEDED",
                                "REVIEW_OVERDUE");
                assertThat(findings)
                        .as("36 months not reached; TAH 4.11: a running AGH continues FM past them")
                        .doesNotContainKeys(keptPast30Months.toString(), keptInAghPast37Months.toString());
                assertThat(findings.get(waiting.toString()))
                        .as("TAH 4.3: an FM within three days")
                        .containsExactly("SECONDARY_ASSIGNMENT_MISSED");
            }
            case "UCKERMARK" -> {
                // ESB within 10 working days; no maximum duration
                assertThat(findings.get(neglected.toString()))
                        .containsExactly(
                                "AGREEMENT_EXPIRED",
                                "CONTACT_DENSITY_NOT_MET",
                                "FIRST_CONSULTATION_MISSED",
                                "REVIEW_OVERDUE");
                assertThat(findings)
                        .doesNotContainKeys(
                                keptPast30Months.toString(), keptInAghPast37Months.toString(), waiting.toString());
            }
            default -> throw new IllegalArgumentException(preset);
        }

        // non-referral re-checks: overdue after six months under PANKOW and TAH; UCKERMARK has no re-check rule
        Map<String, Object> summary = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/summary").bearerAuth(management()), JSON_OBJECT);
        Map<String, Object> rechecks = (Map<String, Object>) summary.getOrDefault("overdueRechecks", Map.of());
        Map<String, Object> total =
                (Map<String, Object>) ((Map<String, Object>) summary.get("total")).get("overdueRechecks");
        Map<String, Object> referred =
                (Map<String, Object>) ((Map<String, Object>) summary.get("total")).get("referred");
        assertThat(referred)
                .as("the waiting referral is counted under every policy")
                .containsEntry("suppressed", true);
        forgetNationalFigures();
        String national = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/national/export")
                        .bearerAuth(TestTokens.user("bund-lea", "MANAGEMENT")
                                .reportingScope("NATIONAL")
                                .sign()));
        String nationalLine = national.lines()
                .filter(l -> l.startsWith(jobcenter + ";"))
                .findFirst()
                .orElseThrow();
        if (preset.equals("UCKERMARK")) {
            assertThat(rechecks).isEmpty();
            assertThat(total).containsEntry("value", 0);
            assertThat(nationalLine).endsWith(";0");
        } else {
            assertThat((Map<String, Object>) rechecks.get("team-av")).containsEntry("value", 6);
            assertThat(total).containsEntry("value", 6);
            // the national view may withhold it to protect another Jobcenter's small figure
            assertThat(nationalLine).matches(".*;(6|geschützt)$");
        }
    }
}
