package de.lotse.platform.policyreference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Jobcenter's current policy as {@code policy-changed} carries it: version, preset and the
 * flattened settings ({@code access.minNeeds=3}, {@code profileScheme=BA_PROFILES}, …).
 */
public record PolicyReference(String jobcenterId, int policyVersion, String presetCode, Map<String, String> settings) {

    public PolicyReference {
        settings = Map.copyOf(settings);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    public Optional<Integer> intSetting(String name) {
        return setting(name).map(Integer::valueOf);
    }

    public boolean flag(String name) {
        return setting(name).map(Boolean::parseBoolean).orElse(false);
    }

    public List<String> listSetting(String name) {
        return setting(name)
                .filter(value -> !value.isBlank())
                .map(value -> Arrays.asList(value.split(",")))
                .orElse(List.of());
    }
}
