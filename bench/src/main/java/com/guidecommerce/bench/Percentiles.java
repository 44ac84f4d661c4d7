package com.guidecommerce.bench;

import java.util.Arrays;

/** Timings in nanoseconds and their percentiles in milliseconds, printed beside a goal. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The nearest-rank percentile, in milliseconds. */
    double millis(double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** One line: count, p50/p95/p99/max and whether p95 met the goal. */
    String line(String what, double goalP95Millis) {
        double p95 = millis(0.95);
        return String.format("[boards] %-50s n=%-5d p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms"
                        + "   goal p95 <= %,.0f ms  %s", what, sorted.length, millis(0.5), p95, millis(0.99),
                millis(1.0), goalP95Millis, p95 <= goalP95Millis ? "PASS" : "MISS");
    }
}
