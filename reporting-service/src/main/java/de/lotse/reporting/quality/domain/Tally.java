package de.lotse.reporting.quality.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the dashboard counters from re-evaluated cases: the old row's counts out, the new row's
 * in. Keys come out sorted, so concurrent transactions update counter rows in the same order and
 * cannot deadlock on them.
 */
public final class Tally {
    /** One counter row: per Jobcenter, team and FM (empty for referrals waiting for an FM). */
    public record Key(String jobcenterId, String teamId, String caseManagerId) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::jobcenterId)
                .thenComparing(Key::teamId)
                .thenComparing(Key::caseManagerId);
    }

    private final Map<Key, long[]> deltas = new TreeMap<>(Key.ORDER);

    public void replace(CaseQuality before, CaseQuality after) {
        if (before != null) {
            add(before.tallyKey(), before.counts(), -1);
        }
        if (after != null) {
            add(after.tallyKey(), after.counts(), 1);
        }
    }

    private void add(Key key, long[] counts, int sign) {
        long[] sum = deltas.computeIfAbsent(key, k -> new long[CaseQuality.COUNTERS]);
        for (int i = 0; i < counts.length; i++) {
            sum[i] += sign * counts[i];
        }
    }

    /** The non-zero changes, sorted by key. */
    public Map<Key, long[]> changes() {
        Map<Key, long[]> changes = new TreeMap<>(Key.ORDER);
        deltas.forEach((key, counts) -> {
            if (Arrays.stream(counts).anyMatch(c -> c != 0)) {
                changes.put(key, counts.clone());
            }
        });
        return changes;
    }
}
