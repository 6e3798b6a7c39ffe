package de.lotse.network.imports;

import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners and consent form versions taken over into the registry as records of their own (docs/import.md,
 * "Network's part"); the documented sample with its partner, form and case.
 */
@MicronautTest(transactional = false)
class PartnerRecordImportIT extends NetworkImportScenario {
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
}
