package de.lotse.network.partnerapi;

import de.lotse.platform.testing.Today;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a partner reports back: structured, coded updates within the status rules; anything else is refused and
 * changes nothing, and referrals not started by their due day are listed for the FM and the team.
 */
@MicronautTest(transactional = false)
class PartnerReportsIT extends PartnerApiScenario {
    @Test
    void aPartnerRejectsWithACodedReasonOnly() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String referral = refer(caseId, a, false);
        refused(caseId, referral, Map.of("status", "REJECTED"), a, "CODED_REASON@reasonCode");
        refused(
                caseId,
                referral,
                Map.of("status", "REJECTED", "reasonCode", "KEINE_LUST"),
                a,
                "CODED_REASON@reasonCode");
        refused(
                caseId,
                referral,
                Map.of("status", "REJECTED", "reasonCode", "MOVED_AWAY"),
                a,
                "CODED_REASON@reasonCode");

        assertThat(report(referral, Map.of("status", "REJECTED", "reasonCode", "NO_CAPACITY"), a))
                .containsEntry("status", "REJECTED")
                .containsEntry("consentEffective", false);
        assertThat(staffView(caseId, referral))
                .containsEntry("status", "REJECTED")
                .containsEntry("reasonCode", "NO_CAPACITY");
        assertThat(published("referral-status-changed", caseId.toString(), 1))
                .extracting(e -> (Map<?, ?>) e.get("payload"))
                .filteredOn(p -> "REJECTED".equals(p.get("toStatus")) && "NO_CAPACITY".equals(p.get("reasonCode")))
                .hasSize(1);
    }

    @Test
    void reasonsEndDatesAndStatusesOutsideTheRulesAreRefusedAndChangeNothing() {
        UUID caseId = openCase();
        String a = partner("Suchtberatung A", "ADDICTION_COUNSELLING");
        String consent =
                consent(caseId, a, List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT"));
        String referral = refer(caseId, a, false);
        LocalDate today = clock.today();

        for (String jobcenters : List.of("REQUESTED", "REVOKED", "ENDED_BY_CLOSURE")) {
            refused(caseId, referral, Map.of("status", jobcenters), a, "NOT_A_PARTNER_STATUS@status");
        }
        refused(
                caseId,
                referral,
                Map.of("status", "ACCEPTED", "reasonCode", "NO_CAPACITY"),
                a,
                "ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        report(referral, Map.of("status", "ACCEPTED"), a);
        report(
                referral,
                Map.of("status", "STARTED", "startedOn", today.minusDays(10).toString()),
                a);

        refused(caseId, referral, Map.of("reasonCode", "CUSTOMER_ENDED"), a, "ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "reasonCode", "CUSTOMER_ENDED"),
                a,
                "ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        refused(caseId, referral, Map.of("endedOn", today.toString()), a, "ONLY_WHEN_ENDED@endedOn");
        refused(
                caseId,
                referral,
                Map.of("status", "STARTED", "endedOn", today.toString()),
                a,
                "ONLY_WHEN_ENDED@endedOn");
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "endedOn", today.plusDays(1).toString()),
                a,
                "IN_FUTURE@endedOn");
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "endedOn", today.minusDays(11).toString()),
                a,
                "BEFORE_START@endedOn");
        refused(caseId, referral, Map.of("status", "REVOKED"), a, "NOT_A_PARTNER_STATUS@status");

        // without the participation dates an end date is out of scope; the completion alone is recorded
        post(
                "/api/cases/" + caseId + "/consents/" + consent + "/limitation",
                Map.of("scopes", List.of("COMPLETION_OR_ABORT")),
                fm());
        refused(
                caseId,
                referral,
                Map.of("status", "COMPLETED", "endedOn", today.toString()),
                a,
                "OUT_OF_CONSENT_SCOPE@endedOn");
        report(referral, Map.of("status", "COMPLETED"), a);
        assertThat(staffView(caseId, referral))
                .containsEntry("status", "COMPLETED")
                .containsEntry("startedOn", today.minusDays(10).toString())
                .doesNotContainKeys("endedOn", "reasonCode");
    }

    @Test
    void referralsNotStartedByTheirDueDayAreListedForTheFmAndTheTeam() {
        UUID caseId = openCase();
        String a = partner("Schuldnerberatung", "DEBT_COUNSELLING");
        String soon = refer(caseId, dueIn(referral(a, "DEBT_COUNSELLING"), 5));
        refer(caseId, dueIn(referral(a, "DEBT_COUNSELLING"), 40));
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/referrals/due?withinDays=14")
                                        .bearerAuth(tl()),
                                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .extracting(r -> r.get("id"), r -> r.get("caseId")) // the FM's work list links to the case file
                .containsExactly(org.assertj.core.groups.Tuple.tuple(soon, caseId.toString()));
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/referrals/due").bearerAuth(fm()),
                                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .isEmpty();
    }

    private static Map<String, Object> dueIn(Map<String, Object> referral, int days) {
        referral.put("dueOn", Today.inBerlin().plusDays(days).toString());
        return referral;
    }
}
