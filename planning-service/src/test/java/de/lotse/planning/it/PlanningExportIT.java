package de.lotse.planning.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.lotse.migration.RecordSchema;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static de.lotse.planning.it.PlanningHistoryImportIT.agreement;
import static de.lotse.planning.it.PlanningHistoryImportIT.note;
import static de.lotse.planning.it.PlanningHistoryImportIT.plan;
import static de.lotse.planning.it.PlanningHistoryImportIT.record;
import static de.lotse.planning.it.PlanningHistoryImportIT.review;
import static de.lotse.planning.it.PlanningHistoryImportIT.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning's parts exported in the record format (docs/import.md): valid against the schema, notes by visibility
 * class, and imported into another case they rebuild the same parts.
 */
@MicronautTest(transactional = false)
class PlanningExportIT extends PlanningFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What names items rather than says something about them: differs from case to case by design. */
    private static final Set<String> IDS =
            Set.of("caseId", "sourceId", "need", "strategy", "intermediateGoal", "contact");

    @Test
    @SuppressWarnings("unchecked")
    void theExportedPartsAreValidRecordsAndImportedIntoAnotherCaseRebuildTheSameParts() throws Exception {
        policy(2, START.minusYears(4), PolicySettings.PANKOW);
        LocalDate admittedOn = START.minusMonths(40); // an EinV a. F. in its first months
        UUID caseId = admitted(admittedOn);
        need(caseId, "B-1");
        put("/api/import/cases/" + caseId, everything(admittedOn), admin());

        Map<String, Object> exported = export(List.of(caseId, UUID.randomUUID()), null);

        assertThat((List<Object>) exported.get("cases")).hasSize(1);
        Map<String, Object> parts = ((List<Map<String, Object>>) exported.get("cases")).get(0);
        assertThat(parts).containsEntry("caseId", caseId.toString());
        assertThat((List<Map<String, Object>>) parts.get("notes"))
                .extracting(n -> n.get("visibility"))
                .containsExactly("GENERAL"); // the team's classes by default
        assertThat(((List<Object>) export(List.of(caseId), "all").get("cases"))).hasSize(1);
        assertThat((List<Object>) first(export(List.of(caseId), "all")).get("notes"))
                .hasSize(2);
        assertThat(first(export(List.of(caseId), "none"))).doesNotContainKey("notes");
        assertThat(problem(
                        HttpRequest.POST("/api/export/cases", Map.of("caseIds", List.of(caseId)))
                                .bearerAuth(fm()),
                        403))
                .containsEntry("status", 403);
        assertThat(rules(problem(
                        HttpRequest.POST("/api/export/cases?notes=NOT_A_VALUE", Map.of("caseIds", List.of(caseId)))
                                .bearerAuth(admin()),
                        422)))
                .containsExactly("UNKNOWN_NOTES_CLASS@notes");

        // a whole record around the parts is valid against the format
        ObjectNode record = (ObjectNode) JSON.readTree("""
                {"formatVersion": 1, "kind": "case", "source": {"system": "LOTSE", "id": "%s"},
                 "customer": {"customerNumber": "123D456789", "firstName": "Petra", "lastName": "Beispiel",
                              "dateOfBirth": "1979-05-14"},
                 "referral": {"route": "AV", "referredOn": "%s", "referredBy": "fm-anna", "team": "team-1",
                              "reasons": ["MIN_CRITERIA_MET"]}}""".formatted(caseId, admittedOn.minusDays(10)));
        JsonNode tree = JSON.valueToTree(parts);
        tree.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("caseId")) {
                record.set(f.getKey(), f.getValue());
            }
        });
        assertThat(RecordSchema.load().check(1, record)).isEmpty();

        // the round trip: the exported parts taken over by another case rebuild the same parts
        UUID other = admitted(admittedOn);
        String needId = ((List<Map<String, Object>>) ((Map<String, Object>) parts.get("plan")).get("strategies"))
                .get(0)
                .get("need")
                .toString();
        assertThat(needId).isEqualTo(ImportedIds.itemId(caseId, "need", "B-1").toString());
        need(other, needId);
        Map<String, Object> again = new HashMap<>(parts);
        again.remove("caseId");
        again.put("source", Map.of("system", "LOTSE", "id", caseId.toString()));
        again.put("notes", first(export(List.of(caseId), "all")).get("notes"));
        assertThat(put("/api/import/cases/" + other, again, admin())).containsEntry("result", "UPDATED");

        Map<String, Object> rebuilt = first(export(List.of(other), "all"));
        assertThat(withoutIds(rebuilt)).isEqualTo(withoutIds(first(export(List.of(caseId), "all"))));
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) rebuilt.get("plan")).get("strategies"))
                        .get(0)
                        .get("need"))
                .isEqualTo(ImportedIds.itemId(other, "need", needId).toString());
        assertThat(put("/api/import/cases/" + other, again, admin())).containsEntry("result", "UNCHANGED");
    }

    private static Map<String, Object> everything(LocalDate admittedOn) {
        Map<String, Object> record = record();
        LocalDate day = START.minusMonths(3);
        record.put(
                "contacts",
                List.of(Map.of(
                        "sourceId",
                        "K-1",
                        "occurredOn",
                        day.toString(),
                        "format",
                        "IN_PERSON",
                        "qualifiedNote",
                        true,
                        "recordedBy",
                        "fm-anna")));
        record.put(
                "notes",
                List.of(note("N-1", day, "GENERAL", "K-1"), note("N-2", day.plusDays(1), "FM_INDIVIDUAL", null)));
        Map<String, Object> measure = new HashMap<>();
        measure.put("sourceId", "M-1");
        measure.put("instrument", "ACTIVATION_45");
        measure.put("title", "Bewerbungscoaching");
        measure.put("startedOn", admittedOn.plusMonths(2).toString());
        measure.put("plannedEndOn", admittedOn.plusMonths(5).toString());
        measure.put("endedOn", admittedOn.plusMonths(5).toString());
        measure.put("outcome", "COMPLETED_SUCCESSFULLY");
        record.put("measures", List.of(measure));
        record.put("plan", plan(List.of(step("S-1", "ST-1", START.plusDays(14)))));
        Map<String, Object> egv = agreement("V-1", "EINGLIEDERUNGSVEREINBARUNG", admittedOn.plusMonths(1));
        egv.put("legalConsequenceInstruction", true);
        egv.put("signedOn", admittedOn.plusMonths(1).plusDays(2).toString());
        Map<String, Object> kp = agreement("V-2", "KOOPERATIONSPLAN", START.minusMonths(3));
        kp.put("validUntil", START.plusMonths(2).toString());
        record.put("agreements", List.of(egv, kp));
        LocalDate maxEnds = admittedOn.plusMonths(24);
        Map<String, Object> extend = review("R-1", maxEnds.minusDays(18), "EXTEND");
        extend.put("extendedUntil", maxEnds.plusMonths(9).toString());
        extend.put(
                "teamLeadDecision",
                Map.of(
                        "approved",
                        true,
                        "decidedOn",
                        maxEnds.minusDays(13).toString(),
                        "decidedBy",
                        "tl-petra",
                        "note",
                        "Stabilisierung abwarten"));
        record.put("reviews", List.of(review("R-0", admittedOn.plusMonths(6), "CONTINUE"), extend));
        return record;
    }

    @SuppressWarnings("unchecked")
    private static Object withoutIds(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> kept = new HashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (!IDS.contains(k)) {
                    kept.put(k, withoutIds(v));
                }
            });
            return kept;
        }
        if (value instanceof List<?> list) {
            List<Object> kept = new ArrayList<>();
            list.forEach(v -> kept.add(withoutIds(v)));
            return kept;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> exported) {
        return ((List<Map<String, Object>>) exported.get("cases")).get(0);
    }

    private Map<String, Object> export(List<UUID> caseIds, String notes) {
        return post(
                "/api/export/cases" + (notes == null ? "" : "?notes=" + notes), Map.of("caseIds", caseIds), admin());
    }

    private void need(UUID caseId, String sourceId) {
        need(caseId, sourceId, "LIVING_CONDITIONS");
    }

    private String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }
}
