package de.lotse.intake.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.intake.IntakeIT;
import de.lotse.migration.IntakePart;
import de.lotse.migration.RecordSchema;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake's part of an export (docs/import.md, "Export"): every case of the Jobcenter as intake would take it over
 * again, page by page; taken over by another Jobcenter it has the same history.
 */
@MicronautTest(transactional = false)
class CaseExportIT extends IntakeIT {
    private static final LocalDate ADMITTED = START.minusMonths(20);
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @BeforeEach
    void pankowSinceLongAgo() {
        pankowSince2023();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExportedCaseTakenOverByAnotherJobcenterHasTheSameHistory() throws Exception {
        String caseId = importCase(closedAfterADeputyAndAReassignment("F-1"));
        Map<String, Object> before = caseFile(caseId);
        List<String> decisionsBefore = decisionDays(caseId);

        Map<String, Object> exported = exportedCases(null, 500).get(0);

        assertThat(exported).containsEntry("caseId", caseId);
        Map<String, Object> record = (Map<String, Object>) exported.get("record");
        assertThat(record.get("source")).isEqualTo(Map.of("system", "LOTSE", "id", caseId));
        JsonNode asFormat = IntakePart.recordOf(JACKSON.valueToTree(record));
        assertThat(RecordSchema.load().check(1, asFormat)).isEmpty();
        assertThat(asFormat.path("assignments").findValuesAsText("kind")).containsExactly("DEPUTY", "REASSIGNMENT");
        assertThat(asFormat.path("closure").path("handover").path("av").asText())
                .isEqualTo("av-bernd");

        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8); // an empty Jobcenter
        pankowSince2023();
        String copy = importCase(record);

        Map<String, Object> after = caseFile(copy);
        for (String part : List.of("status", "caseManagerId", "referral", "admission", "closure", "deputy")) {
            assertThat(without(after.get(part))).as(part).isEqualTo(without(before.get(part)));
        }
        assertThat(decisionDays(copy)).isEqualTo(decisionsBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTransferAtTwentyFiveIsExportedWithTheTeamsBeforeAndAfter() throws Exception {
        LocalDate turns25 = ADMITTED.plusMonths(6);
        Map<String, Object> young = ImportFixtures.admittedCase("F-5", customerNumber(), ADMITTED, "team-fm-u25");
        young.put(
                "customer",
                Map.of(
                        "customerNumber",
                        customerNumber(),
                        "firstName",
                        "Ben",
                        "lastName",
                        "Jung",
                        "dateOfBirth",
                        turns25.minusYears(25).toString()));
        ((Map<String, Object>) young.get("admission")).put("decidedBy", "fm-selin");
        young.put(
                "assignments",
                List.of(Map.of(
                        "sourceId", "UE-1",
                        "kind", "TRANSFER",
                        "on", turns25.plusDays(14).toString(),
                        "transferKind", "U25_TO_UE25",
                        "teamId", TEAM,
                        "caseManagerId", "fm-jonas",
                        "note", "Übergabegespräch mit Frau Selin geführt")));
        String caseId = importCase(young);
        Map<String, Object> before = caseFile(caseId);
        List<String> decisionsBefore = decisionDays(caseId);

        Map<String, Object> record =
                (Map<String, Object>) exportedCases(null, 500).get(0).get("record");
        JsonNode asFormat = IntakePart.recordOf(JACKSON.valueToTree(record));

        assertThat(RecordSchema.load().check(1, asFormat)).isEmpty();
        assertThat(asFormat.path("referral").path("team").asText()).isEqualTo("team-fm-u25");
        JsonNode transfer = asFormat.path("assignments").get(0);
        assertThat(transfer.path("kind").asText()).isEqualTo("TRANSFER");
        assertThat(transfer.path("transferKind").asText()).isEqualTo("U25_TO_UE25");
        assertThat(transfer.path("team").asText()).isEqualTo(TEAM);
        assertThat(transfer.path("caseManager").asText()).isEqualTo("fm-jonas");
        assertThat(transfer.path("on").asText()).isEqualTo(turns25.plusDays(14).toString());

        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        pankowSince2023();
        String copy = importCase(record);
        for (String part : List.of("status", "ageGroup", "teamId", "caseManagerId", "referral")) {
            assertThat(without(caseFile(copy).get(part))).as(part).isEqualTo(without(before.get(part)));
        }
        assertThat(decisionDays(copy)).isEqualTo(decisionsBefore);
    }

    @Test
    void theExportWalksThroughEveryCaseOfTheJobcenterPageByPage() {
        List<String> ids = new ArrayList<>(List.of(
                importCase(ImportFixtures.admittedCase("F-2", customerNumber(), ADMITTED, TEAM)),
                importCase(ImportFixtures.admittedCase("F-3", customerNumber(), ADMITTED, TEAM))));
        ids.sort(null);

        Map<String, Object> first = get("/api/export/cases?limit=1", admin());
        Map<String, Object> second = get("/api/export/cases?limit=1&after=" + first.get("next"), admin());
        Map<String, Object> third = get("/api/export/cases?limit=1&after=" + second.get("next"), admin());

        assertThat(List.of(caseIdsOf(first), caseIdsOf(second), caseIdsOf(third)))
                .containsExactly(List.of(ids.get(0)), List.of(ids.get(1)), List.of());
        assertThat(third).doesNotContainKey("next");
        assertThat(tables().auditEntriesOnResource("case-page", ids.get(0))).isOne();
    }

    @Test
    void onlyTheJobcentersAdministrationExports() {
        importCase(ImportFixtures.admittedCase("F-4", customerNumber(), ADMITTED, TEAM));

        refused(HttpRequest.GET("/api/export/cases"), fm(), 403);
        refused(HttpRequest.GET("/api/export/cases"), tl(), 403);
        refused(HttpRequest.GET("/api/export/cases?limit=501"), admin(), 400);
        assertThat(exportedCases(null, 10)).hasSize(1);
    }

    private void pankowSince2023() {
        post(
                "/api/policy/versions",
                admin(),
                Map.of("basePreset", "PANKOW", "note", "Richtlinie seit 2023", "effectiveFrom", "2023-01-01"));
    }

    private Map<String, Object> closedAfterADeputyAndAReassignment(String sourceId) {
        Map<String, Object> record = ImportFixtures.admittedCase(sourceId, customerNumber(), ADMITTED, TEAM);
        record.put(
                "assignments",
                List.of(
                        Map.of(
                                "sourceId",
                                "Z-1",
                                "kind",
                                "DEPUTY",
                                "on",
                                ADMITTED.plusMonths(2).toString(),
                                "deputyId",
                                "fm-jonas",
                                "until",
                                ADMITTED.plusMonths(2).plusDays(10).toString(),
                                "customerAgreed",
                                true),
                        Map.of(
                                "sourceId", "Z-2",
                                "kind", "REASSIGNMENT",
                                "on", ADMITTED.plusMonths(6).toString(),
                                "caseManagerId", "fm-jonas")));
        record.put(
                "closure",
                Map.of(
                        "closedOn",
                        START.minusDays(10).toString(),
                        "reason",
                        "EMPLOYMENT",
                        "closedBy",
                        "fm-jonas",
                        "handover",
                        Map.of("avId", "av-bernd", "on", START.minusDays(3).toString())));
        return record;
    }

    private String importCase(Map<String, Object> record) {
        Map<String, Object> outcome = put("/api/import/cases", admin(), record);
        assertThat(outcome).containsEntry("result", "CREATED");
        return String.valueOf(outcome.get("caseId"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> exportedCases(String after, int limit) {
        return (List<Map<String, Object>>)
                get("/api/export/cases?limit=" + limit + (after == null ? "" : "&after=" + after), admin())
                        .get("cases");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> caseIdsOf(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.getOrDefault("cases", List.of()))
                .stream().map(c -> c.get("caseId")).toList();
    }

    private List<String> decisionDays(String caseId) {
        return decisions(caseId).stream()
                .map(d -> d.get("kind") + " " + d.get("outcome") + " " + String.valueOf(d.get("decidedAt")))
                .toList();
    }

    /** A part of the case file without the ids that differ between two Jobcenters. */
    @SuppressWarnings("unchecked")
    private static Object without(Object part) {
        if (!(part instanceof Map<?, ?> map)) {
            return part;
        }
        Map<String, Object> copy = new java.util.TreeMap<>((Map<String, Object>) map);
        copy.keySet().removeAll(List.of("caseId", "customerId", "successorCaseId", "predecessorCaseId"));
        return copy;
    }
}
