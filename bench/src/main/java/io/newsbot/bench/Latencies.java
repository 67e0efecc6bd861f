package io.newsbot.bench;

import java.util.Arrays;

/** Collects durations and reports percentiles in milliseconds. Thread-safe. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long elapsedNanos) {
        if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
        nanos[size++] = elapsedNanos;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (0..100) in milliseconds, nearest rank. */
    synchronized double percentileMs(double p) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    synchronized double meanMs() {
        if (size == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < size; i++) sum += nanos[i];
        return sum / size / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p99 %.1f ms (n=%d)", percentileMs(50), percentileMs(99), count());
    }
}
