package de.lotse.platform.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OpenAPI document with swagger-parser and lists what makes it wrong for a client: parser
 * messages, an {@code allOf} that combines a {@code $ref} with {@code type: object} (micronaut-openapi
 * writes that for a described enum or record property in a grouped document; for an enum no value
 * satisfies it), and any schema of an enum property whose declared types its values cannot meet.
 */
public final class OpenApiSchemaChecks {
    private static final String REF_PREFIX = "#/components/schemas/";

    private OpenApiSchemaChecks() {}

    public static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (result.getOpenAPI() == null) {
            throw new AssertionError("not an OpenAPI document: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** Every problem found, each naming where ({@code components.Partner.type}, {@code POST /api/x request}). */
    public static List<String> problems(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            problems.add("not an OpenAPI document");
            return problems;
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> components =
                api.getComponents() == null || api.getComponents().getSchemas() == null
                        ? Map.of()
                        : api.getComponents().getSchemas();
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.forEach((name, schema) -> check("components." + name, schema, components, problems, seen));
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) ->
                                    checkOperation(method + " " + path, operation, components, problems, seen)));
        }
        return problems;
    }

    @SuppressWarnings("rawtypes")
    private static void checkOperation(
            String where,
            Operation operation,
            Map<String, Schema> components,
            List<String> problems,
            Set<Schema<?>> seen) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                check(where + " parameter " + parameter.getName(), parameter.getSchema(), components, problems, seen);
            }
        }
        if (operation.getRequestBody() != null) {
            checkContent(where + " request", operation.getRequestBody().getContent(), components, problems, seen);
        }
        if (operation.getResponses() != null) {
            operation
                    .getResponses()
                    .forEach((status, response) ->
                            checkContent(where + " " + status, response.getContent(), components, problems, seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void checkContent(
            String where, Content content, Map<String, Schema> components, List<String> problems, Set<Schema<?>> seen) {
        if (content != null) {
            content.forEach((type, media) -> check(where + " " + type, media.getSchema(), components, problems, seen));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void check(
            String where,
            Schema<?> schema,
            Map<String, Schema> components,
            List<String> problems,
            Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        List<Schema> allOf = schema.getAllOf() == null ? List.of() : schema.getAllOf();
        boolean hasRef = allOf.stream().anyMatch(s -> s.get$ref() != null);
        boolean hasObject = allOf.stream().anyMatch(s -> s.get$ref() == null && "object".equals(s.getType()));
        if (hasRef && hasObject) {
            problems.add(where + ": allOf combines a $ref with type: object");
        }
        checkEnum(where, schema, allOf, components, problems);
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach((name, property) -> check(where + "." + name, property, components, problems, seen));
        }
        check(where + "[]", schema.getItems(), components, problems, seen);
        if (schema.getAdditionalProperties() instanceof Schema values) {
            check(where + "{}", values, components, problems, seen);
        }
        for (List<Schema> composed : new List[] {allOf, schema.getOneOf(), schema.getAnyOf()}) {
            if (composed != null) {
                composed.forEach(part -> check(where, part, components, problems, seen));
            }
        }
    }

    /** An enum reached through $ref (directly or in allOf): every other declared type must be the enum's. */
    @SuppressWarnings("rawtypes")
    private static void checkEnum(
            String where, Schema<?> schema, List<Schema> allOf, Map<String, Schema> components, List<String> problems) {
        List<Schema> parts = new ArrayList<>();
        parts.add(schema);
        parts.addAll(allOf);
        Schema<?> enumSchema = null;
        for (Schema part : parts) {
            Schema<?> resolved = resolve(part, components);
            if (resolved != null
                    && resolved.getEnum() != null
                    && !resolved.getEnum().isEmpty()) {
                enumSchema = resolved;
            }
        }
        if (enumSchema == null) {
            return;
        }
        String enumType = enumSchema.getType() == null ? "string" : enumSchema.getType();
        for (Object value : enumSchema.getEnum()) {
            if (value != null && !fits(value, enumType)) {
                problems.add(where + ": enum value " + value + " is no " + enumType);
            }
        }
        for (Schema part : parts) {
            Schema<?> resolved = resolve(part, components);
            String type = resolved == null ? null : resolved.getType();
            if (type != null && !type.equals(enumType)) {
                problems.add(where + ": enum of " + enumType + " values declared as type " + type
                        + "; no value satisfies it");
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> resolve(Schema<?> schema, Map<String, Schema> components) {
        Schema<?> current = schema;
        for (int i = 0; current != null && current.get$ref() != null && i < 10; i++) {
            String ref = current.get$ref();
            current = ref.startsWith(REF_PREFIX) ? components.get(ref.substring(REF_PREFIX.length())) : null;
        }
        return current;
    }

    private static boolean fits(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" ->
                value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> false;
        };
    }
}
