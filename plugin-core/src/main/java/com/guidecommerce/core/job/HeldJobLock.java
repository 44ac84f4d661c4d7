package com.guidecommerce.core.job;

import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A job lock this node holds: renewed for another lease every third of a lease until released. If a renewal finds
 * the lock gone (the database was out of reach for a whole lease and another node took it), the renewals stop and
 * the loss is logged; the running body is not interrupted, as it is safe to repeat.
 */
public final class HeldJobLock {

    private static final Log LOG = LogFactory.getLog(HeldJobLock.class);

    private final String jobName;
    private final Duration lease;
    private ScheduledFuture<?> renewal;
    private SimpleLock lock;
    private boolean released;

    private HeldJobLock(String jobName, SimpleLock lock, Duration lease) {
        this.jobName = jobName;
        this.lock = lock;
        this.lease = lease;
    }

    /** A lock just taken, from now on renewed every third of its lease on the given thread. */
    static HeldJobLock renewing(String jobName, SimpleLock lock, Duration lease, ScheduledExecutorService renewals) {
        HeldJobLock held = new HeldJobLock(jobName, lock, lease);
        long period = Math.max(1L, lease.toMillis() / 3);
        synchronized (held) {
            held.renewal = renewals.scheduleAtFixedRate(held::renew, period, period, TimeUnit.MILLISECONDS);
        }
        return held;
    }

    private synchronized void renew() {
        if (released || lock == null) {
            return;
        }
        try {
            Optional<SimpleLock> renewed = lock.extend(lease, Duration.ZERO);
            if (renewed.isPresent()) {
                lock = renewed.get();
            } else {
                LOG.warn("The lock of job " + jobName + " was lost before the run ended; it is no longer renewed");
                lock = null;
                renewal.cancel(false);
            }
        } catch (RuntimeException e) {
            // The next renewal tries again; the lease leaves two more attempts before the lock can pass on.
            LOG.warn("Renewing the lock of job " + jobName + " failed", e);
        }
    }

    /** Ends the renewals and frees the lock at once (unless it was lost meanwhile). */
    public synchronized void release() {
        released = true;
        renewal.cancel(false);
        if (lock != null) {
            lock.unlock();
            lock = null;
        }
    }
}
