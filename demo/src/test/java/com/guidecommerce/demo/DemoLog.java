package com.guidecommerce.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The running demo mall's output, line by line as its process writes it, for tests that check what was logged.
 * The output is read on another thread, so a test waits for a line rather than expecting it at once.
 */
public final class DemoLog {

    private final List<String> lines = new ArrayList<String>();

    synchronized void append(String line) {
        lines.add(line);
        notifyAll();
    }

    /** Waits until a line containing {@code text} was written, at most {@code seconds}; whether one was. */
    public synchronized boolean awaitLine(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (lines.get(checked).contains(text)) {
                    return true;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
