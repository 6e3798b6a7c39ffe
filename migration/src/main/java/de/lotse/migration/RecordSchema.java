package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The format's structure: every record is checked against {@code docs/import/lotse-records.schema.json} before
 * any service sees it. The schema decides shapes (required parts, days, code syntax, sizes); what a code or a
 * day means under the policy of its time is decided by the owning service (docs/import.md).
 */
public final class RecordSchema {
    private static final String RESOURCE = "lotse-records.schema.json";

    private final Schema schema;

    private RecordSchema(Schema schema) {
        this.schema = schema;
    }

    public static RecordSchema load() {
        try (InputStream in =
                Objects.requireNonNull(RecordSchema.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE)) {
            // 2020-12 treats "format" as an annotation; a day of the file must really be a day
            SchemaRegistryConfig config =
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            return new RecordSchema(SchemaRegistry.withDefaultDialect(
                            SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(config))
                    .getSchema(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every structural problem of the record on that line, in the order of the fields; empty when it fits. */
    public List<Problem> check(long line, JsonNode record) {
        String source = sourceKey(record);
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(record)) {
            // "if" is the dispatch on kind: its failure is not a problem, its "then" reports the real one
            if ("if".equals(error.getKeyword())) {
                continue;
            }
            String field = field(error);
            Problem problem = new Problem(line, source, field, error.getKeyword(), message(error));
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    /** {@code OPEN_PROSOZ F-2024-0815}: the key as the source system writes it, empty where it is missing. */
    public static String sourceKey(JsonNode record) {
        JsonNode source = record.path("source");
        String system = source.path("system").asText("");
        String id = source.path("id").asText("");
        return (system + " " + id).strip();
    }

    private static String field(Error error) {
        StringBuilder path = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                append(path, String.valueOf(element));
            }
        }
        // a missing or unknown property is reported at its parent: name the property itself
        if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()))
                && error.getProperty() != null) {
            append(path, error.getProperty());
        }
        return path.toString();
    }

    private static void append(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    /** The rules the schema uses, said plainly; any other keyword keeps the validator's own German text. */
    private static String message(Error error) {
        JsonNode rule = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> "Pflichtangabe fehlt.";
            case "additionalProperties" -> "Diese Angabe kennt das Format nicht.";
            case "type" -> "Falscher Datentyp: erwartet " + rule.asText() + ".";
            case "format" -> "Kein gültiges Datum (JJJJ-MM-TT).";
            case "pattern" -> "Die Angabe hat nicht die erwartete Form.";
            case "enum" -> "Erlaubt sind nur: " + join(rule) + ".";
            case "const" -> "Erwartet wird " + rule + ".";
            case "maxLength" -> "Höchstens " + rule.asInt() + " Zeichen.";
            case "minLength" -> "Die Angabe ist leer.";
            case "maxItems" -> "Höchstens " + rule.asInt() + " Einträge.";
            case "minItems" -> "Mindestens " + rule.asInt() + " Eintrag/Einträge.";
            case "uniqueItems" -> "Ein Eintrag ist doppelt.";
            case "minimum" -> "Mindestens " + rule.asText() + ".";
            case "maximum" -> "Höchstens " + rule.asText() + ".";
            default -> error.getMessage();
        };
    }

    private static String join(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return String.join(", ", texts);
    }
}
