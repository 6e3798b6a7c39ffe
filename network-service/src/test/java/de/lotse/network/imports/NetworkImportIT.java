package de.lotse.network.imports;

import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's part of a migrated case (docs/import.md): its consents replayed with their history (limited,
 * expired, revoked) and its partner referrals with their status history, as on their days, visible through the
 * public API; again imported unchanged; a changed step refused; a reference to an unknown partner named; only the
 * administration imports.
 */
@MicronautTest(transactional = false)
class NetworkImportIT extends NetworkImportScenario {
    @Test
    @SuppressWarnings("unchecked")
    void consentsWithTheirHistoryAndAReferralWithItsStatusesAreReplayedAsOnTheirDaysAndAgainChangeNothing() {
        String sucht = put("/api/import/partners", partnerRecord("P-1", "Suchtberatung Nord"), admin())
                .get("id")
                .toString();
        String schulden = put("/api/import/partners", debtRecord("P-2"), admin())
                .get("id")
                .toString();
        put("/api/import/consent-forms", formRecord("F-1"), admin());
        UUID caseId = admittedLongAgo();
        Map<String, Object> record = caseRecord();

        Map<String, Object> first = put("/api/import/cases/" + caseId, record, admin());

        assertThat(first).containsEntry("result", "UPDATED");
        assertThat((List<String>) first.get("changes"))
                .containsExactly(
                        "consents[0] " + day(10),
                        "consents[1] " + ADMITTED.plusMonths(1),
                        "consents[0].history[0] " + ADMITTED.plusMonths(2),
                        "consents[2] " + ADMITTED.plusMonths(3),
                        "consents[0].history[1] " + ADMITTED.plusMonths(6),
                        "partnerReferrals[0] " + day(15),
                        "partnerReferrals[0].statusHistory[0] " + day(20),
                        "partnerReferrals[0].statusHistory[1] " + day(25),
                        "partnerReferrals[0].statusHistory[2] " + ADMITTED.plusMonths(5),
                        "partnerReferrals[1] " + ADMITTED.plusMonths(4),
                        "partnerReferrals[1].statusHistory[0] "
                                + ADMITTED.plusMonths(4).plusDays(2));
        Map<String, Object> file = get("/api/cases/" + caseId + "/consents", fm());
        assertThat((List<Map<String, Object>>) file.get("consents"))
                .extracting(c -> c.get("partnerId").equals(sucht) + " " + c.get("status") + " "
                        + c.getOrDefault("scopes", List.of()) + " " + c.get("validFrom"))
                .containsExactly(
                        "true SUPERSEDED [APPOINTMENT_ATTENDANCE, COMPLETION_OR_ABORT, PARTICIPATION_DATES] " + day(10),
                        "false REFUSED [] " + ADMITTED.plusMonths(1),
                        "true REVOKED [APPOINTMENT_ATTENDANCE, COMPLETION_OR_ABORT] " + ADMITTED.plusMonths(2),
                        "false EXPIRED [APPOINTMENT_ATTENDANCE] " + ADMITTED.plusMonths(3));
        assertThat((List<Map<String, Object>>) file.get("history"))
                .extracting(h -> h.get("kind"))
                .containsExactly("GIVEN", "REFUSED", "SUPERSEDED", "LIMITED", "GIVEN", "EXPIRED", "REVOKED");
        assertThat((List<Map<String, Object>>) file.get("history"))
                .last()
                .satisfies(h -> assertThat(h.get("occurredAt").toString()).startsWith(ADMITTED.plusMonths(6) + "T"));
        List<Map<String, Object>> referrals = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/referrals").bearerAuth(fm()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(referrals)
                .extracting(r -> r.get("status") + " " + r.get("startedOn") + " "
                        + r.get("sentAt").toString().substring(0, 10))
                .containsExactlyInAnyOrder(
                        "COMPLETED " + day(25) + " " + day(15), "ACCEPTED null " + ADMITTED.plusMonths(4));
        // a refusal publishes nothing (docs/domain.md §9.4): three grants, the limitation's end, the expiry, the
        // revocation
        List<String> events = events(caseId);
        assertThat(events.stream().filter("consent-granted"::equals)).hasSize(3);
        assertThat(events.stream().filter("consent-revoked"::equals)).hasSize(3);
        assertThat(events.stream().filter("referral-sent"::equals)).hasSize(2);
        assertThat(events.stream().filter("referral-status-changed"::equals)).hasSize(4);
        assertThat(lastPayload(caseId, "consent-revoked"))
                .contains("\"kind\": \"REVOKED\"")
                .contains(ADMITTED.plusMonths(6).toString());

        // the revoked consent gates the partner: an open referral, but nothing about the customer any more
        String open = referrals.stream()
                .filter(r -> "ACCEPTED".equals(r.get("status")))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();
        assertThat(rules(problem(
                        HttpRequest.POST("/partner-api/referrals/" + open + "/status", Map.of("attended", true))
                                .bearerAuth(partnerToken(sucht)),
                        422)))
                .containsExactly("OUT_OF_CONSENT_SCOPE@attended");
        assertThat(schulden).isNotBlank();

        assertThat(put("/api/import/cases/" + caseId, record, admin()))
                .containsEntry("result", "UNCHANGED")
                .doesNotContainKey("changes");
        assertThat(events(caseId)).hasSize(events.size());
        assertThat(count(
                        "select count(*) from audit_log where case_id = :caseId and action = 'IMPORT'",
                        Params.of("caseId", caseId)))
                .isEqualTo(1);

        List<Map<String, Object>> consents = (List<Map<String, Object>>) record.get("consents");
        Map<String, Object> changed = new HashMap<>(consents.get(0));
        changed.put("validUntil", ADMITTED.plusMonths(11).toString());
        Map<String, Object> again = new HashMap<>(record);
        again.put("consents", List.of(changed, consents.get(1), consents.get(2)));
        assertThat(rules(problem(
                        HttpRequest.PUT("/api/import/cases/" + caseId, again).bearerAuth(admin()), 422)))
                .containsExactly("IMPORTED_HISTORY_CHANGED@consents[0]");
        assertThat(problem(
                        HttpRequest.PUT("/api/import/cases/" + caseId, record).bearerAuth(fm()), 403))
                .containsEntry("status", 403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsentNamingAnUnknownPartnerIsNamedAndNothingIsKeptWhileACheckAcceptsThePartnersOfTheFile() {
        put("/api/import/consent-forms", formRecord("F-1"), admin());
        UUID caseId = admittedLongAgo();
        Map<String, Object> record = new HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", "F-" + UUID.randomUUID()));
        record.put("consents", List.of(granted("E-1", "P-9", day(10), List.of("APPOINTMENT_ATTENDANCE"), List.of())));

        assertThat(rules(problem(
                        HttpRequest.PUT("/api/import/cases/" + caseId, record).bearerAuth(admin()), 422)))
                .containsExactly("UNKNOWN_PARTNER@consents[0].partner");
        assertThat((List<?>) get("/api/cases/" + caseId + "/consents", fm()).getOrDefault("consents", List.of()))
                .isEmpty();
        assertThat(events(caseId)).isEmpty();

        // before the file's partners are taken over, a check takes them along
        Map<String, Object> checkedCase = new HashMap<>(record);
        checkedCase.put("admittedOn", ADMITTED.toString());
        checkedCase.put("fileRecords", List.of(partnerRecord("P-9", "Suchtberatung Süd")));
        Map<String, Object> refused = new HashMap<>(checkedCase);
        refused.put("fileRecords", List.of());
        List<Map<String, Object>> results = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", List.of(checkedCase, refused)))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(results.get(0)).doesNotContainKey("problems");
        assertThat((List<Map<String, Object>>) results.get(1).get("problems"))
                .extracting(p -> p.get("field") + " " + p.get("rule"))
                .containsExactly("consents[0].partner UNKNOWN_PARTNER");
        assertThat(get("/api/partners", fm())).containsEntry("total", 0);
    }
}
