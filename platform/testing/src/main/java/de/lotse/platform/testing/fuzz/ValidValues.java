package de.lotse.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A value the schema accepts: the document's example, else the first enum constant, else one built
 * from type, format, pattern and bounds. Objects get their required properties only; a property
 * named like a seeded path parameter ({@code partnerId}) gets the seeded id.
 */
final class ValidValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> seeded;
    private final Random random;

    ValidValues(Map<String, String> seeded, Random random) {
        this.seeded = seeded;
        this.random = random;
    }

    JsonNode of(Schema<?> schema) {
        return of(null, schema, 0);
    }

    JsonNode of(String name, Schema<?> schema, int depth) {
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (name != null && seeded.containsKey(name) && "string".equals(type(schema))) {
            return NODES.textNode(seeded.get(name));
        }
        if (schema.getExample() != null) {
            JsonNode example = JSON.valueToTree(schema.getExample());
            if (!example.isNull()) {
                return example;
            }
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.valueToTree(schema.getEnum().get(0));
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null && depth < 8) {
                    for (Map.Entry<String, Schema> property :
                            schema.getProperties().entrySet()) {
                        if (schema.getRequired() != null && schema.getRequired().contains(property.getKey())) {
                            object.set(property.getKey(), of(property.getKey(), property.getValue(), depth + 1));
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, schema.getMinItems() == null ? 1 : schema.getMinItems());
                for (int i = 0; i < items && depth < 8; i++) {
                    array.add(of(null, schema.getItems(), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                long value = schema.getMinimum() != null
                        ? schema.getMinimum().longValue()
                        : schema.getMaximum() != null
                                ? Math.min(1, schema.getMaximum().longValue())
                                : 1;
                return NODES.numberNode(value);
            }
            case "number" -> {
                BigDecimal value = schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ONE;
                return NODES.numberNode(value);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(string(schema));
            }
        }
    }

    String string(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date":
                return LocalDate.now(ZoneOffset.UTC).toString();
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
            default:
                break;
        }
        if (schema.getPattern() != null) {
            String sample = PatternSampler.sample(schema.getPattern(), random);
            if (sample != null) {
                return sample;
            }
        }
        int min = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
        int max = schema.getMaxLength() == null ? 40 : schema.getMaxLength();
        String text = "Beispieltext";
        while (text.length() < min) {
            text = text + text;
        }
        return text.substring(0, Math.max(min, Math.min(max, text.length())));
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().stream()
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .orElse("string");
        }
        if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return schema.getEnum() != null ? "string" : "object";
    }
}
