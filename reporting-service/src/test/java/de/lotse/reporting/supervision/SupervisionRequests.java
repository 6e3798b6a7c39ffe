package de.lotse.reporting.supervision;

import java.util.Map;

/** Request bodies of the supervision API: a sample to draw and a case's review. */
public final class SupervisionRequests {
    private SupervisionRequests() {}

    /** A sample of {@code size} cases, drawn reproducibly with {@code seed}. */
    public static Map<String, Object> sample(int size, long seed) {
        return Map.of("size", size, "seed", seed);
    }

    /** A review with its result and no note. */
    public static Map<String, Object> review(String result) {
        return Map.of("result", result);
    }

    /** A review with its result and a note. */
    public static Map<String, Object> review(String result, String note) {
        return Map.of("result", result, "note", note);
    }
}
