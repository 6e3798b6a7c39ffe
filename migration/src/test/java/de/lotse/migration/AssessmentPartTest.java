package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Assessment's body of a case record: the versions as they are, their author mapped, the case's days for a check. */
class AssessmentPartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void versionsGoAsTheyAreWithTheirAuthorMappedAndTheCasesDaysForTheCheck(@TempDir Path dir) throws Exception {
        AssessmentPart part = new AssessmentPart(staff(dir));
        JsonNode record = JSON.readTree("""
                {"source": {"system": "OPEN_PROSOZ", "id": "F-1"},
                 "admission": {"decision": "ADMITTED", "decidedOn": "2024-11-04"},
                 "closure": {"closedOn": "2025-06-30"},
                 "assessments": [
                   {"sourceId": "PR-1", "assessedOn": "2024-11-12", "assessedBy": "FM-0815", "validUntil": "2025-11-12",
                    "profileCode": "STABILISATION",
                    "needs": [{"sourceId": "HB-1", "code": "DEBT", "status": "IN_PROGRESS", "priority": "HIGH",
                               "identifiedOn": "2024-11-12"}]},
                   {"sourceId": "PR-2", "assessedOn": "2025-05-12", "needs": []}]}""");

        CasePart.Mapped mapped = part.of(7, record, new FileCatalog());

        assertThat(mapped.problems()).isEmpty();
        JsonNode body = mapped.body().orElseThrow();
        assertThat(body.get("admittedOn").asText()).isEqualTo("2024-11-04");
        assertThat(body.get("closedOn").asText()).isEqualTo("2025-06-30");
        assertThat(body.get("source")).isEqualTo(record.get("source"));
        JsonNode first = body.get("assessments").get(0);
        assertThat(first.get("assessedBy").asText()).isEqualTo("fm-anna");
        assertThat(first.get("needs"))
                .isEqualTo(record.get("assessments").get(0).get("needs"));
        assertThat(first.get("validUntil").asText()).isEqualTo("2025-11-12");
        assertThat(body.get("assessments").get(1))
                .isEqualTo(record.get("assessments").get(1));
        assertThat(record.get("assessments").get(0).get("assessedBy").asText())
                .as("the record itself is not changed")
                .isEqualTo("FM-0815");
    }

    @Test
    void anAuthorWithoutMappingIsAProblemOfTheRecordAndARecordWithoutVersionsHasNoBody(@TempDir Path dir)
            throws Exception {
        AssessmentPart part = new AssessmentPart(staff(dir));
        JsonNode record = JSON.readTree("""
                {"source": {"system": "OPEN_PROSOZ", "id": "F-2"},
                 "assessments": [{"sourceId": "PR-1", "assessedOn": "2024-11-12", "assessedBy": "FM-9999", "needs": []}]}""");

        CasePart.Mapped mapped = part.of(3, record, new FileCatalog());

        assertThat(mapped.problems())
                .extracting(p -> p.field() + " " + p.rule())
                .containsExactly("assessments[0].assessedBy UNMAPPED_ID");
        assertThat(mapped.body().orElseThrow().has("admittedOn")).isFalse();
        assertThat(part.of(4, JSON.readTree("{\"source\": {\"system\": \"X\", \"id\": \"1\"}}"), new FileCatalog())
                        .body())
                .isEmpty();
    }

    @Test
    void assessmentIsWrittenFirst() {
        assertThat(CaseParts.all(IdMapping.identity("Fachkraft"), IdMapping.identity("Team")))
                .extracting(CasePart::service)
                .startsWith("assessment", "planning");
    }

    private static IdMapping staff(Path dir) throws Exception {
        Path file = dir.resolve("staff.csv");
        Files.writeString(file, "quelle;lotse\nFM-0815;fm-anna\n", StandardCharsets.UTF_8);
        return IdMapping.read("Fachkraft", file);
    }
}
