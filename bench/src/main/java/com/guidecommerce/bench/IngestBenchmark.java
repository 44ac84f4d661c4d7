package com.guidecommerce.bench;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import org.springframework.context.ApplicationContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds the stream to the real {@code gcChannelIngestService} through {@code ingestAll}, one channel's batch per call,
 * taking the channels in turn, and times the whole run on the wall clock until what it wrote is on disk.
 */
final class IngestBenchmark {

    /** What the pipeline writes: the channel's tables, the ledger's and the boards' daily figures. */
    private static final List<String> PIPELINE_TABLES = List.of("GC_CHANNEL_EVENT", "GC_CHANNEL_ORDER",
            "GC_CHANNEL_ORDER_LINE", "GC_COMMISSION_ENTRY", "GC_ORDER_ATTRIBUTION", "GC_MEMBER_IDENTITY",
            "GC_FIG_GUIDE_DAY", "GC_FIG_STORE_DAY", "GC_FIG_MONTH");

    /** What the run did and how long it took. */
    static final class Outcome {
        long nanos;
        long flushNanos;
        long paidLinesAccepted;
        long entriesWritten;
        long calls;
        long[] callNanos;
        final Map<String, Long> byResult = new TreeMap<>();
        final Map<String, Long> rejectedReasons = new TreeMap<>();

        /** Ingesting, and then writing what it left in memory to disk. */
        long totalNanos() {
            return nanos + flushNanos;
        }

        double linesPerSecond() {
            return paidLinesAccepted / (totalNanos() / 1e9);
        }

        /** This run followed by {@code next}: times, counts and calls added up. */
        Outcome plus(Outcome next) {
            Outcome sum = new Outcome();
            sum.nanos = nanos + next.nanos;
            sum.flushNanos = flushNanos + next.flushNanos;
            sum.paidLinesAccepted = paidLinesAccepted + next.paidLinesAccepted;
            sum.entriesWritten = entriesWritten + next.entriesWritten;
            sum.calls = calls + next.calls;
            sum.callNanos = Arrays.copyOf(callNanos, callNanos.length + next.callNanos.length);
            System.arraycopy(next.callNanos, 0, sum.callNanos, callNanos.length, next.callNanos.length);
            for (Outcome part : List.of(this, next)) {
                part.byResult.forEach((key, count) -> sum.byResult.merge(key, count, Long::sum));
                part.rejectedReasons.forEach((key, count) -> sum.rejectedReasons.merge(key, count, Long::sum));
            }
            return sum;
        }

        long percentileMillis(double p) {
            long[] sorted = callNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1_000_000;
        }
    }

    private final ApplicationContext context;
    private final BenchOptions options;
    private final int batch;
    private final int threads;

    IngestBenchmark(ApplicationContext context, BenchOptions options) {
        this.context = context;
        this.options = options;
        this.batch = options.batch;
        this.threads = options.threads;
    }

    /** Ingests the stream, then writes the pages it changed to disk; both are timed. */
    Outcome runToDisk(List<List<Delivery>> stream) throws SQLException {
        Outcome outcome = run(stream);
        long flushStart = System.nanoTime();
        try (Connection connection = BenchContext.connect(options)) {
            BenchContext.flushToDisk(connection, PIPELINE_TABLES);
        }
        outcome.flushNanos = System.nanoTime() - flushStart;
        return outcome;
    }

    private Outcome run(List<List<Delivery>> stream) {
        ChannelIngestService ingest = context.getBean("gcChannelIngestService", ChannelIngestService.class);
        List<Channel> channels = loadChannels();
        long total = stream.stream().mapToLong(List::size).sum();
        long expectedCalls = 0;
        for (List<Delivery> list : stream) {
            expectedCalls += (list.size() + batch - 1) / batch;
        }
        Outcome outcome = new Outcome();
        outcome.callNanos = new long[(int) expectedCalls];
        long[] progress = new long[] {0, System.nanoTime()};
        long start = System.nanoTime();
        Workers.runAll("bench-caller", threads, worker -> feed(worker, stream, channels, ingest, outcome, progress,
                total, start));
        long end = System.nanoTime();
        outcome.nanos = end - start;
        return outcome;
    }

    /** One caller: the channels {@code worker} modulo {@code threads}, a batch of each in turn. */
    private void feed(int worker, List<List<Delivery>> stream, List<Channel> channels, ChannelIngestService ingest,
                      Outcome outcome, long[] progress, long total, long start) {
        int[] next = new int[stream.size()];
        boolean more = true;
        while (more) {
            more = false;
            for (int c = worker; c < stream.size(); c += threads) {
                List<Delivery> list = stream.get(c);
                if (next[c] >= list.size()) {
                    continue;
                }
                more = true;
                int end = Math.min(list.size(), next[c] + batch);
                List<Delivery> slice = list.subList(next[c], end);
                List<String> bodies = new ArrayList<>(slice.size());
                for (Delivery delivery : slice) {
                    bodies.add(delivery.body());
                }
                long t0 = System.nanoTime();
                List<IngestResult> results = ingest.ingestAll(channels.get(c), IngestSource.BENCH, bodies);
                long took = System.nanoTime() - t0;
                next[c] = end;
                synchronized (outcome) {
                    outcome.callNanos[(int) outcome.calls++] = took;
                    tally(outcome, slice, results);
                    progress[0] += slice.size();
                    if (System.nanoTime() - progress[1] > 15_000_000_000L) {
                        progress[1] = System.nanoTime();
                        double seconds = (progress[1] - start) / 1e9;
                        System.out.printf("[bench]   %,d / %,d events, %,d lines, %.0f lines/s%n", progress[0], total,
                                outcome.paidLinesAccepted, outcome.paidLinesAccepted / seconds);
                    }
                }
            }
        }
    }

    private static void tally(Outcome outcome, List<Delivery> slice, List<IngestResult> results) {
        if (results.size() != slice.size()) {
            throw new IllegalStateException("ingestAll answered " + results.size() + " results for " + slice.size());
        }
        for (int i = 0; i < slice.size(); i++) {
            Delivery delivery = slice.get(i);
            IngestResult result = results.get(i);
            String key = delivery.type() + " " + result.getStatus()
                    + (result.getStatus() == IngestResult.Status.ACCEPTED ? "/" + result.getOutcome() : "");
            outcome.byResult.merge(key, 1L, Long::sum);
            outcome.entriesWritten += result.getEntriesWritten();
            if (result.getStatus() == IngestResult.Status.REJECTED) {
                outcome.rejectedReasons.merge(result.describeErrors(), 1L, Long::sum);
            }
            if (delivery.type() == EventType.ORDER_PAID && result.getStatus() == IngestResult.Status.ACCEPTED) {
                outcome.paidLinesAccepted += delivery.lines();
            }
        }
    }

    private List<Channel> loadChannels() {
        ChannelService registry = context.getBean("gcChannelService", ChannelService.class);
        List<Channel> channels = new ArrayList<>();
        for (String code : BenchChannels.CODES) {
            channels.add(registry.findByCode(code));
        }
        return channels;
    }
}
