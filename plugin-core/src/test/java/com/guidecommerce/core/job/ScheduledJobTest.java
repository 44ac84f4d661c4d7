package com.guidecommerce.core.job;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.scheduling.TaskScheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A job's schedule hands each turn of its cron to the runner, one turn at a time, however late the scheduler fires. */
@ExtendWith(MockitoExtension.class)
class ScheduledJobTest {

    private static final String HOURLY_AT_FIVE = "0 5 * * * *";

    @Mock
    Job<String> job;

    @Mock
    JobRunner runner;

    @Mock
    TaskScheduler scheduler;

    @Mock
    ScheduledFuture<Object> future;

    private final AtomicLong now = new AtomicLong();
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @BeforeEach
    void schedulerHandsOutFutures() {
        doReturn(future).when(scheduler).schedule(any(Runnable.class), any(Date.class));
    }

    @Test
    void shouldWaitForTheNextTurnOfItsCron() {
        now.set(at(10, 10, 0));

        ScheduledJob schedule = started();

        verify(scheduler).schedule(any(Runnable.class), eq(new Date(at(11, 5, 0))));
        assertEquals(new Date(at(11, 5, 0)), schedule.getNextTurn());
    }

    @Test
    void shouldRunTheTurnItWasScheduledForThenWaitForTheFollowingOne() {
        now.set(at(10, 10, 0));
        started();
        Runnable turn = scheduledTask(1);
        now.set(at(11, 5, 0) - 3);

        turn.run();

        verify(runner).runScheduled(job, new Date(at(11, 5, 0)));
        verify(scheduler).schedule(any(Runnable.class), eq(new Date(at(12, 5, 0))));
    }

    @Test
    void shouldRunALateTurnAsItsOwnAndSkipTurnsMissedMeanwhile() {
        now.set(at(10, 10, 0));
        started();
        Runnable turn = scheduledTask(1);
        now.set(at(13, 30, 0));

        turn.run();

        verify(runner).runScheduled(job, new Date(at(11, 5, 0)));
        verify(scheduler).schedule(any(Runnable.class), eq(new Date(at(14, 5, 0))));
    }

    @Test
    void shouldKeepTheScheduleWhenATurnFails() {
        now.set(at(10, 10, 0));
        started();
        when(runner.runScheduled(any(), any())).thenThrow(new IllegalStateException("database gone"));
        Runnable turn = scheduledTask(1);
        now.set(at(11, 5, 1));

        turn.run();

        verify(scheduler).schedule(any(Runnable.class), eq(new Date(at(12, 5, 0))));
    }

    @Test
    void shouldStopWaitingWhenTheContextCloses() {
        now.set(at(10, 10, 0));
        ScheduledJob schedule = started();
        Runnable turn = scheduledTask(1);

        schedule.destroy();
        turn.run();

        verify(future).cancel(false);
        verify(scheduler, times(1)).schedule(any(Runnable.class), any(Date.class));
        assertNull(schedule.getNextTurn());
    }

    private ScheduledJob started() {
        ScheduledJob schedule = new ScheduledJob(job, HOURLY_AT_FIVE, runner, scheduler, clock);
        schedule.afterPropertiesSet();
        return schedule;
    }

    private Runnable scheduledTask(int times) {
        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler, times(times)).schedule(task.capture(), any(Date.class));
        return task.getValue();
    }

    private static long at(int hour, int minute, int second) {
        return LocalDateTime.of(2026, 11, 23, hour, minute, second).atZone(ZoneId.systemDefault()).toInstant()
                .toEpochMilli();
    }
}
