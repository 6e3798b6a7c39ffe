package de.lotse.assessment.assessments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.migration.AssessmentPart;
import de.lotse.migration.FileCatalog;
import de.lotse.migration.IdMapping;
import de.lotse.migration.RecordSchema;
import de.lotse.migration.demo.DemoHistory;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessment's part of a case taken over with its history (docs/import.md): versions replayed through the domain in
 * the order of their days, needs carried on by their source ids, events with the historical days; again imported
 * nothing changes, a new version is added, a changed one refused; a check names every problem and keeps nothing; the
 * export gives the part back in the record format, and imported into another Jobcenter it rebuilds the same views.
 */
@MicronautTest(transactional = false)
class AssessmentImportIT extends AssessmentScenario {
    private static final LocalDate ADMITTED = START.minusMonths(13);
    private static final LocalDate FIRST = ADMITTED.plusDays(7);
    private static final LocalDate SECOND = ADMITTED.plusMonths(6);
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    @SuppressWarnings("unchecked")
    void twoVersionsWithNeedsCarriedOnAreTakenOverWithTheirDaysAndAgainChangeNothing() {
        baProfiles();
        UUID caseId = admittedLongAgo();
        // listed out of order: the import replays them in the order of their days
        Map<String, Object> record = record(second(), first());

        Map<String, Object> taken = put(caseId, record);

        assertThat(taken).containsEntry("result", "UPDATED");
        assertThat((List<String>) taken.get("changes"))
                .containsExactly("assessments[1] " + FIRST, "assessments[0] " + SECOND);
        List<Map<String, Object>> versions = versions(caseId);
        assertThat(versions)
                .extracting(v -> v.get("version") + " " + v.get("assessedOn") + " " + v.get("profileCode"))
                .containsExactly("1 " + FIRST + " STABILISATION", "2 " + SECOND + " DEVELOPMENT");
        assertThat(versions.get(0).get("completedAt"))
                .isEqualTo(FIRST.atTime(12, 0)
                        .atZone(ZoneId.of("Europe/Berlin"))
                        .toInstant()
                        .toString());
        List<Map<String, Object>> needs1 =
                (List<Map<String, Object>>) versions.get(0).get("needs");
        List<Map<String, Object>> needs2 =
                (List<Map<String, Object>>) versions.get(1).get("needs");
        assertThat(needs2)
                .extracting(n -> n.get("code") + " " + n.get("status") + " " + n.get("identifiedOn") + " "
                        + n.get("statusSince"))
                .containsExactly(
                        "DEBT RESOLVED " + FIRST + " " + SECOND,
                        "MOTIVATION IDENTIFIED " + FIRST + " " + FIRST,
                        "HOUSING IDENTIFIED " + SECOND.minusDays(10) + " " + SECOND);
        assertThat(needs2.get(0).get("needId")).isEqualTo(needs1.get(0).get("needId"));
        assertThat(needs2.get(1).get("needId")).isEqualTo(needs1.get(1).get("needId"));
        assertThat(needs1.get(1).get("linkReason").toString()).startsWith("Übernommen aus OPEN_PROSOZ");
        assertThat(versions.get(1)).containsEntry("categoryChangeReason", "INTEGRATION_PROGRESS");
        Map<String, Object> progress = get("/api/cases/" + caseId + "/progress", fm());
        assertThat((List<Map<String, Object>>) progress.get("resolved"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");

        List<String> events = outboxTypes(caseId);
        assertThat(events).filteredOn("assessment-completed"::equals).hasSize(2);
        assertThat(events).contains("category-changed", "need-status-changed");
        List<Map<String, Object>> completed = payloads(caseId, "assessment-completed");
        assertThat(completed)
                .extracting(p -> p.get("version") + " " + p.get("assessedOn") + " "
                        + p.get("completedAt").toString().substring(0, 10))
                .containsExactly("1 " + FIRST + " " + FIRST, "2 " + SECOND + " " + SECOND);
        assertThat(payloads(caseId, "need-status-changed"))
                .extracting(p -> p.get("changedAt").toString().substring(0, 10))
                .containsOnly(FIRST.toString(), SECOND.toString());
        assertThat(audits(caseId, "admin-ida", "IMPORT")).isEqualTo(1);

        assertThat(put(caseId, record)).containsEntry("result", "UNCHANGED").doesNotContainKey("changes");
        assertThat(outboxTypes(caseId)).hasSameSizeAs(events);

        Map<String, Object> third = version("PR-3", START.minusMonths(1), "DEVELOPMENT");
        third.put(
                "needs",
                List.of(
                        need("HB-1", "DEBT", "RESOLVED", FIRST),
                        need("HB-2", "MOTIVATION", "IN_PROGRESS", FIRST),
                        need("HB-3", "HOUSING", "RESOLVED", SECOND.minusDays(10))));
        Map<String, Object> added = put(caseId, record(second(), first(), third));
        assertThat(added).containsEntry("changes", List.of("assessments[2] " + START.minusMonths(1)));
        assertThat(versions(caseId)).hasSize(3);
        assertThat(payloads(caseId, "assessment-completed")).hasSize(3);
        assertThat(audits(caseId, "admin-ida", "IMPORT_UPDATE")).isEqualTo(1);
    }

    @Test
    void aVersionTakenOverCannotBeChangedByAnotherImportAndNothingOfThatImportIsKept() {
        baProfiles();
        UUID caseId = admittedLongAgo();
        put(caseId, record(first()));
        int events = outboxTypes(caseId).size();

        Map<String, Object> changed = first();
        changed.put("profileCode", "SUPPORT");
        Map<String, Object> problem = problem(
                HttpRequest.PUT("/api/import/cases/" + caseId, record(changed, second()))
                        .bearerAuth(admin()),
                422);

        assertThat(rules(problem)).containsExactly("IMPORTED_HISTORY_CHANGED@assessments[0]");
        assertThat(versions(caseId)).hasSize(1);
        assertThat(outboxTypes(caseId)).hasSize(events);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBrokenPartIsRefusedWithEveryProblemNamedAndNothingIsStoredAndTheCheckKeepsNothing() {
        baProfiles();
        UUID caseId = admittedLongAgo();
        Map<String, Object> broken = first();
        broken.remove("validUntil");
        broken.put(
                "needs",
                List.of(
                        need("HB-1", "DEBT", "IN_PROGRESS", FIRST.plusDays(3)),
                        need("HB-2", "ASTROLOGY", "IDENTIFIED", FIRST)));
        Map<String, Object> early = version("PR-0", ADMITTED.minusDays(20), "MARKET_LEADER");
        Map<String, Object> part = record(broken, early);

        Map<String, Object> problem =
                problem(HttpRequest.PUT("/api/import/cases/" + caseId, part).bearerAuth(admin()), 422);

        assertThat(rules(problem))
                .containsExactlyInAnyOrder(
                        "OUTSIDE_CASE_AND_TODAY@assessments[1].assessedOn",
                        "UNKNOWN_PROFILE@assessments[1].profileCode",
                        "VALIDITY_REQUIRED@assessments[0].validUntil",
                        "IDENTIFIED_AFTER_ASSESSMENT@assessments[0].needs[0].identifiedOn",
                        "UNKNOWN_CODE@assessments[0].needs[1].code");
        assertThat(count("select count(*) from assessment where case_id = :caseId", Params.of("caseId", caseId)))
                .isZero();
        assertThat(outboxTypes(caseId)).isEmpty();

        Map<String, Object> valid = record(second(), first());
        valid.put("admittedOn", ADMITTED.toString());
        part.put("admittedOn", ADMITTED.toString());
        List<Map<String, Object>> results = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", List.of(valid, part)))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));

        assertThat(results.get(0)).doesNotContainKey("problems");
        assertThat((List<Map<String, Object>>) results.get(1).get("problems"))
                .extracting(p -> p.get("rule") + "@" + p.get("field"))
                .hasSize(5)
                .contains("UNKNOWN_CODE@assessments[0].needs[1].code");
        assertThat(count(
                        "select count(*) from assessment where jobcenter_id = :jobcenterId",
                        Params.of("jobcenterId", jobcenter)))
                .isZero();
        assertThat(count(
                        "select count(*) from audit_log where jobcenter_id = :jobcenterId and action like 'IMPORT%'",
                        Params.of("jobcenterId", jobcenter)))
                .isZero();

        assertThat(problem(HttpRequest.PUT("/api/import/cases/" + caseId, valid).bearerAuth(fm()), 403))
                .containsEntry("status", 403);
        assertThat(problem(
                        HttpRequest.PUT("/api/import/cases/" + UUID.randomUUID(), valid)
                                .bearerAuth(admin()),
                        404))
                .containsEntry("status", 404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportedPartFitsTheFormatAndImportedIntoAnotherJobcenterRebuildsTheSameViews() throws Exception {
        baProfiles();
        UUID caseId = admittedLongAgo();
        put(caseId, record(second(), first()));
        List<Map<String, Object>> original = versions(caseId);

        Map<String, Object> answer = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/export/cases", Map.of("caseIds", List.of(caseId, UUID.randomUUID())))
                                .bearerAuth(admin()),
                        JSON_OBJECT);

        List<Map<String, Object>> cases = (List<Map<String, Object>>) answer.get("cases");
        assertThat(cases).singleElement().satisfies(c -> assertThat(c).containsEntry("caseId", caseId.toString()));
        List<Map<String, Object>> exported =
                (List<Map<String, Object>>) cases.get(0).get("assessments");
        assertThat(exported).hasSize(2);
        assertThat(exported.get(0)).containsEntry("sourceId", original.get(0).get("assessmentId"));
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("formatVersion", 1);
        whole.put("kind", "case");
        whole.put("source", Map.of("system", "LOTSE", "id", caseId.toString()));
        whole.put(
                "customer",
                Map.of(
                        "customerNumber",
                        "123D456789",
                        "firstName",
                        "Petra",
                        "lastName",
                        "Beispiel",
                        "dateOfBirth",
                        "1979-05-14"));
        whole.put(
                "referral",
                Map.of(
                        "route", "AV",
                        "referredOn", ADMITTED.minusDays(10).toString(),
                        "referredBy", "av-1",
                        "team", "team-1",
                        "reasons", List.of("MIN_CRITERIA_MET")));
        whole.put("assessments", exported);
        JsonNode node = JACKSON.readTree(json.writeValueAsString(whole));
        assertThat(RecordSchema.load().check(1, node)).isEmpty();
        assertThat(count(
                        "select count(*) from audit_log where jobcenter_id = :jobcenterId and action = 'EXPORT'",
                        Params.of("jobcenterId", jobcenter)))
                .isEqualTo(1);

        newJobcenter();
        baProfiles();
        UUID other = admittedLongAgo();
        Map<String, Object> again = new HashMap<>();
        again.put("source", Map.of("system", "LOTSE", "id", caseId.toString()));
        again.put("assessments", exported);
        assertThat(put(other, again)).containsEntry("result", "UPDATED");

        assertThat(comparable(versions(other))).isEqualTo(comparable(original));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoHistorysVersionsPassTheCheckAsTheImportClientSendsThem() throws Exception {
        policy(2, LocalDate.of(2020, 1, 1), Map.of("profileScheme", "BA_PROFILES"));
        java.io.StringWriter demo = new java.io.StringWriter();
        DemoHistory.write(demo, 2026, 40, START.minusDays(1));
        AssessmentPart part = new AssessmentPart(IdMapping.identity("Fachkraft"));
        List<Object> bodies = new ArrayList<>();
        for (String line : demo.toString().split("\n")) {
            JsonNode record = JACKSON.readTree(line);
            part.of(1, record, new FileCatalog())
                    .body()
                    .ifPresent(body -> bodies.add(JACKSON.convertValue(body, Map.class)));
        }
        assertThat(bodies).hasSizeGreaterThan(10);

        List<Map<String, Object>> results = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/import/cases/validation", Map.of("cases", bodies))
                                .bearerAuth(admin()),
                        Argument.listOf(JSON_OBJECT));

        assertThat(results).hasSameSizeAs(bodies).allSatisfy(r -> assertThat(r).doesNotContainKey("problems"));
    }

    // --- the record

    private static Map<String, Object> first() {
        Map<String, Object> v = version("PR-1", FIRST, "STABILISATION");
        v.put("assessedBy", "fm-anna");
        v.put("prognosisHorizonMonths", 12);
        v.put("targetOccupation", Map.of("title", "Fachkraft Lagerlogistik", "kldbCode", "51312"));
        Map<String, Object> debt = need("HB-1", "DEBT", "IN_PROGRESS", FIRST);
        debt.put("entrenched", true);
        debt.put("linkedToTargetOccupation", true);
        debt.put("description", "Schulden bei mehreren Gläubigern");
        v.put("needs", List.of(debt, need("HB-2", "MOTIVATION", "IDENTIFIED", FIRST)));
        v.put("strengths", List.of(Map.of("kind", "PROFESSIONAL", "description", "Staplerschein")));
        return v;
    }

    private static Map<String, Object> second() {
        Map<String, Object> v = version("PR-2", SECOND, "DEVELOPMENT");
        v.put("categoryChangeReason", "INTEGRATION_PROGRESS");
        v.put("targetOccupation", Map.of("title", "Fachkraft Lagerlogistik"));
        v.put(
                "needs",
                List.of(
                        need("HB-1", "DEBT", "RESOLVED", FIRST),
                        need("HB-2", "MOTIVATION", "IDENTIFIED", FIRST),
                        need("HB-3", "HOUSING", "IDENTIFIED", SECOND.minusDays(10))));
        return v;
    }

    private static Map<String, Object> version(String sourceId, LocalDate on, String profile) {
        Map<String, Object> v = new HashMap<>();
        v.put("sourceId", sourceId);
        v.put("assessedOn", on.toString());
        v.put("validUntil", on.plusMonths(12).toString());
        v.put("profileCode", profile);
        v.put("needs", List.of());
        return v;
    }

    private static Map<String, Object> need(String sourceId, String code, String status, LocalDate identified) {
        Map<String, Object> need = new HashMap<>();
        need.put("sourceId", sourceId);
        need.put("code", code);
        need.put("status", status);
        need.put("priority", "MEDIUM");
        need.put("identifiedOn", identified.toString());
        return need;
    }

    @SafeVarargs
    private static Map<String, Object> record(Map<String, Object>... versions) {
        Map<String, Object> record = new HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", "F-" + UUID.randomUUID()));
        record.put("assessments", List.of(versions));
        return record;
    }

    // --- the case, the caller, the answers

    private void baProfiles() {
        policy(2, START.minusYears(3), Map.of("profileScheme", "BA_PROFILES"));
    }

    private UUID admittedLongAgo() {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(ADMITTED)
                        .admittedAt(ADMITTED.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(ADMITTED)
                        .maxDurationEndsOn(ADMITTED.plusMonths(24))
                        .build());
        awaitCaseReference(caseId, c -> c.get("admittedOn") != null);
        return caseId;
    }

    private Map<String, Object> put(UUID caseId, Map<String, Object> record) {
        return client.toBlocking()
                .retrieve(HttpRequest.PUT("/api/import/cases/" + caseId, record).bearerAuth(admin()), JSON_OBJECT);
    }

    private List<Map<String, Object>> payloads(UUID caseId, String type) {
        List<String> rows = transactions.executeRead(status -> statements.query(
                "select payload::text from outbox_event where aggregateid = :caseId and type = :type order by seq",
                Params.of("caseId", caseId.toString()).and("type", type),
                rs -> rs.getString(1)));
        List<Map<String, Object>> payloads = new ArrayList<>();
        rows.forEach(row -> payloads.add(payload(row))); // the row holds the envelope
        return payloads;
    }

    /** The views without what differs between two Jobcenters' copies: ids and the case. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> versions) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> version : versions) {
            Map<String, Object> v = new HashMap<>(version);
            v.remove("assessmentId");
            v.remove("caseId");
            List<Map<String, Object>> needs = new ArrayList<>();
            for (Map<String, Object> need : (List<Map<String, Object>>) v.get("needs")) {
                Map<String, Object> n = new HashMap<>(need);
                n.remove("needId");
                needs.add(n);
            }
            v.put("needs", needs);
            result.add(v);
        }
        return result;
    }

    private String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }
}
