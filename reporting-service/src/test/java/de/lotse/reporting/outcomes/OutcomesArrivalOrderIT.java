package de.lotse.reporting.outcomes;

import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outcomes do not depend on the order facts arrive in: needs, categories, consents and partner types in any
 * order, and a case's outcomes counted for its current team whatever the order of facts and moves.
 */
@MicronautTest(transactional = false)
class OutcomesArrivalOrderIT extends OutcomesScenario {
    @Test
    void needsCategoriesConsentsAndPartnerTypesInAnyOrder() {
        UUID partner = UUID.randomUUID();
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + i, "AV", START, null, null));
            UUID need = UUID.randomUUID();
            // the resolution arrives before the earlier status: the newest still wins
            upstream.publish(
                    jobcenter,
                    caseId,
                    NeedStatusChanged.builder()
                            .caseId(caseId)
                            .needId(need)
                            .keyGroup("RAHMENBEDINGUNGEN")
                            .needCode("DEBTS")
                            .fromStatus("IN_PROGRESS")
                            .toStatus("RESOLVED")
                            .changedAt(at(LocalDate.of(2025, 10, 2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    NeedStatusChanged.builder()
                            .caseId(caseId)
                            .needId(need)
                            .keyGroup("RAHMENBEDINGUNGEN")
                            .needCode("DEBTS")
                            .fromStatus("IDENTIFIED")
                            .toStatus("IN_PROGRESS")
                            .changedAt(at(LocalDate.of(2025, 6, 2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    CategoryChanged.builder()
                            .caseId(caseId)
                            .fromCode("D")
                            .toCode("C")
                            .direction(i < 5 ? "UP" : "DOWN")
                            .reasonCode("PROGRESS")
                            .changedAt(at(LocalDate.of(2025, 10, 3)))
                            .build());
            UUID consent = UUID.randomUUID();
            // revoked before granted arrives
            upstream.publish(
                    jobcenter,
                    caseId,
                    new ConsentRevoked(caseId, consent, partner, "REVOKED", at(LocalDate.of(2025, 11, 4))));
            upstream.publish(
                    jobcenter,
                    caseId,
                    ConsentGranted.builder()
                            .caseId(caseId)
                            .consentId(consent)
                            .partnerId(partner)
                            .scopes(List.of("APPOINTMENTS"))
                            .purposeCode("DEBT_COUNSELLING")
                            .validFrom(START)
                            .validUntil(START.plusYears(1))
                            .grantedAt(at(LocalDate.of(2025, 4, 1)))
                            .build());
            UUID referral = UUID.randomUUID();
            upstream.publish(
                    jobcenter,
                    caseId,
                    ReferralSent.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(partner)
                            .serviceCode("DEBT_COUNSELLING")
                            .sentAt(at(LocalDate.of(2025, 4, 2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    ReferralStatusChanged.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(UUID.randomUUID())
                            .fromStatus("STARTED")
                            .toStatus("COMPLETED")
                            .changedAt(at(LocalDate.of(2025, 9, 20)))
                            .build());
        }
        upstream.publish(
                jobcenter,
                partner,
                new PartnerRegistered(partner, "COUNSELLING_AGENCY", List.of("DEBT_COUNSELLING"), at(START)));
        awaitTeamLeadSees("team-1", "ADMISSIONS", "2025-03", "AV", "6");
        awaitTeamLeadSees("team-1", "NEEDS_RESOLVED_BY_KEY_GROUP", "2025-10", "RAHMENBEDINGUNGEN", "6");
        awaitTeamLeadSees("team-1", "CATEGORY_MOVES", "2025-10", "UP", "5");
        awaitTeamLeadSees("team-1", "CATEGORY_MOVES", "2025-10", "DOWN", "1");
        awaitTeamLeadSees("team-1", "CONSENTS_GRANTED", "2025-04", "DEBT_COUNSELLING", "6");
        awaitTeamLeadSees("team-1", "CONSENTS_ENDED", "2025-11", "REVOKED", "6");
        awaitTeamLeadSees("team-1", "REFERRALS_COMPLETED_BY_PARTNER_TYPE", "2025-09", "COUNSELLING_AGENCY", "6");

        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "NEEDS_RESOLVED_BY_KEY_GROUP", "2025-10", "team-1", "RAHMENBEDINGUNGEN"))
                .isEqualTo("6");
        // DOWN's 1 is withheld, and so much besides that the sums over teams and keys do not give it back
        assertThat(cell(rows, "CATEGORY_MOVES", "2025-10", "team-1", "UP")).isIn("5", WITHHELD);
        assertThat(cell(rows, "CATEGORY_MOVES", "2025-10", "team-1", "DOWN")).isEqualTo(WITHHELD);
        assertThat(cell(rows("?from=2025-01&to=2025-12", tl("team-1")), "CATEGORY_MOVES", "2025-10", "team-1", "UP"))
                .isEqualTo("5");
        assertThat(cell(rows, "CONSENTS_GRANTED", "2025-04", "team-1", "DEBT_COUNSELLING"))
                .isEqualTo("6");
        assertThat(cell(rows, "CONSENTS_ENDED", "2025-11", "team-1", "REVOKED")).isEqualTo("6");
        assertThat(cell(rows, "REFERRALS_COMPLETED_BY_PARTNER_TYPE", "2025-09", "team-1", "COUNSELLING_AGENCY"))
                .isEqualTo("6");
        String raw = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/outcomes?from=2025-01&to=2025-12").bearerAuth(management()));
        cases.forEach(id -> assertThat(raw).doesNotContain(id.toString()));
        assertThat(raw).doesNotContain(partner.toString());
    }

    @Test
    void outcomesCountForTheCasesCurrentTeamWhateverTheOrderOfFactsAndMoves() {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            // the measure's end arrives before the case is known, then the case opens in team-1 and moves to team-2
            UUID measure = UUID.randomUUID();
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.measureEnded()
                            .caseId(caseId)
                            .measureId(measure)
                            .endedOn(LocalDate.of(2025, 9, 1))
                            .outcomeCode("COMPLETED_SUCCESSFULLY")
                            .recordedAt(at(LocalDate.of(2025, 9, 1)))
                            .build());
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-" + i, "AV", START, null, null));
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.reassigned()
                            .caseId(caseId)
                            .caseManagerId("fm-x")
                            .teamId("team-2")
                            .assignedAt(at(LocalDate.of(2025, 10, 1)))
                            .previousCaseManagerId("fm-" + i)
                            .policyVersion(3)
                            .build());
        }
        awaitTeamLeadSees("team-2", "MEASURES_SUCCESSFUL", "2025-09", "AGH_16D", "5");

        List<Map<String, Object>> rows = rows("?from=2025-01&to=2025-12", management());
        assertThat(cell(rows, "MEASURES_SUCCESSFUL", "2025-09", "team-2", "AGH_16D"))
                .isEqualTo("5");
        assertThat(cell(rows, "MEASURES_SUCCESSFUL", "2025-09", "team-1", "AGH_16D"))
                .isEqualTo("none");
        assertThat(rows("?from=2025-01&to=2025-12", tl("team-1")).stream()
                        .filter(r -> "MEASURES_SUCCESSFUL".equals(r.get("metric"))))
                .isEmpty();
    }
}
