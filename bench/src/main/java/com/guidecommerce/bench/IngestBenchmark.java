package com.guidecommerce.bench;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds the stream to the real {@code gcChannelIngestService} through {@code ingestAll}, one channel's batch per call,
 * taking the channels in turn, and times the whole run on the wall clock.
 */
final class IngestBenchmark {

    /** What the run did and how long it took. */
    static final class Outcome {
        long nanos;
        long steadyNanos;
        long steadyLines;
        long paidLinesAccepted;
        long entriesWritten;
        long calls;
        long[] callNanos;
        final Map<String, Long> byResult = new TreeMap<>();
        final Map<String, Long> rejectedReasons = new TreeMap<>();

        double linesPerSecond() {
            return paidLinesAccepted / (nanos / 1e9);
        }

        double steadyLinesPerSecond() {
            return steadyNanos == 0 ? 0 : steadyLines / (steadyNanos / 1e9);
        }

        long percentileMillis(double p) {
            long[] sorted = callNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1_000_000;
        }
    }

    private final ApplicationContext context;
    private final int batch;

    IngestBenchmark(ApplicationContext context, int batch) {
        this.context = context;
        this.batch = batch;
    }

    Outcome run(List<List<Delivery>> stream) {
        ChannelIngestService ingest = context.getBean("gcChannelIngestService", ChannelIngestService.class);
        List<Channel> channels = loadChannels();
        int[] next = new int[stream.size()];
        long total = stream.stream().mapToLong(List::size).sum();
        long expectedCalls = 0;
        for (List<Delivery> list : stream) {
            expectedCalls += (list.size() + batch - 1) / batch;
        }
        Outcome outcome = new Outcome();
        outcome.callNanos = new long[(int) expectedCalls];
        long steadyFrom = expectedCalls / 10;
        long sent = 0;
        long lastReport = System.nanoTime();
        long start = System.nanoTime();
        long steadyStart = 0;
        boolean more = true;
        while (more) {
            more = false;
            for (int c = 0; c < stream.size(); c++) {
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
                if (outcome.calls == steadyFrom) {
                    steadyStart = System.nanoTime();
                }
                long t0 = System.nanoTime();
                List<IngestResult> results = ingest.ingestAll(channels.get(c), IngestSource.BENCH, bodies);
                outcome.callNanos[(int) outcome.calls++] = System.nanoTime() - t0;
                long lines = tally(outcome, slice, results);
                if (outcome.calls > steadyFrom) {
                    outcome.steadyLines += lines;
                }
                next[c] = end;
                sent += slice.size();
                if (System.nanoTime() - lastReport > 15_000_000_000L) {
                    lastReport = System.nanoTime();
                    double seconds = (lastReport - start) / 1e9;
                    System.out.printf("[bench]   %,d / %,d events, %,d lines, %.0f lines/s%n", sent, total,
                            outcome.paidLinesAccepted, outcome.paidLinesAccepted / seconds);
                }
            }
        }
        long end = System.nanoTime();
        outcome.nanos = end - start;
        outcome.steadyNanos = steadyStart == 0 ? 0 : end - steadyStart;
        return outcome;
    }

    private static long tally(Outcome outcome, List<Delivery> slice, List<IngestResult> results) {
        if (results.size() != slice.size()) {
            throw new IllegalStateException("ingestAll answered " + results.size() + " results for " + slice.size());
        }
        long lines = 0;
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
                lines += delivery.lines();
            }
        }
        return lines;
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
