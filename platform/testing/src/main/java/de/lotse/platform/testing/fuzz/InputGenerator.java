package de.lotse.platform.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Derives the fuzz requests of one operation from its valid request and its document: one-field
 * mutations of the body (missing, null, wrong types, boundaries, control characters, 100 kB strings,
 * unknown enum values, extra fields), broken bodies, bad path and query values, odd headers, and
 * values drawn by jqwik until the minimum count is reached. Deterministic for a given {@link Random}.
 */
final class InputGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "@@fuzz-value@@";
    private static final int GEN_SIZE = 1000;

    private final RequestTemplate valid;
    private final Random random;
    private final ValidValues validValues;
    /** Mutations every run sends. */
    private final List<FuzzRequest> core = new ArrayList<>();
    /** Further edge values; sampled when an operation has many fields. */
    private final List<FuzzRequest> extra = new ArrayList<>();
    /** Targets for the jqwik-drawn values that fill up to the minimum. */
    private final List<Target> targets = new ArrayList<>();

    private record Value(String label, String json) {}

    /** Something a random value can be put into: a body field, a query or path parameter. */
    private record Target(String kind, String name, List<Object> bodyPath) {}

    InputGenerator(RequestTemplate valid, Map<String, String> seeded, Random random) {
        this.valid = valid;
        this.random = random;
        this.validValues = new ValidValues(seeded, random);
    }

    List<FuzzRequest> generate(int minimum, int maximum) {
        // jqwik's generators keep state in a session; outside a jqwik property the session is ours to open
        JqwikSession.start();
        try {
            return generateInSession(minimum, maximum);
        } finally {
            JqwikSession.finish();
        }
    }

    private List<FuzzRequest> generateInSession(int minimum, int maximum) {
        ApiOperation operation = valid.operation;
        if (operation.body() != null) {
            bodyMutations();
            JsonNode body = valid.body;
            if (body != null) {
                fieldMutations(operation.body(), body, new ArrayList<>(), "body", 0);
            }
        }
        for (Parameter parameter : operation.parameters("path")) {
            pathMutations(parameter);
        }
        for (Parameter parameter : operation.parameters("query")) {
            queryMutations(parameter);
        }
        for (Parameter parameter : operation.parameters("header")) {
            headerMutations(parameter);
        }
        genericMutations();

        List<FuzzRequest> requests = new ArrayList<>(core);
        java.util.Collections.shuffle(extra, random);
        Iterator<FuzzRequest> extras = extra.iterator();
        while (requests.size() < maximum && extras.hasNext()) {
            requests.add(extras.next());
        }
        while (requests.size() < minimum) {
            requests.add(randomValue());
        }
        return requests;
    }

    // ---- the body as a whole ----

    private void bodyMutations() {
        String validBody = valid.bodyText();
        body(core, "no body", null, null);
        body(core, "body: null", "null", null);
        body(core, "body: array", "[]", null);
        body(core, "body: string", "\"text\"", null);
        body(core, "body: number", "42", null);
        body(core, "body: truncated JSON", "{", null);
        body(core, "body: not JSON", "not json at all", null);
        body(core, "body: 5000 nested arrays", "[".repeat(5000) + "]".repeat(5000), null);
        body(core, "body: text/plain", validBody, "text/plain");
        body(extra, "body: no Content-Type", validBody, "");
        body(extra, "body: XML", "<request/>", "application/xml");
        body(extra, "body: empty object", "{}", null);
        body(extra, "body: missing value", "{\"a\":}", null);
        body(extra, "body: trailing comma", "{\"a\":1,}", null);
        body(extra, "body: byte order mark", "\uFEFF" + validBody, null);
        if (validBody != null && validBody.endsWith("}")) {
            body(extra, "body: trailing garbage", validBody + "}}", null);
            body(extra, "body: JSON with comments", "/* c */" + validBody, null);
        }
        if (valid.body instanceof ObjectNode object) {
            body(core, "body: extra field", with(object, "unknownExtraField", "\"x\""), null);
            body(extra, "body: extra object field", with(object, "unknownExtraField", "{\"nested\":[1,2,3]}"), null);
            body(core, "body: extra 100 kB field", with(object, "unknownExtraField", quote("x".repeat(100_000))), null);
            body(extra, "body: extra field with NUL name", with(object, "bad\u0000name", "1"), null);
            Iterator<String> names = object.fieldNames();
            if (names.hasNext()) {
                String first = names.next();
                // the same key twice: a parser keeps one of them, a lenient one silently
                body(
                        extra,
                        "body: duplicate key " + first,
                        "{\"" + first + "\":\"duplicate\"," + validBody.substring(1),
                        null);
            }
        }
    }

    private void body(List<FuzzRequest> into, String description, String body, String contentType) {
        RequestTemplate.Variant variant = valid.variant(description);
        variant.body = body;
        if (contentType != null) {
            variant.headers.put("Content-Type", contentType.isEmpty() ? null : contentType);
        }
        into.add(variant.request());
    }

    private String with(ObjectNode object, String name, String rawJson) {
        ObjectNode copy = object.deepCopy();
        copy.put(name, PLACEHOLDER);
        return copy.toString().replace(quote(PLACEHOLDER), rawJson);
    }

    // ---- one field of the body at a time ----

    private void fieldMutations(Schema<?> schema, JsonNode value, List<Object> path, String label, int depth) {
        if (schema == null || depth > 6) {
            return;
        }
        String type = ValidValues.type(schema);
        if ("object".equals(type) && schema.getProperties() != null && value instanceof ObjectNode object) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                List<Object> child = append(path, property.getKey());
                String childLabel = label + "." + property.getKey();
                JsonNode present = object.get(property.getKey());
                if (present == null) {
                    // an optional field the valid request leaves out: present with a valid value, then broken
                    JsonNode generated = validValues.of(property.getKey(), property.getValue(), depth + 1);
                    field(
                            extra,
                            child,
                            childLabel + " = valid value " + Texts.excerpt(generated.toString(), 40),
                            generated.toString());
                    valueMutations(property.getValue(), child, childLabel, false);
                } else {
                    boolean required =
                            schema.getRequired() != null && schema.getRequired().contains(property.getKey());
                    field(core, child, childLabel + " missing", null);
                    valueMutations(property.getValue(), child, childLabel, required);
                    fieldMutations(property.getValue(), present, child, childLabel, depth + 1);
                }
            }
        } else if ("object".equals(type)
                && schema.getAdditionalProperties() instanceof Schema<?> values
                && value instanceof ObjectNode map) {
            // a map: keys are often enum constants (needs by key group)
            mapKey(path, label, "unknown key", "NOT_A_KEY", values);
            mapKey(path, label, "empty key", "", values);
            mapKey(path, label, "NUL key", "\u0000", values);
            mapKey(path, label, "100 kB key", "K".repeat(100_000), values);
            Iterator<String> keys = map.fieldNames();
            if (keys.hasNext()) {
                String key = keys.next();
                valueMutations(values, append(path, key), label + "." + key, true);
                fieldMutations(values, map.get(key), append(path, key), label + "." + key, depth + 1);
            }
        } else if ("array".equals(type) && value instanceof ArrayNode array && !array.isEmpty()) {
            valueMutations(schema.getItems(), append(path, 0), label + "[0]", true);
            fieldMutations(schema.getItems(), array.get(0), append(path, 0), label + "[0]", depth + 1);
        }
    }

    private void mapKey(List<Object> path, String label, String what, String key, Schema<?> values) {
        ObjectNode map = ValidValues.NODES.objectNode();
        map.set(key, validValues.of(values));
        field(extra, path, label + " with " + what, map.toString());
    }

    /** Replaces the value at {@code path} by each edge value of its schema. */
    private void valueMutations(Schema<?> schema, List<Object> path, String label, boolean required) {
        if (schema == null) {
            return;
        }
        List<Value> values = edgeValues(schema);
        // the first values are the core ones: null, a wrong type and the schema's sharpest edges
        int coreCount = Math.min(values.size(), required ? 4 : 3);
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            field(i < coreCount ? core : extra, path, label + " = " + value.label(), value.json());
        }
        targets.add(new Target("body", label, path));
    }

    private void field(List<FuzzRequest> into, List<Object> path, String description, String rawJson) {
        if (path.isEmpty()) {
            // the body itself (a map or list at the top)
            RequestTemplate.Variant variant = valid.variant(description);
            variant.body = rawJson == null ? "" : rawJson;
            into.add(variant.request());
            return;
        }
        JsonNode copy = valid.body.deepCopy();
        if (!set(copy, path, rawJson == null)) {
            return;
        }
        String text = copy.toString();
        if (rawJson != null) {
            text = text.replace(quote(PLACEHOLDER), rawJson);
        }
        RequestTemplate.Variant variant = valid.variant(description);
        variant.body = text;
        into.add(variant.request());
    }

    /** Puts the placeholder at {@code path} (or removes the node there); false if the path does not exist. */
    private static boolean set(JsonNode root, List<Object> path, boolean remove) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            if (parent == null) {
                return false;
            }
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            if (remove) {
                object.remove(name);
            } else {
                object.put(name, PLACEHOLDER);
            }
            return true;
        }
        if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            if (remove) {
                array.remove(index);
            } else {
                array.set(index, ValidValues.NODES.textNode(PLACEHOLDER));
            }
            return true;
        }
        return false;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> child = new ArrayList<>(path);
        child.add(step);
        return child;
    }

    /** Edge values for a JSON value of {@code schema}, the sharpest first. */
    private List<Value> edgeValues(Schema<?> schema) {
        List<Value> values = new ArrayList<>();
        values.add(new Value("null", "null"));
        String type = ValidValues.type(schema);
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        List<?> enumeration = schema.getEnum();
        switch (type) {
            case "string" -> {
                values.add(new Value("number instead of string", "12345"));
                if (enumeration != null && !enumeration.isEmpty()) {
                    values.add(new Value("unknown enum value", quote("NOT_A_VALUE")));
                    String first = String.valueOf(enumeration.get(0));
                    values.add(new Value("enum value in lower case", quote(first.toLowerCase(Locale.ROOT))));
                    values.add(new Value("enum value with blank", quote(first + " ")));
                    values.add(new Value("enum ordinal", "0"));
                    values.add(new Value("enum ordinal as text", quote("0")));
                    values.add(new Value("empty string", quote("")));
                    values.add(new Value("NUL", quote("\u0000")));
                } else {
                    formatValues(format, values);
                    values.add(new Value("NUL", quote("\u0000")));
                    values.add(new Value("100 kB string", quote(letters(100_000))));
                    stringValues(schema, values);
                }
                values.add(new Value("boolean instead of string", "true"));
                values.add(new Value("object instead of string", "{}"));
                values.add(new Value("array instead of string", "[\"x\"]"));
            }
            case "integer", "number" -> {
                values.add(new Value("text instead of number", quote("abc")));
                values.add(new Value("1e400", "1e400"));
                values.add(new Value("beyond long", "92233720368547758070"));
                values.add(new Value("number as text", quote("12")));
                values.add(new Value("fraction", "1.5"));
                values.add(new Value("negative", "-1"));
                values.add(new Value("zero", "0"));
                values.add(new Value("minus zero", "-0"));
                values.add(new Value("int minimum", Integer.toString(Integer.MIN_VALUE)));
                values.add(new Value("int maximum", Integer.toString(Integer.MAX_VALUE)));
                values.add(new Value("int maximum + 1", "2147483648"));
                values.add(new Value("long maximum", Long.toString(Long.MAX_VALUE)));
                values.add(new Value("exponent", "1E2"));
                if (schema.getMinimum() != null) {
                    values.add(new Value(
                            "minimum - 1",
                            schema.getMinimum().subtract(BigDecimal.ONE).toPlainString()));
                    values.add(new Value("minimum", schema.getMinimum().toPlainString()));
                }
                if (schema.getMaximum() != null) {
                    values.add(new Value("maximum", schema.getMaximum().toPlainString()));
                    values.add(new Value(
                            "maximum + 1",
                            schema.getMaximum().add(BigDecimal.ONE).toPlainString()));
                }
                values.add(new Value("jqwik integer", Integer.toString(sample(Arbitraries.integers()))));
                values.add(new Value("jqwik long", Long.toString(sample(Arbitraries.longs()))));
                values.add(new Value("boolean instead of number", "false"));
                values.add(new Value("object instead of number", "{}"));
                values.add(new Value("array instead of number", "[1]"));
            }
            case "boolean" -> {
                values.add(new Value("text instead of boolean", quote("vielleicht")));
                values.add(new Value("\"true\" as text", quote("true")));
                values.add(new Value("1 instead of boolean", "1"));
                values.add(new Value("object instead of boolean", "{}"));
                values.add(new Value("array instead of boolean", "[true]"));
            }
            case "array" -> {
                values.add(new Value("string instead of array", quote("x")));
                values.add(new Value("array with null", "[null]"));
                values.add(new Value("empty array", "[]"));
                String item = schema.getItems() == null
                        ? "\"x\""
                        : validValues.of(schema.getItems()).toString();
                int tooMany = schema.getMaxItems() != null ? schema.getMaxItems() + 1 : 1000;
                values.add(new Value(
                        tooMany + " items",
                        "[" + String.join(",", java.util.Collections.nCopies(tooMany, item)) + "]"));
                values.add(new Value("nested array", "[[]]"));
                values.add(new Value("array of objects", "[{}]"));
                values.add(new Value("same item twice", "[" + item + "," + item + "]"));
                values.add(new Value("object instead of array", "{}"));
                values.add(new Value("number instead of array", "7"));
            }
            default -> {
                values.add(new Value("string instead of object", quote("x")));
                values.add(new Value("empty object", "{}"));
                values.add(new Value("array instead of object", "[]"));
                values.add(new Value("object with unknown field", "{\"unknownField\":\"x\"}"));
                values.add(new Value("number instead of object", "1"));
            }
        }
        return values;
    }

    private void formatValues(String format, List<Value> values) {
        switch (format) {
            case "date" -> {
                values.add(new Value("30 February", quote("2026-02-30")));
                values.add(new Value("month 13", quote("2026-13-01")));
                values.add(new Value("year 0", quote("0000-01-01")));
                values.add(new Value("year 9999", quote("9999-12-31")));
                values.add(new Value("largest date", quote("+999999999-12-31")));
                values.add(new Value("smallest date", quote("-999999999-01-01")));
                values.add(new Value("1900-01-01", quote("1900-01-01")));
                values.add(new Value("date without zero padding", quote("2026-1-1")));
                values.add(new Value("date-time instead of date", quote("2026-01-01T10:00:00Z")));
                values.add(new Value("word instead of date", quote("heute")));
            }
            case "date-time" -> {
                values.add(new Value("hour 25", quote("2026-01-01T25:00:00Z")));
                values.add(new Value("date instead of date-time", quote("2026-01-01")));
                values.add(new Value("largest instant", quote("+999999999-12-31T23:59:59Z")));
                values.add(new Value("year 9999", quote("9999-12-31T23:59:59Z")));
                values.add(new Value("epoch", quote("1970-01-01T00:00:00Z")));
                values.add(new Value("without zone", quote("2026-01-01T00:00:00")));
            }
            case "uuid" -> {
                values.add(new Value(
                        "unknown id",
                        quote(UUID.nameUUIDFromBytes(
                                        Long.toString(random.nextLong()).getBytes())
                                .toString())));
                values.add(new Value("not a UUID", quote("not-a-uuid")));
                values.add(new Value("nil UUID", quote("00000000-0000-0000-0000-000000000000")));
                values.add(new Value("UUID with braces", quote("{" + UUID.randomUUID() + "}")));
                values.add(new Value("UUID too long", quote(UUID.randomUUID() + "0")));
            }
            default -> {}
        }
    }

    private void stringValues(Schema<?> schema, List<Value> values) {
        values.add(new Value("empty string", quote("")));
        values.add(new Value("blank", quote("   ")));
        if (schema.getMaxLength() != null) {
            values.add(new Value("maxLength + 1", quote(letters(schema.getMaxLength() + 1))));
            values.add(new Value("maxLength", quote(letters(schema.getMaxLength()))));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 1) {
            values.add(new Value("minLength - 1", quote(letters(schema.getMinLength() - 1))));
        }
        if (schema.getPattern() != null) {
            values.add(new Value("not matching " + schema.getPattern(), quote("!?" + letters(3))));
        }
        values.add(new Value("100 kB of umlauts", quote("ä".repeat(50_000))));
        values.add(new Value("NUL inside", quote("ab\u0000cd")));
        values.add(new Value("bell", quote("\u0007")));
        values.add(new Value("escape sequence", quote("\u001b[2J")));
        values.add(new Value("DEL", quote("x\u007f")));
        values.add(new Value("C1 control", quote("x\u0085")));
        values.add(new Value("lone high surrogate", "\"x\\ud800\""));
        values.add(new Value("lone low surrogate", "\"\\udc00y\""));
        values.add(new Value("tab, line feed, carriage return", quote("a\tb\nc\rd")));
        values.add(new Value("right-to-left override", quote("\u202Etxt.exe")));
        values.add(new Value("emoji", quote("Anna \uD83D\uDE00")));
        values.add(new Value("SQL", quote("' OR '1'='1'; --")));
        values.add(new Value("format string", quote("%s%n%x")));
        values.add(new Value("markup", quote("<script>alert(1)</script>")));
        values.add(new Value(
                "jqwik string", quote(sample(Arbitraries.strings().all().ofMaxLength(60)))));
    }

    // ---- parameters ----

    private void pathMutations(Parameter parameter) {
        String name = parameter.getName();
        List<Value> values = new ArrayList<>(List.of(
                new Value(
                        "unknown id",
                        UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes())
                                .toString()),
                new Value("not a UUID", "not-a-uuid"),
                new Value("NUL", "%00"),
                new Value("invalid UTF-8", "%FF"),
                new Value("1000 characters", letters(1000)),
                new Value("number too large", "99999999999999999999")));
        List<Value> extras = List.of(
                new Value("nil UUID", "00000000-0000-0000-0000-000000000000"),
                new Value("blank", "%20"),
                new Value("dot dot", "%2E%2E"),
                new Value("encoded slash", "a%2Fb"),
                new Value("escape", "%1B%5B2J"),
                new Value("right-to-left override", "%E2%80%AE"),
                new Value("overlong encoding", "%C0%80"),
                new Value("SQL", RequestTemplate.encode("' OR '1'='1")),
                new Value("negative", "-1"),
                new Value("zero", "0"),
                new Value("fraction", "1.5"),
                new Value("umlauts", RequestTemplate.encode("äöü")));
        for (Value value : values) {
            RequestTemplate.Variant variant = valid.variant("path " + name + " = " + value.label());
            variant.path.put(name, value.json());
            core.add(variant.request());
        }
        for (Value value : extras) {
            RequestTemplate.Variant variant = valid.variant("path " + name + " = " + value.label());
            variant.path.put(name, value.json());
            extra.add(variant.request());
        }
        targets.add(new Target("path", name, null));
    }

    private void queryMutations(Parameter parameter) {
        String name = RequestTemplate.encode(parameter.getName());
        Schema<?> schema = parameter.getSchema();
        boolean array = schema != null && "array".equals(ValidValues.type(schema));
        Schema<?> item = array ? schema.getItems() : schema;
        String type = item == null ? "string" : ValidValues.type(item);
        String format = item == null || item.getFormat() == null ? "" : item.getFormat();
        List<Value> values = new ArrayList<>();
        values.add(new Value("empty", ""));
        values.add(new Value("NUL", "%00"));
        values.add(new Value("invalid UTF-8", "%FF"));
        values.add(new Value("5000 characters", letters(5000)));
        if (item != null && item.getEnum() != null && !item.getEnum().isEmpty()) {
            values.add(new Value("unknown enum value", "NOT_A_VALUE"));
            values.add(new Value(
                    "enum value in lower case",
                    RequestTemplate.encode(String.valueOf(item.getEnum().get(0)).toLowerCase(Locale.ROOT))));
            values.add(new Value("enum ordinal", "0"));
        }
        switch (type) {
            case "integer", "number" -> {
                values.add(new Value("text", "abc"));
                values.add(new Value("fraction", "1.5"));
                values.add(new Value("negative", "-1"));
                values.add(new Value("zero", "0"));
                values.add(new Value("int maximum", Integer.toString(Integer.MAX_VALUE)));
                values.add(new Value("int maximum + 1", "2147483648"));
                values.add(new Value("beyond long", "99999999999999999999"));
                values.add(new Value("exponent", "1e3"));
                values.add(new Value("jqwik integer", Integer.toString(sample(Arbitraries.integers()))));
            }
            case "boolean" -> {
                values.add(new Value("text", "vielleicht"));
                values.add(new Value("1", "1"));
            }
            default -> {}
        }
        switch (format) {
            case "date" -> {
                values.add(new Value("30 February", "2026-02-30"));
                values.add(new Value("year 0", "0000-01-01"));
                values.add(new Value("largest date", "%2B999999999-12-31"));
                values.add(new Value("smallest date", "-999999999-01-01"));
                values.add(new Value("word", "heute"));
            }
            case "date-time" -> {
                values.add(new Value("hour 25", "2026-01-01T25:00:00Z"));
                values.add(new Value("largest instant", "%2B999999999-12-31T23:59:59Z"));
            }
            case "uuid" -> {
                values.add(new Value("not a UUID", "not-a-uuid"));
                values.add(new Value("unknown id", UUID.randomUUID().toString()));
            }
            default -> {}
        }
        values.add(new Value("escape", "%1B%5B2J"));
        values.add(new Value("bell", "%07"));
        values.add(new Value("DEL", "%7F"));
        values.add(new Value("overlong encoding", "%C0%80"));
        values.add(new Value("encoded surrogate", "%ED%A0%80"));
        values.add(new Value("SQL", RequestTemplate.encode("' OR '1'='1")));
        values.add(new Value(
                "jqwik string",
                RequestTemplate.encode(sample(Arbitraries.strings().all().ofMaxLength(40)))));
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            RequestTemplate.Variant variant = valid.variant("query " + parameter.getName() + " = " + value.label());
            variant.withQuery(name, value.json());
            (i < 6 ? core : extra).add(variant.request());
        }
        if (Boolean.TRUE.equals(parameter.getRequired())) {
            core.add(valid.variant("query " + parameter.getName() + " missing")
                    .withoutQuery(name)
                    .request());
        }
        RequestTemplate.Variant repeated = valid.variant("query " + parameter.getName() + " twice");
        repeated.query.add(new String[] {name, values.size() > 5 ? values.get(5).json() : "x"});
        repeated.query.add(new String[] {name, "x"});
        extra.add(repeated.request());
        if (array) {
            RequestTemplate.Variant many = valid.variant("query " + parameter.getName() + " 500 times");
            for (int i = 0; i < 500; i++) {
                many.query.add(new String[] {name, i % 2 == 0 ? "NOT_A_VALUE" : "x" + i});
            }
            extra.add(many.request());
        }
        targets.add(new Target("query", name, null));
    }

    private void headerMutations(Parameter parameter) {
        String name = parameter.getName();
        for (Value value : List.of(
                new Value("empty", ""),
                new Value("1000 characters", letters(1000)),
                new Value("blank", " "),
                new Value(
                        "jqwik string",
                        sample(Arbitraries.strings().alpha().numeric().ofMaxLength(80))))) {
            RequestTemplate.Variant variant = valid.variant("header " + name + " = " + value.label());
            variant.headers.put(name, value.json());
            extra.add(variant.request());
        }
        if (Boolean.TRUE.equals(parameter.getRequired())) {
            RequestTemplate.Variant variant = valid.variant("header " + name + " missing");
            variant.headers.remove(name);
            core.add(variant.request());
        }
    }

    private void genericMutations() {
        RequestTemplate.Variant noToken = valid.variant("no token");
        noToken.token = null;
        core.add(noToken.request());
        for (String accept : List.of("application/xml", "text/csv", "*/*", "application/problem+json")) {
            RequestTemplate.Variant variant = valid.variant("Accept: " + accept);
            variant.headers.put("Accept", accept);
            extra.add(variant.request());
        }
        RequestTemplate.Variant correlation = valid.variant("X-Correlation-Id of 2000 characters");
        correlation.headers.put("X-Correlation-Id", letters(2000));
        extra.add(correlation.request());
        extra.add(valid.variant("unknown query parameter")
                .withQuery("unknownParameter", "1")
                .request());
        extra.add(valid.variant("query parameter with NUL name")
                .withQuery("%00", "1")
                .request());
        extra.add(valid.variant("query parameter without value")
                .withQuery("page", "")
                .request());
    }

    // ---- values drawn by jqwik, into a random target ----

    private FuzzRequest randomValue() {
        Target target = targets.isEmpty() ? null : targets.get(random.nextInt(targets.size()));
        if (target == null) {
            String value = sample(Arbitraries.strings().all().ofMaxLength(50));
            return valid.variant("unknown query parameter = jqwik string")
                    .withQuery("q" + random.nextInt(1000), RequestTemplate.encode(value))
                    .request();
        }
        switch (target.kind()) {
            case "path" -> {
                String value = sample(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60));
                RequestTemplate.Variant variant = valid.variant("path " + target.name() + " = jqwik string");
                variant.path.put(target.name(), RequestTemplate.encode(value));
                return variant.request();
            }
            case "query" -> {
                String value = sample(Arbitraries.oneOf(
                        Arbitraries.strings().all().ofMaxLength(60),
                        Arbitraries.integers().map(String::valueOf),
                        Arbitraries.longs().map(String::valueOf)));
                return valid.variant("query " + target.name() + " = jqwik value")
                        .withQuery(target.name(), RequestTemplate.encode(value))
                        .request();
            }
            default -> {
                String json = sample(anyJson());
                List<FuzzRequest> into = new ArrayList<>();
                field(into, target.bodyPath(), target.name() + " = jqwik value " + Texts.excerpt(json, 40), json);
                return into.isEmpty() ? valid.variant("valid request again").request() : into.get(0);
            }
        }
    }

    private static Arbitrary<String> anyJson() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80).map(InputGenerator::quote),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().map(String::valueOf),
                Arbitraries.doubles().filter(Double::isFinite).map(String::valueOf),
                Arbitraries.of("true", "false", "null", "{}", "[]"),
                Arbitraries.integers().list().ofMaxSize(5).map(Object::toString),
                Arbitraries.strings()
                        .alpha()
                        .ofMaxLength(10)
                        .list()
                        .ofMaxSize(4)
                        .map(list -> "["
                                + String.join(
                                        ",",
                                        list.stream().map(InputGenerator::quote).toList()) + "]"));
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generatorWithEmbeddedEdgeCases(GEN_SIZE).next(random).value();
    }

    private String letters(int length) {
        return sample(Arbitraries.strings().withCharRange('a', 'z').ofLength(Math.min(length, 64)))
                .repeat(length / Math.max(1, Math.min(length, 64)) + 1)
                .substring(0, length);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
