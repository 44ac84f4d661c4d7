package com.guidecommerce.core.test;

import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Date;

/**
 * A test's clock: {@code SystemTime} stopped at moments the test chooses, counted from when the test began, and given
 * back to the real clock after each test. Register it as an instance field with {@code @RegisterExtension}.
 */
public final class TestClock implements AfterEachCallback {

    /** Whole seconds, because MySQL's DATETIME columns keep no fraction of a second. */
    private final long start = System.currentTimeMillis() / 1000 * 1000;

    /** The moment the test began, in epoch milliseconds. */
    public long start() {
        return start;
    }

    /** Stops {@code SystemTime} at {@code offsetMillis} after the start; returns that moment. */
    public Date at(long offsetMillis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(start + offsetMillis));
        return new Date(start + offsetMillis);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SystemTime.resetGlobalTimeSource();
    }
}
