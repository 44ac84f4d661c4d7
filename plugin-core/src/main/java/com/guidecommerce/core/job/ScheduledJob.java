package com.guidecommerce.core.job;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronSequenceGenerator;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;

/**
 * A job's schedule: at each turn of a Spring cron expression (second minute hour day-of-month month day-of-week, in
 * the server's time zone) it hands the job and that turn to the {@link JobRunner}. Every admin node schedules every
 * job; at each turn one of them runs it and the others find it running or done. Each turn is scheduled on its own,
 * so the runner knows exactly which turn it runs, however late the scheduler fires; turns missed while a run took
 * longer are skipped, not caught up.
 *
 * <p>Uses the scheduler's wall clock rather than Broadleaf's {@code SystemTime}, which tests move.
 */
public class ScheduledJob implements InitializingBean, DisposableBean {

    private static final Log LOG = LogFactory.getLog(ScheduledJob.class);

    private final Job<?> job;
    private final CronSequenceGenerator cron;
    private final JobRunner runner;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private ScheduledFuture<?> next;
    private Date nextTurn;
    private boolean stopped;

    public ScheduledJob(Job<?> job, String cronExpression, JobRunner runner, TaskScheduler scheduler) {
        this(job, cronExpression, runner, scheduler, Clock.systemDefaultZone());
    }

    ScheduledJob(Job<?> job, String cronExpression, JobRunner runner, TaskScheduler scheduler, Clock clock) {
        this.job = job;
        this.cron = new CronSequenceGenerator(cronExpression);
        this.runner = runner;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        scheduleAfter(new Date(clock.millis()));
    }

    @Override
    public synchronized void destroy() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    public Job<?> getJob() {
        return job;
    }

    /** The turn the schedule waits for; null once stopped. */
    public synchronized Date getNextTurn() {
        return stopped ? null : nextTurn;
    }

    void fire(Date turn) {
        try {
            runner.runScheduled(job, turn);
        } catch (RuntimeException e) {
            LOG.error("Job " + job.getName() + " could not run its turn of " + turn, e);
        } finally {
            Date now = new Date(clock.millis());
            scheduleAfter(now.after(turn) ? now : turn);
        }
    }

    private synchronized void scheduleAfter(Date after) {
        if (stopped) {
            return;
        }
        final Date turn = cron.next(after);
        nextTurn = turn;
        next = scheduler.schedule(new Runnable() {
            @Override
            public void run() {
                fire(turn);
            }
        }, turn);
    }
}
