package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The format's schema (docs/import/lotse-records.schema.json) against the sample and against broken records. */
class RecordSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RecordSchema SCHEMA = RecordSchema.load();

    @Test
    void everyRecordOfTheDocumentedSampleFitsTheSchema() throws Exception {
        List<JsonLines.Entry> entries = new ArrayList<>();
        try (JsonLines lines = new JsonLines(
                new InputStreamReader(
                        Objects.requireNonNull(getClass().getResourceAsStream("/sample.jsonl")),
                        StandardCharsets.UTF_8),
                JSON)) {
            lines.forEachRemaining(entries::add);
        }

        assertThat(entries).hasSizeGreaterThanOrEqualTo(5).allSatisfy(entry -> {
            assertThat(entry.problem()).isNull();
            assertThat(SCHEMA.check(entry.line(), entry.record())).isEmpty();
        });
        assertThat(entries)
                .extracting(entry -> entry.record().get("kind").asText())
                .contains("partner", "consentForm", "case");
    }

    @Test
    void aCaseWithoutReferralAndWithAnImpossibleDayNamesBothFieldsAndItsKey() {
        ObjectNode record = sampleCase();
        record.remove("referral");
        ((ObjectNode) record.withArray("contacts").get(2)).put("occurredOn", "2025-02-30");

        List<Problem> problems = SCHEMA.check(7, record);

        assertThat(problems)
                .extracting(Problem::field, Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contacts[2].occurredOn", "format"),
                        org.assertj.core.groups.Tuple.tuple("referral", "required"));
        assertThat(problems.get(0).describe())
                .isEqualTo(
                        "Zeile 7 (OPEN_PROSOZ F-2024-0815), contacts[2].occurredOn: Kein gültiges Datum (JJJJ-MM-TT)."
                                + " [format]");
    }

    @Test
    void unknownFieldsWrongTypesControlCharactersAndUnknownKindsAreProblems() {
        ObjectNode record = sampleCase();
        record.put("favouriteColour", "blau");
        ((ObjectNode) record.get("customer")).put("lastName", "Bei\u0007spiel");
        ((ObjectNode) record.get("referral")).put("reasons", "MIN_CRITERIA_MET");
        ((ObjectNode) record.get("admission")).put("decision", "MAYBE");

        assertThat(SCHEMA.check(1, record))
                .extracting(Problem::field, Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("admission.decision", "enum"),
                        org.assertj.core.groups.Tuple.tuple("customer.lastName", "pattern"),
                        org.assertj.core.groups.Tuple.tuple("favouriteColour", "additionalProperties"),
                        org.assertj.core.groups.Tuple.tuple("referral.reasons", "type"));

        ObjectNode unknown = JSON.createObjectNode().put("formatVersion", 1).put("kind", "household");
        unknown.putObject("source").put("system", "VERBIS").put("id", "1");
        assertThat(SCHEMA.check(2, unknown)).extracting(Problem::field).containsExactly("kind");
    }

    @Test
    void aLineThatIsNotAJsonObjectIsAProblemOfThatLineAndReadingGoesOn() throws Exception {
        String file = "{\"kind\":\"case\"}\n\nnot json\n[1,2]\n{\"kind\":\"partner\"}";
        List<JsonLines.Entry> entries = new ArrayList<>();
        try (JsonLines lines = new JsonLines(new StringReader(file), JSON)) {
            lines.forEachRemaining(entries::add);
        }

        assertThat(entries).extracting(JsonLines.Entry::line).containsExactly(1L, 3L, 4L, 5L);
        assertThat(entries)
                .extracting(entry ->
                        entry.problem() == null ? "ok" : entry.problem().rule())
                .containsExactly("ok", "NOT_JSON", "NOT_AN_OBJECT", "ok");
    }

    private static ObjectNode sampleCase() {
        try (JsonLines lines = new JsonLines(
                new InputStreamReader(
                        Objects.requireNonNull(RecordSchemaTest.class.getResourceAsStream("/sample.jsonl")),
                        StandardCharsets.UTF_8),
                JSON)) {
            while (lines.hasNext()) {
                JsonNode record = lines.next().record();
                if ("case".equals(record.path("kind").asText()) && record.has("contacts") && record.has("admission")) {
                    return (ObjectNode) record.deepCopy();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the sample has no admitted case with contacts");
    }
}
