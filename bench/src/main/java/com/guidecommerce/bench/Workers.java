package com.guidecommerce.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs the same work on a few named threads at once and waits for all of them; the first failure is rethrown. */
final class Workers {

    /** One thread's share of the work. */
    interface Work {
        void run(int worker) throws Exception;
    }

    private Workers() {
    }

    static void runAll(String name, int count, Work work) {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            final int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    work.run(worker);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, name + "-" + w);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(name + " failed", failures.get(0));
        }
    }
}
