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
    private final int threads;

    IngestBenchmark(ApplicationContext context, int batch, int threads) {
        this.context = context;
        this.batch = batch;
        this.threads = threads;
    }

    Outcome run(List<List<Delivery>> stream) {
        ChannelIngestService ingest = context.getBean("gcChannelIngestService", ChannelIngestService.class);
        List<Channel> channels = loadChannels();
        long total = stream.stream().mapToLong(List::size).sum();
        long expectedCalls = 0;
        for (List<Delivery> list : stream) {
            expectedCalls += (list.size() + batch - 1) / batch;
        }
        Outcome outcome = new Outcome();
        outcome.callNanos = new long[(int) expectedCalls];
        long steadyFrom = expectedCalls / 10;
        long[] progress = new long[] {0, System.nanoTime()};
        long start = System.nanoTime();
        long[] steadyStart = new long[1];
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            final int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    feed(worker, stream, channels, ingest, outcome, steadyFrom, steadyStart, progress, total, start);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bench-caller-" + w);
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a caller failed", failures.get(0));
        }
        long end = System.nanoTime();
        outcome.nanos = end - start;
        outcome.steadyNanos = steadyStart[0] == 0 ? 0 : end - steadyStart[0];
        return outcome;
    }

    /** One caller: the channels {@code worker} modulo {@code threads}, a batch of each in turn. */
    private void feed(int worker, List<List<Delivery>> stream, List<Channel> channels, ChannelIngestService ingest,
                      Outcome outcome, long steadyFrom, long[] steadyStart, long[] progress, long total, long start) {
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
                    if (outcome.calls == steadyFrom) {
                        steadyStart[0] = t0;
                    }
                    outcome.callNanos[(int) outcome.calls++] = took;
                    long lines = tally(outcome, slice, results);
                    if (outcome.calls > steadyFrom) {
                        outcome.steadyLines += lines;
                    }
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
