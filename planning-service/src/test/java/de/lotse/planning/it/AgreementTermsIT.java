package de.lotse.planning.it;

import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.planning.it.PlanningRequests.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concluding the agreement on a complete plan through the API: its legal form, validity and renewal, minors and
 * the guardian, the expiring-agreements list, with the plan-agreed event and the audit trail.
 */
@MicronautTest(transactional = false)
class AgreementTermsIT extends PlanningFixtures {

    private static Map<String, Object> terms() {
        return PlanningRequests.agreementTerms(START);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanIsRejectedAsIncompleteWhileANeedHasNoStrategyAndAgreedOnceEveryNeedHasOne() {
        UUID caseId = openCase();
        List<UUID> needs = assessed(
                caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "LIVING_CONDITIONS", "PERFORMANCE_CAPACITY");

        Map<String, Object> draft = put("/api/cases/" + caseId + "/plan", plan(0, needs.subList(0, 1), START), fm());
        assertThat(draft).containsEntry("complete", false).containsEntry("version", 1);
        assertThat((List<Map<String, Object>>) draft.get("needsWithoutStrategy"))
                .extracting(n -> n.get("needId"))
                .containsExactly(needs.get(1).toString());

        Map<String, Object> refused = problem(
                HttpRequest.POST("/api/cases/" + caseId + "/agreements", terms())
                        .bearerAuth(fm()),
                422);
        assertThat(rules(refused)).containsExactly("NEED_WITHOUT_STRATEGY@strategies");
        // the need is named in the users' words (its key group), never by its id; the draft lists the ids
        assertThat(refused.get("violations").toString())
                .contains("Für einen offenen Handlungsbedarf (")
                .doesNotContain(needs.get(1).toString());
        assertThat(events(caseId)).doesNotContain("plan-agreed");

        Map<String, Object> complete = put("/api/cases/" + caseId + "/plan", plan(1, needs, START), fm());
        assertThat(complete).containsEntry("complete", true).containsEntry("version", 2);
        assertThat((List<Map<String, Object>>) complete.get("strategies"))
                .extracting(s -> s.get("keyGroup"))
                .containsExactly("LIVING_CONDITIONS", "PERFORMANCE_CAPACITY");

        Map<String, Object> agreement = post("/api/cases/" + caseId + "/agreements", terms(), fm());
        assertThat(agreement)
                .containsEntry("type", "KOOPERATIONSPLAN")
                .containsEntry("validUntil", "2026-09-02")
                .containsEntry("reviewOn", "2026-09-02");
        assertThat(events(caseId)).containsExactly("plan-agreed");
        assertThat(lastPayload(caseId, "plan-agreed"))
                .contains("\"strategyCount\": 2", "\"needsWithoutStrategy\": 0")
                .doesNotContain("Fachlagerist", "Schuldnerberatung", "Strategie");

        // the printed plan needs the Jobcenter's letterhead and the customer from intake: without either, nothing
        // prints
        HttpRequest<?> document = HttpRequest.GET(agreement.get("documentUrl").toString())
                .accept(MediaType.TEXT_HTML)
                .bearerAuth(fm());
        assertThat(rules(problem(document, 409))).containsExactly("JOBCENTER_RECORD_MISSING@null");
        upstream.publishKeyed(
                jobcenter,
                jobcenter,
                EventFixtures.directoryChanged().phone("030 1234-0").build());
        awaitLetterhead();
        // intake is away in this test (the system test prints with a real intake): 503, nothing printed
        assertThat(problem(document, 503)).containsEntry("type", "service-unavailable");
        assertThat(audits(caseId, "fm-anna", "READ", "agreement")).isEqualTo(2);
    }

    @Test
    void aRenewalNeedsAFreshAssessmentAndTheLegalFormFollowsTheDateNotThePolicy() {
        // an older preset still names the EinV: from 1 July 2023 the law's Kooperationsplan applies (docs/domain.md
        // §15)
        policy(Map.of("agreementType", "EINV", "agreementMaxValidityMonths", "6"));
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        savePlan(caseId, needs);
        Map<String, Object> asEinv = terms();
        asEinv.put("type", "EINV");
        asEinv.put("legalConsequenceInstruction", true);
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", asEinv)
                                .bearerAuth(fm()),
                        422)))
                .contains("LEGAL_FORM_OF_DATE@type", "NO_LEGAL_CONSEQUENCES@legalConsequenceInstruction");
        Map<String, Object> kooperationsplan = terms();
        kooperationsplan.put("type", "KOOPERATIONSPLAN");
        assertThat(post("/api/cases/" + caseId + "/agreements", kooperationsplan, fm()))
                .containsEntry("type", "KOOPERATIONSPLAN");

        clock.set(START.plusMonths(6));
        kooperationsplan.put("validUntil", START.plusMonths(12).toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", kooperationsplan)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("FRESH_ASSESSMENT_REQUIRED@assessment");
        assessment(caseId, 2, null, Instant.parse("2026-09-01T10:00:00Z"));
        post("/api/cases/" + caseId + "/agreements", kooperationsplan, fm());
        assertThat(events(caseId)).containsExactly("plan-agreed", "plan-agreed");
    }

    @Test
    void aRenewalIsValidAtMostThePolicysMaximum() {
        policy(Map.of("agreementMaxValidityMonths", "4"));
        UUID caseId = openCase();
        List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        savePlan(caseId, needs);
        Map<String, Object> terms = terms();
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", terms)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("VALIDITY_TOO_LONG@validUntil");
        terms.put("validUntil", START.plusMonths(4).toString());
        post("/api/cases/" + caseId + "/agreements", terms, fm());

        // the renewal four months later, on a fresh assessment
        LocalDate renewedOn = START.plusMonths(4);
        clock.set(renewedOn);
        assessment(caseId, 2, null, Instant.parse("2026-06-30T10:00:00Z"));
        terms.put("validUntil", renewedOn.plusMonths(4).plusDays(1).toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", terms)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("VALIDITY_TOO_LONG@validUntil");
        terms.put("validUntil", renewedOn.plusMonths(4).toString());
        assertThat(post("/api/cases/" + caseId + "/agreements", terms, fm()))
                .containsEntry("agreedOn", renewedOn.toString())
                .containsEntry("validUntil", "2026-11-02");
        assertThat(events(caseId)).containsExactly("plan-agreed", "plan-agreed");
    }

    @Test
    void aMinorsAgreementNeedsTheGuardiansSignatureAndNoAgreementNeedsAnAllowedReason() {
        UUID minor = openCase(null, START.plusMonths(8));
        List<UUID> needs = assessed(minor, "E", Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        savePlan(minor, needs);
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + minor + "/agreements", terms())
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("GUARDIAN_SIGNATURE_REQUIRED@guardianSignedOn");
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + minor + "/agreements",
                                        Map.of("type", "NONE", "exception", "CATEGORY_X_Y_Z"))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NOT_CATEGORY_X_Y_Z@exception");
        Map<String, Object> none = post(
                "/api/cases/" + minor + "/agreements",
                Map.of(
                        "type",
                        "NONE",
                        "exception",
                        "CANNOT_OVERSEE_CONSEQUENCES",
                        "exceptionNote",
                        "akute Krise, Gespräch in 4 Wochen"),
                fm());
        assertThat(none).containsEntry("type", "NONE").containsEntry("exception", "CANNOT_OVERSEE_CONSEQUENCES");
    }

    @Test
    void aBackdatedAgreementFromBeforeThe18thBirthdayNeedsTheGuardian() {
        LocalDate comesOfAge = START.plusMonths(8);
        UUID caseId = openCase(null, comesOfAge);
        List<UUID> needs = assessed(caseId, "E", Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
        savePlan(caseId, needs);
        // of age today, but not on the day the agreement was signed
        clock.set(comesOfAge.plusMonths(1));
        Map<String, Object> backdated = terms();
        backdated.put("agreedOn", comesOfAge.minusDays(1).toString());
        backdated.put("validUntil", comesOfAge.plusMonths(3).toString());
        assertThat(rules(problem(
                        HttpRequest.POST("/api/cases/" + caseId + "/agreements", backdated)
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("GUARDIAN_SIGNATURE_REQUIRED@guardianSignedOn");
        assertThat(events(caseId)).doesNotContain("plan-agreed");

        backdated.put("guardianSignedOn", comesOfAge.minusDays(1).toString());
        assertThat(post("/api/cases/" + caseId + "/agreements", backdated, fm()))
                .containsEntry("agreedOn", comesOfAge.minusDays(1).toString());
        assertThat(events(caseId)).containsExactly("plan-agreed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgreementsExpiringListShowsAnAgreementWithinTheWindowAndOnceExpired() {
        UUID expiring = openCase();
        UUID later = openCase();
        for (UUID caseId : List.of(expiring, later)) {
            List<UUID> needs = assessed(caseId, null, Instant.parse("2026-03-01T10:00:00Z"), "MOTIVATION");
            savePlan(caseId, needs);
        }
        Map<String, Object> terms = terms();
        terms.put("validUntil", START.plusMonths(3).toString());
        Map<String, Object> agreement = post("/api/cases/" + expiring + "/agreements", terms, fm());
        post("/api/cases/" + later + "/agreements", terms(), fm());

        // ten days before the end: in the default 14-day window, the other (ending three months later) not
        clock.set(START.plusMonths(3).minusDays(10));
        List<Map<String, Object>> items = (List<Map<String, Object>>)
                get("/api/worklists/agreements-expiring", fm()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0))
                .containsEntry("caseId", expiring.toString())
                .containsEntry("agreementId", agreement.get("id"))
                .containsEntry("type", "KOOPERATIONSPLAN")
                .containsEntry("reason", "EXPIRY")
                .containsEntry("dueOn", START.plusMonths(3).toString())
                .containsEntry("validUntil", START.plusMonths(3).toString())
                .containsEntry("expired", false)
                .containsEntry("caseManagerId", "fm-anna");
        assertThat(worklistAudits(expiring, "fm-anna", "agreements")).isEqualTo(1);

        clock.set(START.plusMonths(3).plusDays(1));
        items = (List<Map<String, Object>>)
                get("/api/worklists/agreements-expiring", tl()).get("items");
        assertThat(items)
                .extracting(i -> i.get("caseId") + ":" + i.get("expired"))
                .containsExactly(expiring + ":true");
    }
}
