package de.lotse.planning.it;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §14 (PANKOW 4.4; §§ 31, 15 Abs. 6 SGB II): a benefit-reduction check cites the breach as a
 * record of its kind — a duty demanded in writing, a refused offer, a measure the customer aborted. Free text
 * and plan steps never ground it, no duty is "give consent", and the words of a justification decide nothing:
 * the structural guard against consent-based sanctions, shown in both directions through the API.
 */
@MicronautTest(transactional = false)
class BenefitReductionGroundsIT extends PlanningFixtures {

    private String checks(UUID caseId) {
        return "/api/cases/" + caseId + "/reduction-checks";
    }

    private Map<String, Object> check(String kind, Object id, String outcome, String justification) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "ground",
                Map.of("kind", kind, "id", id.toString()),
                "outcome",
                outcome,
                "justification",
                justification));
        return body;
    }

    @Test
    void consentBasedSanctionsCannotBeRecorded_PANKOW_4_4() {
        UUID caseId = openCase();
        clock.set(START.plusMonths(2));
        // the false negatives: a "breach" that is a refused consent has no record to cite
        Map<String, Object> noGround = new HashMap<>(Map.of(
                "breach",
                "OBLIGATION_NOT_FULFILLED",
                "breachOn",
                START.plusMonths(1).toString(),
                "instructionGivenOn",
                START.toString(),
                "outcome",
                "REDUCTION_PROPOSED",
                "justification",
                "Der Kunde hat nicht in den Datenaustausch mit der Schuldnerberatung eingewilligt"));
        assertThat(rules(problem(HttpRequest.POST(checks(caseId), noGround).bearerAuth(fm()), 400)))
                .containsExactly("NotNull@ground");
        for (String kind : List.of("CONSENT", "CONSENT_REFUSED", "PLAN_STEP", "FREE_TEXT")) {
            assertThat(rules(problem(
                            HttpRequest.POST(
                                            checks(caseId),
                                            check(
                                                    kind,
                                                    UUID.randomUUID(),
                                                    "REDUCTION_PROPOSED",
                                                    "Zustimmung verweigert"))
                                    .bearerAuth(fm()),
                            400)))
                    .as(kind)
                    .containsExactly("type@ground.kind");
        }
        // no duty of the catalogue is a consent, so none can be demanded
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        "/api/cases/" + caseId + "/duty-demands",
                                        Map.of(
                                                "duty",
                                                "GIVE_CONSENT",
                                                "demandedOn",
                                                START.plusDays(3).toString(),
                                                "withLegalConsequenceNotice",
                                                true))
                                .bearerAuth(fm()),
                        400)))
                .containsExactly("type@duty");
        // a plan's free-text step or any other id is no record of a breach in this case
        assertThat(rules(problem(
                        HttpRequest.POST(
                                        checks(caseId),
                                        check(
                                                "DUTY_DEMAND",
                                                UUID.randomUUID(),
                                                "REDUCTION_PROPOSED",
                                                "Einverständniserklärung nicht unterschrieben"))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("UNKNOWN_RECORD@ground.id");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET(checks(caseId)).bearerAuth(fm())))
                .isEqualTo("[]");
    }

    @Test
    void aWrittenDemandWithNoticeGroundsAReductionCheck_SGB_II_31_1_Nr_1() {
        UUID caseId = openCase();
        UUID other = openCase();
        clock.set(START.plusMonths(2));
        Map<String, Object> demand = post(
                "/api/cases/" + caseId + "/duty-demands",
                Map.of(
                        "duty",
                        "OWN_EFFORTS",
                        "details",
                        "fünf Bewerbungen je Monat nachweisen",
                        "demandedOn",
                        START.plusDays(3).toString(),
                        "dueBy",
                        START.plusMonths(1).toString(),
                        "withLegalConsequenceNotice",
                        true),
                fm());
        Map<String, Object> silent = post(
                "/api/cases/" + caseId + "/duty-demands",
                Map.of(
                        "duty",
                        "APPLICATION_DOCUMENTS",
                        "demandedOn",
                        START.plusDays(3).toString(),
                        "withLegalConsequenceNotice",
                        false),
                fm());

        // the false positive: a legitimate check that mentions a consent is recorded
        Map<String, Object> body = check(
                "DUTY_DEMAND",
                demand.get("id"),
                "REDUCTION_PROPOSED",
                "Die Schweigepflichtentbindung liegt vor; die Bewerbungen wurden trotz Belehrung nicht nachgewiesen");
        body.put("breachOn", START.plusMonths(1).plusDays(1).toString());
        Map<String, Object> recorded = post(checks(caseId), body, fm());
        assertThat(recorded)
                .containsEntry("breach", "OBLIGATION_NOT_FULFILLED")
                .containsEntry("groundKind", "DUTY_DEMAND")
                .containsEntry("instructionGivenOn", START.plusDays(3).toString())
                .containsEntry("outcome", "REDUCTION_PROPOSED");

        // the notice is the demand's: one without it grounds no reduction, and the author cannot supply it
        Map<String, Object> withoutNotice =
                check("DUTY_DEMAND", silent.get("id"), "REDUCTION_PROPOSED", "nicht vorgelegt");
        withoutNotice.put("breachOn", START.plusMonths(1).toString());
        assertThat(rules(problem(HttpRequest.POST(checks(caseId), withoutNotice).bearerAuth(fm()), 422)))
                .containsExactly("INSTRUCTION_BEFORE_BREACH_REQUIRED@ground.id");
        withoutNotice.put("instructionGivenOn", START.toString());
        assertThat(rules(problem(HttpRequest.POST(checks(caseId), withoutNotice).bearerAuth(fm()), 422)))
                .containsExactly("NOTICE_FROM_RECORD@instructionGivenOn");
        withoutNotice.remove("instructionGivenOn");
        withoutNotice.put("outcome", "NO_REDUCTION");
        assertThat(post(checks(caseId), withoutNotice, fm())).containsEntry("outcome", "NO_REDUCTION");

        // a demand of another case is no record of this one
        Map<String, Object> foreign = new HashMap<>(body);
        assertThat(rules(problem(HttpRequest.POST(checks(other), foreign).bearerAuth(fm()), 422)))
                .containsExactly("UNKNOWN_RECORD@ground.id");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET(checks(other)).bearerAuth(fm())))
                .isEqualTo("[]");
        assertThat(audits(caseId, "fm-anna", "LIST", "reduction-check")).isZero();
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/cases/" + caseId + "/duty-demands")
                                .bearerAuth(fm())))
                .contains("fünf Bewerbungen je Monat nachweisen")
                .contains("APPLICATION_DOCUMENTS");
        assertThat(audits(caseId, "fm-anna", "LIST", "duty-demand"))
                .as("one entry per listed demand")
                .isEqualTo(2);
        assertThat(events(caseId)).isEmpty();
    }

    @Test
    void onlyARefusedOfferOrAMeasureTheCustomerAbortedIsABreach_SGB_II_31_1_Nr_2_and_3() {
        UUID caseId = openCase();
        clock.set(START.plusMonths(3));
        String offers = "/api/cases/" + caseId + "/offers";
        Map<String, Object> accepted = post(
                offers,
                Map.of(
                        "kind",
                        "JOB",
                        "description",
                        "Lagerhelfer, Spedition Nord",
                        "offeredOn",
                        START.plusDays(5).toString(),
                        "withLegalConsequenceNotice",
                        true),
                fm());
        post(
                offers + "/" + accepted.get("id") + "/response",
                Map.of("response", "ACCEPTED", "respondedOn", START.plusDays(9).toString()),
                fm());
        Map<String, Object> refused = post(
                offers,
                Map.of(
                        "kind",
                        "MEASURE",
                        "offeredOn",
                        START.plusDays(5).toString(),
                        "withLegalConsequenceNotice",
                        true),
                fm());
        post(
                offers + "/" + refused.get("id") + "/response",
                Map.of("response", "REFUSED", "respondedOn", START.plusDays(12).toString()),
                fm());

        assertThat(rules(problem(
                        HttpRequest.POST(
                                        checks(caseId),
                                        check("OFFER", accepted.get("id"), "REDUCTION_PROPOSED", "angenommen"))
                                .bearerAuth(fm()),
                        422)))
                .containsExactly("NO_BREACH_IN_RECORD@ground.id");
        assertThat(post(
                        checks(caseId),
                        check("OFFER", refused.get("id"), "REDUCTION_PROPOSED", "ohne wichtigen Grund"),
                        fm()))
                .containsEntry("breach", "MEASURE_ABORTED") // not starting a measure is Nr. 3
                .containsEntry("breachOn", START.plusDays(12).toString());
        Map<String, Object> training = post(
                offers,
                Map.of(
                        "kind",
                        "TRAINING",
                        "offeredOn",
                        START.plusDays(6).toString(),
                        "withLegalConsequenceNotice",
                        true),
                fm());
        post(
                offers + "/" + training.get("id") + "/response",
                Map.of(
                        "response",
                        "NOT_TAKEN_UP",
                        "respondedOn",
                        START.plusDays(20).toString()),
                fm());
        assertThat(post(
                        checks(caseId),
                        check("OFFER", training.get("id"), "NO_REDUCTION", "wichtiger Grund: Pflege"),
                        fm()))
                .containsEntry("breach", "REASONABLE_OFFER_REFUSED")
                .containsEntry("outcome", "NO_REDUCTION");

        String measures = "/api/cases/" + caseId + "/measures";
        Map<String, Object> byProvider = post(
                measures,
                Map.of(
                        "instrument",
                        "ACTIVATION_45",
                        "startedOn",
                        START.plusDays(14).toString()),
                fm());
        post(
                measures + "/" + byProvider.get("id") + "/end",
                Map.of("endedOn", START.plusMonths(1).toString(), "outcome", "ABORTED_BY_PROVIDER"),
                fm());
        Map<String, Object> byCustomer = post(
                measures,
                Map.of(
                        "instrument",
                        "ACTIVATION_45",
                        "startedOn",
                        START.plusDays(14).toString()),
                fm());
        post(
                measures + "/" + byCustomer.get("id") + "/end",
                Map.of("endedOn", START.plusMonths(2).toString(), "outcome", "ABORTED_BY_CUSTOMER"),
                fm());

        Map<String, Object> provider = check("MEASURE", byProvider.get("id"), "REDUCTION_PROPOSED", "Abbruch");
        provider.put("instructionGivenOn", START.plusDays(10).toString());
        assertThat(rules(problem(HttpRequest.POST(checks(caseId), provider).bearerAuth(fm()), 422)))
                .containsExactly("NO_BREACH_IN_RECORD@ground.id");
        Map<String, Object> customer =
                check("MEASURE", byCustomer.get("id"), "REDUCTION_PROPOSED", "Abbruch ohne Grund");
        customer.put("instructionGivenOn", START.plusDays(10).toString());
        assertThat(post(checks(caseId), customer, fm()))
                .containsEntry("breach", "MEASURE_ABORTED")
                .containsEntry("breachOn", START.plusMonths(2).toString());
    }
}
