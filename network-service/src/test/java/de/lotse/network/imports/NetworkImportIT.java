package de.lotse.network.imports;

import de.lotse.network.NetworkFixtures;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's part of a migration (docs/import.md): partners and consent form versions taken over into the
 * registry; a case's consents replayed with their history (limited, expired, revoked) and its partner referrals with
 * their status history, as on their days, visible through the public API; again imported unchanged; a changed step
 * refused; a reference to an unknown partner named; only the administration imports.
 */
@MicronautTest(transactional = false)
class NetworkImportIT extends NetworkFixtures {
    private static final LocalDate ADMITTED = Today.inBerlin().minusMonths(14);

    @Test
    @SuppressWarnings("unchecked")
    void partnersAndFormsAreTakenOverListedAndAgainUnchangedAChangedPartnerIsUpdatedAChangedFormRefused() {
        Map<String, Object> partner = partnerRecord("P-1", "Suchtberatung Nord");

        Map<String, Object> created = put("/api/import/partners", partner, admin());
        assertThat(created).containsEntry("result", "CREATED");
        assertThat(created.get("id"))
                .isEqualTo(ImportedIds.recordId(jobcenter, "partner", "OPEN_PROSOZ", "P-1")
                        .toString());
        assertThat(put("/api/import/partners", partner, admin())).containsEntry("result", "UNCHANGED");
        Map<String, Object> moved = new HashMap<>(partner);
        moved.put("locations", List.of("Hafenstraße 3"));
        assertThat(put("/api/import/partners", moved, admin()))
                .containsEntry("result", "UPDATED")
                .containsEntry("changes", List.of("locations"));
        Map<String, Object> listed = get("/api/partners", fm());
        assertThat((List<Map<String, Object>>) listed.get("items"))
                .extracting(p -> p.get("name") + " " + p.get("locations"))
                .containsExactly("Suchtberatung Nord [Hafenstraße 3]");
        assertThat(count(
                        "select count(*) from audit_log where resource_type = 'partner' and resource_id = :id"
                                + " and action in ('IMPORT', 'IMPORT_UPDATE')",
                        Params.of("id", created.get("id").toString())))
                .isEqualTo(2);

        Map<String, Object> form = formRecord("F-1");
        assertThat(put("/api/import/consent-forms", form, admin())).containsEntry("result", "CREATED");
        assertThat(put("/api/import/consent-forms", form, admin())).containsEntry("result", "UNCHANGED");
        List<Map<String, Object>> forms = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/consent-forms").bearerAuth(fm()), Argument.listOf(JSON_OBJECT));
        assertThat(forms)
                .extracting(f -> f.get("code") + " " + f.get("version"))
                .containsExactly("SPE_SUCHT 1");
        Map<String, Object> reworded = new HashMap<>(form);
        reworded.put("text", "Ein anderer Wortlaut");
        assertThat(rules(problem(
                        HttpRequest.PUT("/api/import/consent-forms", reworded).bearerAuth(admin()), 422)))
                .containsExactly("IMPORTED_HISTORY_CHANGED@text");

        Map<String, Object> badType = partnerRecord("P-2", "Irgendwer");
        badType.put("type", "SOMETHING");
        List<Map<String, Object>> checked = client.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/import/records/validation",
                                        Map.of("records", List.of(partnerRecord("P-3", "Neu"), badType, reworded)))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));
        assertThat(checked.get(0)).doesNotContainKey("problems");
        assertThat((List<Map<String, Object>>) checked.get(1).get("problems"))
                .extracting(p -> p.get("field") + " " + p.get("rule"))
                .containsExactly("type UNKNOWN_CODE");
        assertThat((List<Map<String, Object>>) checked.get(2).get("problems"))
                .extracting(p -> p.get("rule"))
                .containsExactly("IMPORTED_HISTORY_CHANGED");
        assertThat(get("/api/partners", fm())).containsEntry("total", 1); // the check kept nothing
        assertThat(problem(HttpRequest.PUT("/api/import/partners", partner).bearerAuth(tl()), 403))
                .containsEntry("status", 403);
    }

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

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentedSamplesPartnerFormAndCaseAreTakenOver() throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/import/sample.jsonl"))) {
            records.add(json.readValue(line, JSON_OBJECT));
        }
        for (Map<String, Object> record : records) {
            if ("partner".equals(record.get("kind"))) {
                assertThat(put("/api/import/partners", record, admin())).containsEntry("result", "CREATED");
            } else if ("consentForm".equals(record.get("kind"))) {
                assertThat(put("/api/import/consent-forms", record, admin())).containsEntry("result", "CREATED");
            }
        }
        Map<String, Object> sample = records.stream()
                .filter(r -> r.containsKey("consents"))
                .findFirst()
                .orElseThrow();
        LocalDate admitted = LocalDate.parse(
                ((Map<String, Object>) sample.get("admission")).get("decidedOn").toString());
        UUID caseId = admittedOn(admitted);
        Map<String, Object> part = new HashMap<>();
        for (String field : List.of("source", "consents", "partnerReferrals")) {
            part.put(field, sample.get(field));
        }

        assertThat((List<String>)
                        put("/api/import/cases/" + caseId, part, admin()).get("changes"))
                .contains("consents[0].history[0] 2025-09-15");
        assertThat((List<Map<String, Object>>)
                        get("/api/cases/" + caseId + "/consents", fm()).get("consents"))
                .extracting(c -> c.get("status"))
                .containsExactly("REVOKED");
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/cases/" + caseId + "/referrals")
                                        .bearerAuth(fm()),
                                Argument.listOf(JSON_OBJECT)))
                .extracting(r -> r.get("status"))
                .containsExactly("STARTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportFitsTheFormatAndImportedIntoAnotherJobcenterRebuildsTheSameViews() throws Exception {
        put("/api/import/partners", partnerRecord("P-1", "Suchtberatung Nord"), admin());
        put("/api/import/partners", debtRecord("P-2"), admin());
        put("/api/import/consent-forms", formRecord("F-1"), admin());
        UUID caseId = admittedLongAgo();
        put("/api/import/cases/" + caseId, caseRecord(), admin());

        List<Map<String, Object>> partners =
                (List<Map<String, Object>>) get("/api/export/partners", admin()).get("records");
        List<Map<String, Object>> forms = (List<Map<String, Object>>)
                get("/api/export/consent-forms", admin()).get("records");
        List<Map<String, Object>> cases = (List<Map<String, Object>>) post(
                        "/api/export/cases", Map.of("caseIds", List.of(caseId, UUID.randomUUID())), admin())
                .get("cases");

        assertThat(partners).hasSize(2);
        assertThat(forms)
                .singleElement()
                .satisfies(
                        f -> assertThat((Map<String, Object>) f.get("source")).containsEntry("system", "LOTSE"));
        assertThat(cases).singleElement().satisfies(c -> assertThat(c).containsEntry("caseId", caseId.toString()));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        de.lotse.migration.RecordSchema schema = de.lotse.migration.RecordSchema.load();
        List<Map<String, Object>> records = new ArrayList<>(partners);
        records.addAll(forms);
        Map<String, Object> sample = new HashMap<>(mapper.readValue(
                java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/import/sample.jsonl"))
                        .get(2),
                Map.class));
        sample.keySet().retainAll(List.of("formatVersion", "kind", "source", "customer", "referral"));
        sample.put("consents", cases.get(0).get("consents"));
        sample.put("partnerReferrals", cases.get(0).get("partnerReferrals"));
        records.add(sample);
        for (Map<String, Object> record : records) {
            assertThat(schema.check(1, mapper.valueToTree(record)))
                    .as(record.toString())
                    .isEmpty();
        }

        String other = "jc-export-" + UUID.randomUUID().toString().substring(0, 8);
        String otherAdmin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(other).sign();
        partners.forEach(
                p -> assertThat(put("/api/import/partners", p, otherAdmin)).containsEntry("result", "CREATED"));
        forms.forEach(
                f -> assertThat(put("/api/import/consent-forms", f, otherAdmin)).containsEntry("result", "CREATED"));
        UUID copy = admittedOn(other, ADMITTED);
        Map<String, Object> part = new HashMap<>();
        part.put("source", Map.of("system", "LOTSE", "id", caseId.toString()));
        part.put("consents", cases.get(0).get("consents"));
        part.put("partnerReferrals", cases.get(0).get("partnerReferrals"));
        assertThat(put("/api/import/cases/" + copy, part, otherAdmin)).containsEntry("result", "UPDATED");

        String otherFm =
                TestTokens.user("fm-anna", "FM").jobcenter(other).team("team-1").sign();
        assertThat(consentView(copy, otherFm)).isEqualTo(consentView(caseId, fm()));
        assertThat(referralView(copy, otherFm)).isEqualTo(referralView(caseId, fm()));
        assertThat(put("/api/import/cases/" + copy, part, otherAdmin)).containsEntry("result", "UNCHANGED");
        assertThat(count(
                        "select count(*) from audit_log where action = 'EXPORT' and jobcenter_id = :jc",
                        Params.of("jc", jobcenter)))
                .isEqualTo(3);
    }

    @SuppressWarnings("unchecked")
    private List<String> consentView(UUID caseId, String token) {
        Map<String, Object> file = get("/api/cases/" + caseId + "/consents", token);
        List<String> view = new ArrayList<>();
        ((List<Map<String, Object>>) file.get("consents"))
                .forEach(c -> view.add(c.get("status") + " " + c.getOrDefault("scopes", List.of()) + " "
                        + c.get("purposeCode") + " " + c.get("validFrom") + " " + c.get("validUntil") + " "
                        + c.get("recordedAt") + " " + c.get("endedAt")));
        ((List<Map<String, Object>>) file.get("history"))
                .forEach(h -> view.add(h.get("kind") + " " + h.get("occurredAt")));
        return view;
    }

    private List<String> referralView(UUID caseId, String token) {
        return client
                .toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/referrals").bearerAuth(token),
                        Argument.listOf(JSON_OBJECT))
                .stream()
                .map(r -> r.get("service") + " " + r.get("status") + " " + r.get("dueOn") + " " + r.get("startedOn")
                        + " " + r.get("endedOn") + " " + r.get("reasonCode") + " " + r.get("sentAt") + " "
                        + r.get("updatedAt"))
                .sorted()
                .toList();
    }

    private Map<String, Object> caseRecord() {
        Map<String, Object> record = new HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", "F-" + UUID.randomUUID()));
        List<String> three = List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT");
        Map<String, Object> limited = Map.of(
                "sourceId",
                "H-1",
                "action",
                "LIMITED",
                "on",
                ADMITTED.plusMonths(2).toString(),
                "scopes",
                List.of("APPOINTMENT_ATTENDANCE", "COMPLETION_OR_ABORT"));
        Map<String, Object> revoked = Map.of(
                "sourceId",
                "H-2",
                "action",
                "REVOKED",
                "on",
                ADMITTED.plusMonths(6).toString());
        Map<String, Object> refusal = new HashMap<>(Map.of(
                "sourceId",
                "E-2",
                "partner",
                Map.of("system", "OPEN_PROSOZ", "id", "P-2"),
                "form",
                Map.of("system", "OPEN_PROSOZ", "id", "F-1"),
                "decision",
                "REFUSED",
                "decidedOn",
                ADMITTED.plusMonths(1).toString(),
                "scopes",
                List.of("APPOINTMENT_ATTENDANCE"),
                "purpose",
                "SCHULDNERBERATUNG"));
        Map<String, Object> expiring =
                granted("E-3", "P-2", ADMITTED.plusMonths(3), List.of("APPOINTMENT_ATTENDANCE"), List.of());
        expiring.put("validUntil", ADMITTED.plusMonths(5).toString());
        expiring.put("purpose", "SCHULDNERBERATUNG");
        record.put(
                "consents",
                List.of(granted("E-1", "P-1", day(10), three, List.of(limited, revoked)), refusal, expiring));
        record.put(
                "partnerReferrals",
                List.of(
                        Map.of(
                                "sourceId",
                                "U-1",
                                "partner",
                                Map.of("system", "OPEN_PROSOZ", "id", "P-1"),
                                "service",
                                "ADDICTION_COUNSELLING",
                                "referredOn",
                                day(15).toString(),
                                "dueOn",
                                day(30).toString(),
                                "statusHistory",
                                List.of(
                                        status("S-1", "ACCEPTED", day(20)),
                                        status("S-2", "STARTED", day(25)),
                                        status("S-3", "COMPLETED", ADMITTED.plusMonths(5)))),
                        Map.of(
                                "sourceId",
                                "U-2",
                                "partner",
                                Map.of("system", "OPEN_PROSOZ", "id", "P-1"),
                                "service",
                                "ADDICTION_COUNSELLING",
                                "referredOn",
                                ADMITTED.plusMonths(4).toString(),
                                "statusHistory",
                                List.of(status(
                                        "S-4",
                                        "ACCEPTED",
                                        ADMITTED.plusMonths(4).plusDays(2))))));
        return record;
    }

    private static Map<String, Object> status(String sourceId, String status, LocalDate on) {
        return Map.of("sourceId", sourceId, "status", status, "on", on.toString());
    }

    private static Map<String, Object> granted(
            String sourceId, String partner, LocalDate on, List<String> scopes, List<Map<String, Object>> history) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("sourceId", sourceId);
        consent.put("partner", Map.of("system", "OPEN_PROSOZ", "id", partner));
        consent.put("form", Map.of("system", "OPEN_PROSOZ", "id", "F-1"));
        consent.put("decision", "GRANTED");
        consent.put("decidedOn", on.toString());
        consent.put("scopes", scopes);
        consent.put("purpose", "SUCHTBERATUNG");
        consent.put("validUntil", on.plusMonths(12).toString());
        consent.put("channel", "WRITTEN");
        consent.put("history", history);
        return consent;
    }

    private static LocalDate day(int afterAdmission) {
        return ADMITTED.plusDays(afterAdmission);
    }

    static Map<String, Object> partnerRecord(String id, String name) {
        Map<String, Object> partner = new HashMap<>();
        partner.put("formatVersion", 1);
        partner.put("kind", "partner");
        partner.put("source", Map.of("system", "OPEN_PROSOZ", "id", id));
        partner.put("name", name);
        partner.put("type", "COUNSELLING_AGENCY");
        partner.put("services", List.of("ADDICTION_COUNSELLING"));
        partner.put("locations", List.of("Berliner Allee 1"));
        partner.put("active", true);
        return partner;
    }

    private static Map<String, Object> debtRecord(String id) {
        Map<String, Object> partner = partnerRecord(id, "Schuldnerberatung Mitte");
        partner.put("services", List.of("DEBT_COUNSELLING"));
        return partner;
    }

    static Map<String, Object> formRecord(String id) {
        Map<String, Object> form = new HashMap<>();
        form.put("formatVersion", 1);
        form.put("kind", "consentForm");
        form.put("source", Map.of("system", "OPEN_PROSOZ", "id", id));
        form.put("code", "SPE_SUCHT");
        form.put("text", "Ich entbinde … von der Schweigepflicht");
        form.put(
                "scopes",
                List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT", "CONTACT_DETAILS"));
        form.put("purposes", List.of("SUCHTBERATUNG", "SCHULDNERBERATUNG"));
        form.put("validFrom", ADMITTED.minusYears(1).toString());
        return form;
    }

    private UUID admittedLongAgo() {
        return admittedOn(ADMITTED);
    }

    private UUID admittedOn(LocalDate admitted) {
        return admittedOn(jobcenter, admitted);
    }

    private UUID admittedOn(String jobcenterId, LocalDate admitted) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenterId,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(admitted)
                        .admittedAt(admitted.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(admitted)
                        .maxDurationEndsOn(admitted.plusMonths(24))
                        .build());
        awaitCaseReference(jobcenterId, caseId, c -> c.get("admittedOn") != null);
        return caseId;
    }

    private Map<String, Object> put(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.PUT(path, body).bearerAuth(token), JSON_OBJECT);
    }

    private String lastPayload(UUID caseId, String type) {
        return transactions.executeRead(status -> statements
                .query(
                        "select payload::text from outbox_event "
                                + "where aggregateid = :caseId and type = :type order by seq desc limit 1",
                        Params.of("caseId", caseId.toString()).and("type", type),
                        rs -> rs.getString(1))
                .get(0));
    }

    String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }

    @SuppressWarnings("unused")
    private static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
