package de.lotse.benchmark;

import org.HdrHistogram.Histogram;

/**
 * Latency histogram in microseconds (3 significant digits, up to one hour). Not thread-safe:
 * each worker records into its own and the results are merged after the workers have ended.
 */
final class Figures {
    private final Histogram histogram = new Histogram(3_600_000_000L, 3);

    void record(long nanos) {
        histogram.recordValue(Math.min(3_600_000_000L, Math.max(1, nanos / 1000)));
    }

    void add(Figures other) {
        histogram.add(other.histogram);
    }

    long count() {
        return histogram.getTotalCount();
    }

    double p50Millis() {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(50) / 1000.0;
    }

    double p99Millis() {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(99) / 1000.0;
    }

    double maxMillis() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    double meanMillis() {
        return count() == 0 ? Double.NaN : histogram.getMean() / 1000.0;
    }
}
