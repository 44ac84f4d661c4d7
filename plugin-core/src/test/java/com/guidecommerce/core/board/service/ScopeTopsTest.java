package com.guidecommerce.core.board.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-build tops a node keeps: one read per key however many ask at once, a failed read forgotten. */
class ScopeTopsTest {

    private static final String NATION = ScopeTops.key("M2031-01", 7, "NET_SALES", BoardScope.nation());

    @Test
    void shouldReadAKeyOnceWhileOthersAskingAtTheSameTimeWaitForIt() throws Exception {
        final ScopeTops tops = new ScopeTops(100);
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final ScopeTops.Top read = new ScopeTops.Top(3, Collections.singletonList(
                new BoardEntry(1, 42L, "G0042", "Lin", new BigDecimal("9.90"))));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ScopeTops.Top> first = pool.submit(() -> tops.get(NATION, () -> {
                reads.incrementAndGet();
                reading.countDown();
                await(release);
                return read;
            }));
            assertTrue(reading.await(10, TimeUnit.SECONDS), "the first reader reads");
            Future<ScopeTops.Top> second = pool.submit(() -> tops.get(NATION, () -> {
                reads.incrementAndGet();
                return new ScopeTops.Top(0, Collections.<BoardEntry>emptyList());
            }));
            release.countDown();

            assertSame(read, first.get(10, TimeUnit.SECONDS));
            assertSame(read, second.get(10, TimeUnit.SECONDS));
            assertEquals(1, reads.get(), "one read for both");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldForgetAFailedReadSoTheNextReaderTriesAgain() {
        ScopeTops tops = new ScopeTops(100);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> tops.get(NATION, () -> {
            throw new IllegalStateException("database gone");
        }));
        assertEquals("database gone", failure.getMessage());

        assertEquals(5, tops.get(NATION, () -> new ScopeTops.Top(5, Collections.<BoardEntry>emptyList())).getOf());
    }

    @Test
    void shouldKeepADifferentTopForEachBuildOfAPeriod() {
        ScopeTops tops = new ScopeTops(100);
        String next = ScopeTops.key("M2031-01", 8, "NET_SALES", BoardScope.nation());
        tops.get(NATION, () -> new ScopeTops.Top(1, Collections.<BoardEntry>emptyList()));

        assertEquals(2, tops.get(next, () -> new ScopeTops.Top(2, Collections.<BoardEntry>emptyList())).getOf());
        assertEquals(1, tops.get(NATION, () -> new ScopeTops.Top(9, Collections.<BoardEntry>emptyList())).getOf());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
