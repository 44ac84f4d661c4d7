package com.guidecommerce.core.job;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Jobs for the runner's tests: each counts the runs of its body and can hold it until the test lets it finish. */
final class TestJobs {

    private TestJobs() {
    }

    /** A job whose body counts its runs and waits for {@link #finish()} once it was told to hold. */
    static final class CountingJob implements Job<String> {

        private final String name;
        private final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch finish = new CountDownLatch(1);
        private volatile boolean hold;
        private volatile RuntimeException failure;

        CountingJob(String name) {
            this.name = name;
        }

        CountingJob holding() {
            hold = true;
            return this;
        }

        CountingJob failingWith(RuntimeException e) {
            failure = e;
            return this;
        }

        void finish() {
            finish.countDown();
        }

        int runs() {
            return runs.get();
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String run() {
            int run = runs.incrementAndGet();
            started.countDown();
            if (hold) {
                try {
                    if (!finish.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the job finish");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return "run " + run;
        }

        @Override
        public String summarize(String result) {
            return "summary of " + result;
        }
    }
}
