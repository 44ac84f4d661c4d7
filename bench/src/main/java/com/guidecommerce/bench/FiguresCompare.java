package com.guidecommerce.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline with the boards' figures off and on in one run: each channel's orders split by position into four equal
 * parts, ingested as four consecutive segments (figures off, on, off, on), each timed until its pages are on disk, so
 * that neither side has the emptier tables. A segment holds its orders' completions, refunds and resends too, so both
 * sides ingest the same mix (split by delivery position, the last quarter would hold the stream's tail of completions
 * and refunds, with few new orders). The ledger is the same either way; only the figure tables differ.
 */
final class FiguresCompare {

    private static final double GOAL_SLOWER = 0.10;
    private static final int SEGMENTS = 4;

    private final IngestBenchmark benchmark;
    private final FiguresSwitch figures;
    private final List<IngestBenchmark.Outcome> segments = new ArrayList<>();

    FiguresCompare(IngestBenchmark benchmark, FiguresSwitch figures) {
        this.benchmark = benchmark;
        this.figures = figures;
    }

    /** Runs the four segments, printing each; answers all of them added up. */
    IngestBenchmark.Outcome run(List<List<Delivery>> stream) throws SQLException {
        for (int segment = 0; segment < SEGMENTS; segment++) {
            figures.set(isOn(segment));
            IngestBenchmark.Outcome outcome = benchmark.runToDisk(part(stream, segment));
            System.out.printf("[bench] segment %d, figures %-3s %,9d lines in %6.1f s = %,6.0f lines/s%n", segment + 1,
                    isOn(segment) ? "on:" : "off:", outcome.paidLinesAccepted, outcome.totalNanos() / 1e9,
                    outcome.linesPerSecond());
            segments.add(outcome);
        }
        figures.set(true);
        return sum(0, true).plus(sum(0, false));
    }

    /** The figures-on side's rate: what production runs. */
    double linesPerSecondOn() {
        return sum(0, true).linesPerSecond();
    }

    /**
     * Each side, and the two compared; then again without the first segment, which also warms the JVM and the
     * server's caches up: segments 2 and 4 against 3 have the same mean position in the stream, so neither side has
     * the emptier tables there either.
     */
    void print() {
        IngestBenchmark.Outcome on = sum(0, true);
        IngestBenchmark.Outcome off = sum(0, false);
        for (IngestBenchmark.Outcome side : List.of(off, on)) {
            System.out.printf("[bench] figures %-3s %,d lines in %.1f s = %,.0f lines/s%n", side == on ? "on:" : "off:",
                    side.paidLinesAccepted, side.totalNanos() / 1e9, side.linesPerSecond());
        }
        compare("FIGURES", on, off);
        compare("FIGURES AFTER WARM-UP (segments 2-4)", sum(1, true), sum(1, false));
    }

    private static void compare(String label, IngestBenchmark.Outcome on, IngestBenchmark.Outcome off) {
        double slower = 1 - on.linesPerSecond() / off.linesPerSecond();
        System.out.printf("[bench] %s: on %,.0f lines/s vs off %,.0f lines/s = %.1f %% %s (goal <= %.0f %%) %s%n",
                label, on.linesPerSecond(), off.linesPerSecond(), Math.abs(slower) * 100,
                slower >= 0 ? "slower" : "faster", GOAL_SLOWER * 100, slower <= GOAL_SLOWER ? "MET" : "MISSED");
    }

    /** The segments from {@code first} on of one side, added up. */
    private IngestBenchmark.Outcome sum(int first, boolean on) {
        IngestBenchmark.Outcome sum = null;
        for (int segment = first; segment < segments.size(); segment++) {
            if (isOn(segment) == on) {
                sum = sum == null ? segments.get(segment) : sum.plus(segments.get(segment));
            }
        }
        return sum;
    }

    private static boolean isOn(int segment) {
        return segment % 2 == 1;
    }

    /**
     * The deliveries of each channel's {@code segment}-th quarter of orders, in sending order: every segment holds
     * whole orders with their completions, refunds and resends, so each side ingests the same mix of events.
     */
    private static List<List<Delivery>> part(List<List<Delivery>> stream, int segment) {
        List<List<Delivery>> part = new ArrayList<>(stream.size());
        for (List<Delivery> channel : stream) {
            long orders = channel.stream().mapToInt(Delivery::order).max().orElse(0) + 1L;
            part.add(channel.stream().filter(d -> (long) d.order() * SEGMENTS / orders == segment).toList());
        }
        return part;
    }
}
