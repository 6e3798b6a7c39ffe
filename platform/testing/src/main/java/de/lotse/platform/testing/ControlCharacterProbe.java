package de.lotse.platform.testing;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts the platform's refusal of control characters (issue 15): a 400 problem whose violations
 * name exactly the given fields, each with rule {@code control-character}.
 */
public final class ControlCharacterProbe {
    /** U+0000, the character PostgreSQL refuses in text. */
    public static final String NUL = "\u0000";

    public static final String RULE = "control-character";

    private ControlCharacterProbe() {}

    /** Asserts the problem (from {@link ServiceIT#problem}) names these fields, and only these, with the rule. */
    public static void assertRefused(Map<String, Object> problem, String... fields) {
        assertThat(problem).containsEntry("status", 400).containsEntry("type", "invalid-request");
        assertThat(violations(problem)).allSatisfy(v -> assertThat(v).containsEntry("rule", RULE));
        assertThat(fields(problem)).containsExactlyInAnyOrder(fields);
    }

    public static List<String> fields(Map<String, Object> problem) {
        return violations(problem).stream().map(v -> (String) v.get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.getOrDefault("violations", List.of());
    }
}
