package de.lotse.benchmark;

import org.HdrHistogram.Histogram;

/** Latency histogram (microseconds) with the figures the report prints. */
final class Figures {
    private final Histogram histogram = new Histogram(3_600_000_000L, 3);

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1, nanos / 1000));
    }

    synchronized void add(Figures other) {
        histogram.add(other.histogram);
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized double p50Millis() {
        return histogram.getValueAtPercentile(50) / 1000.0;
    }

    synchronized double p99Millis() {
        return histogram.getValueAtPercentile(99) / 1000.0;
    }

    synchronized double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }
}
