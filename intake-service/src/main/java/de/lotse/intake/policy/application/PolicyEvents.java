package de.lotse.intake.policy.application;

import de.lotse.intake.policy.domain.PolicySettings;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Flattens policy settings into the {@code policy-changed} payload: one entry per setting with a
 * dotted name ({@code access.minNeeds=3}, {@code contactRule.maxGapMonths=2}), lists joined by
 * commas, the closure catalogue keyed by reason code ({@code closureReasons.EMPLOYMENT.integration=true}).
 * Unset settings are left out. Codes and numbers only, as every event (the labels of closure reasons
 * are catalogue texts, not personal data).
 */
@Singleton
class PolicyEvents {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private final JsonMapper json;

    PolicyEvents(JsonMapper json) {
        this.json = json;
    }

    Map<String, String> flatten(PolicySettings settings) {
        try {
            Map<String, Object> tree = json.readValue(json.writeValueAsBytes(settings), MAP);
            Map<String, String> flat = new TreeMap<>();
            flatten("", tree, flat);
            return flat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, child, flat));
        } else if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.get(0) instanceof Map<?, ?> first && first.containsKey("code")) {
                for (Object element : list) {
                    Map<String, Object> entry = (Map<String, Object>) element;
                    entry.forEach((key, child) -> {
                        if (!"code".equals(key)) {
                            flatten(prefix + "." + entry.get("code") + "." + key, child, flat);
                        }
                    });
                }
            } else {
                flat.put(prefix, list.stream().map(String::valueOf).sorted().collect(Collectors.joining(",")));
            }
        } else {
            flat.put(prefix, String.valueOf(value));
        }
    }
}
