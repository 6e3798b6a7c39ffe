package de.lotse.platform.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import de.lotse.platform.input.ControlCharacters.Finding;
import de.lotse.platform.problem.Problem;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON request body once with a streaming parser and names every string value and object
 * key that holds a control character or a lone surrogate ({@link ControlCharacters}), by its JSON
 * path ({@code intermediateGoals[0].text}). Line breaks pass only in {@link MultiLine} properties of
 * the body type. Raw (unescaped) control characters are read too, so they are named like escaped
 * ones instead of ending as "no valid JSON". A body that is no valid JSON otherwise is left to the
 * binding, which reports it.
 */
final class JsonInputScanner {
    static final String RULE = "control-character";
    /** Enough to show the caller what is wrong; a body full of NULs need not be listed whole. */
    static final int MAX_VIOLATIONS = 20;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /** The violations in the body, empty when it is clean; {@code shape} null: every string is single-line. */
    List<Problem.Violation> scan(byte[] body, @Nullable MultiLineFields.Shape shape) {
        List<Problem.Violation> violations = new ArrayList<>();
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && violations.size() < MAX_VIOLATIONS) {
                if (token != JsonToken.VALUE_STRING && token != JsonToken.FIELD_NAME) {
                    continue;
                }
                Finding finding = ControlCharacters.find(
                        parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                if (finding == null) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.FIELD_NAME) {
                    // a key is single-line; name the object that holds it (the map property, e.g.
                    // facts.needsByKeyGroup)
                    String holder = path(steps(context.getParent()));
                    violations.add(violation(
                            holder != null ? holder : ControlCharacters.visible(parser.currentName()), finding));
                } else {
                    List<Object> steps = steps(context);
                    boolean multiLine =
                            finding == Finding.LINE_BREAK && shape != null && MultiLineFields.isMultiLine(shape, steps);
                    if (!ControlCharacters.acceptable(finding, multiLine)) {
                        violations.add(violation(path(steps), finding));
                    }
                }
            }
        } catch (IOException malformed) {
            // no valid JSON: the body binding answers 400 with its own violation
        }
        return violations;
    }

    private static Problem.Violation violation(@Nullable String field, Finding finding) {
        return new Problem.Violation(field, RULE, ControlCharacters.message(finding));
    }

    /** Property names and map keys as strings, list indexes as integers, from the root down. */
    static List<Object> steps(@Nullable JsonStreamContext context) {
        List<Object> steps = new ArrayList<>(8);
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
        }
        return steps;
    }

    /** {@code a.b[0].c}; null for the root. */
    @Nullable
    static String path(List<Object> steps) {
        if (steps.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ControlCharacters.visible(String.valueOf(step)));
            }
        }
        return path.toString();
    }
}
