package de.lotse.network.conferences;

import de.lotse.network.NetworkFixtures;
import de.lotse.platform.testing.Today;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Case conferences with partners only on consent; the customer's disclosure report. */
@MicronautTest(transactional = false)
class ConferenceAndDisclosureIT extends NetworkFixtures {

    @Test
    void aPartnerTakesPartInACaseConferenceOnlyWithAConsentForIt() {
        UUID caseId = openCase();
        String covered = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        String uncovered = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        consent(caseId, covered, List.of("PARTICIPATION_DATES"));
        LocalDate on = Today.inBerlin().plusDays(7);

        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/case-conferences",
                                        Map.of("scheduledOn", on.toString(), "partnerIds", List.of(covered, uncovered)))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("CONSENT_REQUIRED_FOR_PARTNER@partnerIds[1]");
        Map<String, Object> conference = post(
                "/api/cases/" + caseId + "/case-conferences",
                Map.of("scheduledOn", on.toString(), "staff", List.of("fm-anna"), "partnerIds", List.of(covered)),
                fm());

        String outcome = "/api/cases/" + caseId + "/case-conferences/" + conference.get("id") + "/outcome";
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        outcome,
                                        Map.of(
                                                "heldOn",
                                                Today.inBerlin().toString(),
                                                "attendedPartnerIds",
                                                List.of(covered),
                                                "decisions",
                                                List.of("Kunde wirkt motiviert")))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("CODED_DECISIONS@decisions");
        assertThat(post(
                        outcome,
                        Map.of(
                                "heldOn",
                                Today.inBerlin().toString(),
                                "attendedPartnerIds",
                                List.of(covered),
                                "decisions",
                                List.of("ADJUST_PLAN", "NEXT_CONFERENCE")),
                        fm()))
                .containsEntry("decisions", List.of("ADJUST_PLAN", "NEXT_CONFERENCE"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDisclosureReportListsEveryConsentReferralAndPartnerAccess() {
        UUID caseId = openCase();
        String partner = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String consent = consent(caseId, partner, List.of("CONTACT_DETAILS"));
        String referral = refer(caseId, referral(partner, "ADDICTION_COUNSELLING", "Erika Mustermann"));
        get("/partner-api/referrals/" + referral, partnerToken(partner));
        post("/api/cases/" + caseId + "/consents/" + consent + "/revocation", Map.of(), fm());

        Map<String, Object> report = get("/api/cases/" + caseId + "/disclosure-report", tl());
        assertThat((List<Map<String, Object>>) report.get("consents"))
                .extracting(c -> c.get("status"))
                .containsExactly("REVOKED");
        assertThat((List<Map<String, Object>>) report.get("history"))
                .extracting(h -> h.get("kind"))
                .containsExactly("GIVEN", "REVOKED");
        assertThat((List<Map<String, Object>>) report.get("referrals"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("contactDetailsShared", true));
        assertThat((List<Map<String, Object>>) report.get("partnerAccesses"))
                .singleElement()
                .satisfies(a -> assertThat(a)
                        .containsEntry("action", "READ")
                        .containsEntry("referralId", referral)
                        .containsEntry("basis", "Einwilligung " + consent));
        assertThat(audits(caseId, "disclosure-report")).isEqualTo(1);
        assertThat(problem(
                        HttpRequest.GET("/api/cases/" + caseId + "/disclosure-report")
                                .bearerAuth(fm("fm-bernd")),
                        403))
                .isNotNull();
    }
}
