package org.scholargraph.bench;

import java.util.Arrays;

/**
 * Median and maximum of repeated timings.
 *
 * @param rows rows the query returned (0 for whole-process runs), to show it did real work
 */
public record Latency(double medianMs, double maxMs, int runs, long rows) {
    static Latency of(double[] millis, long rows) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Latency(round(median), round(sorted[n - 1]), n, rows);
    }

    static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
