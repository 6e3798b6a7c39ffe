package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning's part of a case record: every part it keeps, staff mapped, the needs of the latest assessment passed. */
class PlanningPartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void staffOfNotesAndReviewsIsMappedAndEveryUnmappedIdIsAProblemOfItsField(@TempDir Path dir) throws Exception {
        Path staff = dir.resolve("staff.csv");
        Files.writeString(staff, "FM0815;fm-anna\nTL0001;tl-petra\n");
        JsonNode record = JSON.readTree("""
                {"formatVersion": 1, "kind": "case", "source": {"system": "OPEN_PROSOZ", "id": "F-1"},
                 "admission": {"decision": "ADMITTED", "decidedOn": "2024-01-10"},
                 "assessments": [
                   {"sourceId": "A-2", "assessedOn": "2024-06-01", "needs": [
                     {"sourceId": "B-2", "code": "DEBT", "status": "IN_PROGRESS", "priority": "HIGH",
                      "identifiedOn": "2024-06-01"}]},
                   {"sourceId": "A-1", "assessedOn": "2024-01-20", "needs": [
                     {"sourceId": "B-1", "code": "HOUSING", "status": "IDENTIFIED", "priority": "HIGH",
                      "identifiedOn": "2024-01-20"}]}],
                 "plan": {"strategies": [{"sourceId": "ST-1", "need": "B-2", "text": "Schuldnerberatung"}]},
                 "agreements": [{"sourceId": "V-1", "type": "KOOPERATIONSPLAN", "agreedOn": "2024-02-01"}],
                 "notes": [{"sourceId": "N-1", "writtenOn": "2024-02-01", "writtenBy": "FM0815",
                            "visibility": "GENERAL", "text": "Erstgespräch"},
                           {"sourceId": "N-2", "writtenOn": "2024-02-02", "writtenBy": "FM9999",
                            "visibility": "GENERAL", "text": "Nachtrag"}],
                 "reviews": [{"sourceId": "R-1", "reviewedOn": "2024-07-10", "reviewedBy": "FM0815",
                              "decision": "EXTEND", "extendedUntil": "2026-06-30",
                              "teamLeadDecision": {"approved": true, "decidedOn": "2024-07-12",
                                                   "decidedBy": "TL0002"}}]}""");

        CasePart.Mapped mapped = new PlanningPart(IdMapping.read("Fachkraft", staff)).of(3, record, new FileCatalog());

        assertThat(mapped.problems())
                .extracting(p -> p.field() + " " + p.rule())
                .containsExactly("notes[1].writtenBy UNMAPPED_ID", "reviews[0].teamLeadDecision.decidedBy UNMAPPED_ID");
        JsonNode body = mapped.body().orElseThrow();
        assertThat(body.path("admittedOn").asText()).isEqualTo("2024-01-10");
        assertThat(body.path("assessedNeeds").toString())
                .isEqualTo("[{\"sourceId\":\"B-2\",\"status\":\"IN_PROGRESS\"}]");
        assertThat(body.path("notes").get(0).path("writtenBy").asText()).isEqualTo("fm-anna");
        assertThat(body.path("reviews").get(0).path("reviewedBy").asText()).isEqualTo("fm-anna");
        assertThat(body.path("plan").path("strategies").get(0).path("need").asText())
                .isEqualTo("B-2");
        assertThat(body.path("agreements").get(0).path("type").asText()).isEqualTo("KOOPERATIONSPLAN");
        assertThat(PlanningPart.PARTS).contains("plan", "agreements", "notes", "reviews");
    }
}
