package de.lotse.intake.cases;

import de.lotse.intake.IntakeIT;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who refers on which route (docs/domain.md §3, PANKOW 4.3): the AV on any route a person can take; an FM
 * only where the contact came to them directly (family, network partner, legal guardian); the
 * takeover after a move (RELOCATION) only Lotse itself. A refused referral writes nothing.
 */
@MicronautTest(transactional = false)
class ReferralRoutesIT extends IntakeIT {

    @ParameterizedTest
    @ValueSource(strings = {"FAMILY", "NETWORK_PARTNER", "LEGAL_GUARDIAN"})
    @SuppressWarnings("unchecked")
    void anFmRecordsAReferralThatCameToThemDirectlyForTheirTeam(String route) {
        Map<String, Object> body = routed(customerNumber(), route);
        body.remove("teamId");
        Map<String, Object> referred = post("/api/referrals", fm(), body);

        assertThat(referred).containsEntry("status", "REFERRED");
        String caseId = String.valueOf(referred.get("caseId"));
        Map<String, Object> file = caseFile(caseId);
        assertThat(file).containsEntry("teamId", TEAM);
        assertThat((Map<String, Object>) file.get("referral"))
                .containsEntry("route", route)
                .containsEntry("referredBy", "fm-anna");
        assertThat(events(caseId)).containsExactly("case-referred");
        assertThat(lastEvent(caseId, "case-referred"))
                .containsEntry("route", route)
                .containsEntry("teamId", TEAM);
        assertThat(decisionsOfKind(caseId, TEAM, "REFERRAL"))
                .singleElement()
                .satisfies(decision ->
                        assertThat(decision).containsEntry("reasonCode", route).containsEntry("decidedByRole", "FM"));
        // the team's FMs decide it like any other referral
        assertThat(admit(caseId, fm("fm-jonas"))).containsEntry("status", "ADMITTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AV", "NEW_CUSTOMER_CENTRE"})
    void anFmMayNotReferOnTheAvsRoutesAndNothingIsWritten(String route) {
        String number = customerNumber();
        Map<String, Object> problem = refused(HttpRequest.POST("/api/referrals", routed(number, route)), fm(), 403);
        assertThat(rules(problem)).containsExactly("ROUTE_NOT_FOR_ROLE");
        assertNothingReferred(number);
        assertThat(teamCases()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AV", "NEW_CUSTOMER_CENTRE", "FAMILY", "NETWORK_PARTNER", "LEGAL_GUARDIAN"})
    @SuppressWarnings("unchecked")
    void anAvRefersOnEveryRouteAPersonCanTake(String route) {
        String caseId = refer(routed(customerNumber(), route));
        assertThat((Map<String, Object>) caseFile(caseId).get("referral")).containsEntry("route", route);
        assertThat(lastEvent(caseId, "case-referred")).containsEntry("route", route);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AV", "FM", "TL"})
    void nobodyRefersOnTheRelocationRouteOnlyTheMoveCreatesItAndNothingIsWritten(String role) {
        String token = switch (role) {
            case "AV" -> av();
            case "FM" -> fm();
            default -> tl();
        };
        String number = customerNumber();
        Map<String, Object> problem =
                refused(HttpRequest.POST("/api/referrals", routed(number, "RELOCATION")), token, 400);
        assertThat(problem).containsEntry("type", "invalid-request");
        assertThat(rules(problem)).containsExactly("SYSTEM_ROUTE");
        assertThat(fields(problem)).containsExactly("route");
        assertNothingReferred(number);
        assertThat(teamCases()).isEmpty();
    }

    private static Map<String, Object> routed(String customerNumber, String route) {
        Map<String, Object> body = referral(customerNumber, LocalDate.of(1980, 4, 12), facts(2, 1));
        body.put("route", route);
        return body;
    }
}
