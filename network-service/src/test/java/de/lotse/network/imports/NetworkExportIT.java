package de.lotse.network.imports;

import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's part of an export (docs/import.md, "Export"): in the format, and taken over by another Jobcenter
 * it rebuilds the same views.
 */
@MicronautTest(transactional = false)
class NetworkExportIT extends NetworkImportScenario {
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
}
