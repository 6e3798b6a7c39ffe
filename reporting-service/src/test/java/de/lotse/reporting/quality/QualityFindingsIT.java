package de.lotse.reporting.quality;

import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.Fact.AGREED;
import static de.lotse.reporting.ReportingFixtures.Fact.CATEGORISED;
import static de.lotse.reporting.ReportingFixtures.Fact.DECLINED;
import static de.lotse.reporting.ReportingFixtures.Fact.OPENED;
import static de.lotse.reporting.ReportingFixtures.Fact.REFERRED;
import static de.lotse.reporting.ReportingFixtures.Fact.REVIEWED;
import static de.lotse.reporting.ReportingFixtures.FactKind.CONTACTS;
import static de.lotse.reporting.ReportingFixtures.FactKind.MEASURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality findings from events alone, each under the policy that defines it (PANKOW, TAH, UCKERMARK): the
 * team lead sees contact, review, agreement, duration, waiting-referral and re-check findings of their team,
 * and a new policy version re-evaluates the Jobcenter's cases.
 */
@MicronautTest(transactional = false)
class QualityFindingsIT extends QualityScenario {
    /** PANKOW sets no fixed first-consultation deadline ("zeitnah"): intake sends none, so no such finding. */
    @Test
    void underPankowDensityReviewAndAgreementFindingsAreListedForTheTeamLead() {
        policy(PolicySettings.PANKOW);
        UUID good = UUID.randomUUID();
        UUID gap = UUID.randomUUID();
        UUID neglected = UUID.randomUUID();
        publish(good, wellKept(good, "team-1", "fm-anna"));
        // 10 contacts, one 10-week gap, review done, agreement valid
        List<EventPayload> gapEvents =
                new ArrayList<>(List.of(opened(gap, "team-1", "fm-anna", START.plusMonths(24), null)));
        LocalDate day = START.plusWeeks(2);
        for (int i = 0; i < 10; i++) {
            gapEvents.add(contact(gap, day));
            day = day.plusWeeks(i == 7 ? 10 : 4);
        }
        gapEvents.add(review(gap, START.plusMonths(6), START.plusMonths(12).plusDays(10)));
        publish(gap, gapEvents);
        // first consultation never held (no deadline under PANKOW), agreement expired, no review
        publish(
                neglected,
                List.of(
                        opened(neglected, "team-1", "fm-jonas", START.plusMonths(24), null),
                        agreed(neglected, START.plusMonths(1)).strategyCount(1).build()));
        awaitContacts(good, wellKept(good, "t", "f").size() - 3);
        awaitContacts(gap, 10);
        awaitContacts(neglected, 0);
        awaitProjected(() -> caseHas(neglected, AGREED));

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings).doesNotContainKey(good.toString());
        assertThat(findings.get(gap.toString())).containsExactly("CONTACT_DENSITY_NOT_MET");
        assertThat(findings.get(neglected.toString()))
                .containsExactly("AGREEMENT_EXPIRED", "CONTACT_DENSITY_NOT_MET", "REVIEW_OVERDUE");
        assertThat(findingsOfTeam("team-2")).isEmpty();
        assertThat(problem(
                        HttpRequest.GET("/api/quality/cases?finding=NO_SUCH_FINDING")
                                .bearerAuth(tl("team-1")),
                        400))
                .isNotNull();
        assertThat(findingListingsAudited("tl-team-1", good, gap, neglected)).isEqualTo(2);
    }

    @Test
    void underTahAnAghCarriesACasePastTheMaximumDurationAndWithoutOneItIsAFinding() {
        policy(PolicySettings.TAH);
        UUID withAgh = UUID.randomUUID();
        UUID without = UUID.randomUUID();
        LocalDate maxEnd = START.plusMonths(10);
        for (UUID caseId : List.of(withAgh, without)) {
            List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, "team-1", "fm-anna", maxEnd, null)));
            for (LocalDate day = START.plusWeeks(2); day.isBefore(TODAY); day = day.plusWeeks(3)) {
                events.add(contact(caseId, day));
            }
            events.add(review(caseId, TODAY.minusMonths(1), TODAY.plusMonths(5)));
            publish(caseId, events);
        }
        upstream.publish(
                jobcenter,
                withAgh,
                EventFixtures.measureStarted()
                        .caseId(withAgh)
                        .startedOn(START.plusMonths(9))
                        .plannedEndOn(START.plusMonths(15))
                        .recordedAt(at(START.plusMonths(9)))
                        .build());
        long contacts = START.plusWeeks(2)
                .datesUntil(TODAY, java.time.Period.ofWeeks(3))
                .count();
        awaitProjected(() -> factsAbout(MEASURES, withAgh) == 1
                && casesWith(List.of(withAgh, without), REVIEWED) == 2
                && factsAbout(CONTACTS, withAgh, without) == 2 * contacts);

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings).doesNotContainKey(withAgh.toString());
        assertThat(findings.get(without.toString())).containsExactly("MAX_DURATION_EXCEEDED");
    }

    /** UCKERMARK 4.1.4, 4.2 (docs/domain.md §18.8): A monthly, C every six months, X, Y, Z none (4.1.1). */
    @Test
    void underUckermarkTheContactRuleFollowsTheCategory() {
        policy(PolicySettings.UCKERMARK);
        UUID categoryA = UUID.randomUUID();
        UUID categoryC = UUID.randomUUID();
        UUID categoryZ = UUID.randomUUID();
        for (UUID caseId : List.of(categoryA, categoryC, categoryZ)) {
            List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, "team-1", "fm-anna", null, null)));
            // six-weekly contacts for A and C; none at all for Z, whose resubmission date governs instead
            for (LocalDate day = START.plusWeeks(6);
                    day.isBefore(TODAY) && !caseId.equals(categoryZ);
                    day = day.plusWeeks(6)) {
                events.add(contact(caseId, day));
            }
            events.add(review(caseId, TODAY.minusMonths(1), TODAY.plusMonths(5)));
            events.add(EventFixtures.assessmentCompleted()
                    .caseId(caseId)
                    .prognosisHorizonMonths(12)
                    .profileCode(null)
                    .categoryCode(caseId.equals(categoryA) ? "A" : caseId.equals(categoryC) ? "C" : "Z")
                    .validUntil(TODAY.plusMonths(3))
                    .completedAt(at(START.plusDays(10)))
                    .assessedOn(START)
                    .build());
            publish(caseId, events);
        }
        long contacts = START.plusWeeks(6)
                .datesUntil(TODAY, java.time.Period.ofWeeks(6))
                .count();
        awaitProjected(() -> casesWith(List.of(categoryA, categoryC, categoryZ), CATEGORISED, REVIEWED) == 3
                && factsAbout(CONTACTS, categoryA, categoryC) == 2 * contacts);

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings.get(categoryA.toString())).containsExactly("CONTACT_DENSITY_NOT_MET");
        assertThat(findings).doesNotContainKey(categoryC.toString()).doesNotContainKey(categoryZ.toString());
    }

    @Test
    void aReferralWaitingForAnFmBeyondTheDeadlineIsAFindingUntilAnFmTakesOrDeclinesIt() {
        policy(PolicySettings.TAH);
        UUID overdue = UUID.randomUUID();
        UUID dueSoon = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID admittedLate = UUID.randomUUID();
        publish(overdue, List.of(referred(overdue, TODAY.minusDays(5), TODAY.minusDays(2))));
        publish(dueSoon, List.of(referred(dueSoon, TODAY.minusDays(1), TODAY.plusDays(2))));
        publish(
                declined,
                List.of(
                        referred(declined, TODAY.minusDays(9), TODAY.minusDays(6)),
                        ReferralDecided.builder()
                                .caseId(declined)
                                .decision("DECLINED")
                                .reasonCode("NOT_WILLING")
                                .decidedByRole("FM")
                                .policyVersion(3)
                                .decidedAt(at(TODAY.minusDays(2)))
                                .build()));
        // the opening arrives first: a late admission ends the wait all the same
        publish(
                admittedLate,
                List.of(
                        opened(admittedLate, "team-1", "fm-anna", "AV", TODAY.minusDays(1), null, null),
                        referred(admittedLate, TODAY.minusDays(8), TODAY.minusDays(5))));
        awaitProjected(() -> casesWith(List.of(overdue, dueSoon, declined, admittedLate), REFERRED) == 4
                && caseHas(declined, DECLINED)
                && caseHas(admittedLate, OPENED));

        Map<String, List<String>> findings = findingsOfTeam("team-1");
        assertThat(findings.get(overdue.toString())).containsExactly("SECONDARY_ASSIGNMENT_MISSED");
        assertThat(findings).doesNotContainKeys(dueSoon.toString(), declined.toString(), admittedLate.toString());
        List<Map<String, Object>> listed = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/quality/cases?finding=SECONDARY_ASSIGNMENT_MISSED")
                                .bearerAuth(tl("team-1")),
                        Argument.listOf(JSON_OBJECT));
        assertThat(listed)
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("caseId", overdue.toString())
                        .doesNotContainKey("caseManagerId"));

        // three days later the calendar alone makes the second referral overdue
        clock.set(TODAY.plusDays(3));
        assertThat(findingsOfTeam("team-1").get(dueSoon.toString())).containsExactly("SECONDARY_ASSIGNMENT_MISSED");
        assertTallyMatchesCases();
    }

    @Test
    void aNewPolicyVersionReevaluatesTheJobcentersCases() {
        policy(PolicySettings.PANKOW);
        UUID sixWeekly = UUID.randomUUID();
        List<EventPayload> events = new ArrayList<>(List.of(opened(sixWeekly, "team-1", "fm-anna", null, null)));
        for (LocalDate day = START.plusWeeks(6); day.isBefore(TODAY); day = day.plusWeeks(6)) {
            events.add(contact(sixWeekly, day));
        }
        events.add(review(sixWeekly, TODAY.minusMonths(1), TODAY.plusMonths(5)));
        publish(sixWeekly, events);
        awaitProjected(() -> caseHas(sixWeekly, REVIEWED) && factsAbout(CONTACTS, sixWeekly) == events.size() - 2);
        assertThat(findingsOfTeam("team-1").get(sixWeekly.toString())).containsExactly("CONTACT_DENSITY_NOT_MET");

        // the Jobcenter adopts UCKERMARK's rule (every 6 months for category C and unknown categories)
        policy(4, TODAY, PolicySettings.UCKERMARK);
        awaitProjected(() -> policyVersionKnown(4));
        assertThat(findingsOfTeam("team-1")).doesNotContainKey(sixWeekly.toString());
        assertThat(evaluatedUnderPolicy(sixWeekly, 4)).isTrue();
        assertTallyMatchesCases();
    }
}
