package com.guidecommerce.core.job;

import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.job.TestJobs.CountingJob;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job runner on the test database (HSQLDB, or MySQL with GC_TEST_DB=mysql), with two runners named as two nodes
 * sharing it, as two admin nodes share the production database.
 */
@ExtendWith(BroadleafContextExtension.class)
class JobRunnerTest {

    private static final Date TURN = new Date(1795000000000L);

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Resource(name = "gcIdBlocks")
    IdBlocks ids;

    @Resource(name = "gcJobRunner")
    JobRunner contextRunner;

    private final List<JobLocks> locks = new ArrayList<JobLocks>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopNodes() {
        threads.shutdownNow();
        for (JobLocks lock : locks) {
            lock.destroy();
        }
    }

    @Test
    void shouldRunATurnOnceWhenTwoNodesFireItAtTheSameMoment() throws Exception {
        CountingJob job = new CountingJob(jobName()).holding();
        JobRunner a = node("node-a");
        JobRunner b = node("node-b");
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<JobRunResult<String>> first = fire(a, job, together);
        CompletableFuture<JobRunResult<String>> second = fire(b, job, together);
        // The body holds the lock until the test lets it finish, so whichever answers first did not run.
        JobRunResult<?> loser = (JobRunResult<?>) CompletableFuture.anyOf(first, second).get(30, TimeUnit.SECONDS);
        job.finish();
        JobRunResult<String> one = first.get(30, TimeUnit.SECONDS);
        JobRunResult<String> other = second.get(30, TimeUnit.SECONDS);
        JobRunResult<String> winner = one == loser ? other : one;

        assertEquals(1, job.runs(), "the body ran once");
        assertEquals(JobRunResult.Status.BUSY, loser.getStatus());
        assertEquals(JobRunResult.Status.RAN, winner.getStatus());
        assertEquals(winner.getRun().getNodeName(), loser.getHolder().getNodeName());
        assertEquals(1, turnsOnRecord(job.getName()));
    }

    @Test
    void shouldNotRunATurnAgainOnANodeWhoseSchedulerFiredAfterTheFirstRunEnded() {
        CountingJob job = new CountingJob(jobName());
        JobRunner a = node("node-a");
        JobRunner late = node("node-late");

        JobRunResult<String> first = a.runScheduled(job, TURN);
        JobRunResult<String> again = late.runScheduled(job, TURN);

        assertEquals(1, job.runs());
        assertEquals(JobRunResult.Status.RAN, first.getStatus());
        assertEquals(JobRunResult.Status.ALREADY_RAN, again.getStatus());
        assertEquals("node-a@test", again.getRun().getNodeName());
        assertEquals(1, turnsOnRecord(job.getName()));
    }

    @Test
    void shouldRunTheNextTurnAndOnDemandRunsAfterATurnEnded() {
        CountingJob job = new CountingJob(jobName());
        JobRunner a = node("node-a");
        JobRunner b = node("node-b");

        a.runScheduled(job, TURN);
        JobRunResult<String> next = b.runScheduled(job, new Date(TURN.getTime() + 3600000L));
        JobRunResult<String> onDemand = a.runNow(job, "hq-admin");

        assertEquals(3, job.runs());
        assertEquals(JobRunResult.Status.RAN, next.getStatus());
        assertEquals(JobRunResult.Status.RAN, onDemand.getStatus());
    }

    @Test
    void shouldAnswerAnOnDemandRunWithTheNodeRunningTheJobAndSinceWhen() throws Exception {
        CountingJob job = new CountingJob(jobName()).holding();
        JobRunner scheduledNode = node("node-a");
        JobRunner adminNode = node("node-b");
        CompletableFuture<JobRunResult<String>> scheduled = CompletableFuture.supplyAsync(
                () -> scheduledNode.runScheduled(job, TURN), threads);
        assertTrue(job.started.await(30, TimeUnit.SECONDS));

        JobRunResult<String> onDemand = adminNode.runNow(job, "hq-admin");
        job.finish();

        assertEquals(JobRunResult.Status.BUSY, onDemand.getStatus());
        assertEquals("node-a@test", onDemand.getHolder().getNodeName());
        assertNotNull(onDemand.getHolder().getSince());
        assertEquals(JobRunResult.Status.RAN, scheduled.get(30, TimeUnit.SECONDS).getStatus());
        assertEquals(1, job.runs());
    }

    @Test
    void shouldKeepTheLockOfARunThatLastsLongerThanItsLease() throws Exception {
        CountingJob job = new CountingJob(jobName()).holding();
        JobLocks shortLease = new JobLocks(jdbc, new NodeName("node-slow", "test", "0"), 2);
        locks.add(shortLease);
        JobRunner slow = new JobRunnerImpl(shortLease, new JdbcJobRuns(jdbc, ids));
        CompletableFuture<JobRunResult<String>> running = CompletableFuture.supplyAsync(
                () -> slow.runNow(job, "hq-admin"), threads);
        assertTrue(job.started.await(30, TimeUnit.SECONDS));
        Date firstLease = lockedUntil(job.getName());

        awaitWallClockPast(firstLease);
        JobRunResult<String> other = node("node-b").runNow(job, "hq-admin");
        job.finish();

        assertEquals(JobRunResult.Status.BUSY, other.getStatus(), "renewed past its first lease");
        assertTrue(lockedUntil(job.getName()).after(firstLease));
        assertEquals(JobRunResult.Status.RAN, running.get(30, TimeUnit.SECONDS).getStatus());
        assertEquals(1, job.runs());
    }

    @Test
    void shouldRecordEachRunWithItsNodeWhoStartedItOutcomeAndSummary() {
        CountingJob job = new CountingJob(jobName());
        JobRunner a = node("node-a");

        a.runScheduled(job, TURN);
        node("node-b").runNow(job, "hq-admin");

        List<JobRun> runs = a.lastRuns(job.getName(), 10);
        assertEquals(2, runs.size());
        JobRun onDemand = runs.get(0);
        assertEquals("node-b@test", onDemand.getNodeName());
        assertEquals("hq-admin", onDemand.getStartedBy());
        assertNull(onDemand.getScheduledFor());
        assertEquals(JobOutcome.SUCCEEDED, onDemand.getOutcome());
        assertEquals("summary of run 2", onDemand.getSummary());
        assertNotNull(onDemand.getFinishedAt());
        JobRun scheduled = runs.get(1);
        assertEquals("node-a@test", scheduled.getNodeName());
        assertNull(scheduled.getStartedBy());
        assertEquals(TURN, scheduled.getScheduledFor());
        assertEquals("summary of run 1", scheduled.getSummary());
    }

    @Test
    void shouldRecordAFailedRunAndLetTheNextRunStart() {
        CountingJob failing = new CountingJob(jobName()).failingWith(new IllegalStateException("ledger unreachable"));
        JobRunner a = node("node-a");

        JobRunResult<String> failed = a.runNow(failing, "hq-admin");
        JobRunResult<String> retried = a.runNow(new CountingJob(failing.getName()), "hq-admin");

        assertEquals(JobRunResult.Status.FAILED, failed.getStatus());
        assertEquals(JobOutcome.FAILED, failed.getRun().getOutcome());
        assertEquals("IllegalStateException: ledger unreachable", failed.getRun().getSummary());
        assertEquals(JobRunResult.Status.RAN, retried.getStatus());
    }

    @Test
    void shouldMarkARunLeftRunningByANodeThatDiedAsInterruptedWhenTheJobRunsAgain() {
        String name = jobName();
        JdbcJobRuns runs = new JdbcJobRuns(jdbc, ids);
        JobRun orphan = runs.start(name, "dead@test", null, TURN, new Date(TURN.getTime() + 1000L));

        node("node-a").runNow(new CountingJob(name), "hq-admin");

        JobRun marked = runs.last(name, 10).get(1);
        assertEquals(orphan.getId(), marked.getId());
        assertEquals(JobOutcome.INTERRUPTED, marked.getOutcome());
    }

    @Test
    void shouldRunTheContextsJobsUnderTheNameOfThisNode() {
        CountingJob job = new CountingJob(jobName());

        JobRunResult<String> result = contextRunner.runNow(job, "hq-admin");

        assertEquals(contextRunner.getNodeName(), result.getRun().getNodeName());
        assertTrue(contextRunner.getNodeName().contains("@"), contextRunner.getNodeName());
    }

    private JobRunner node(String name) {
        JobLocks nodeLocks = new JobLocks(jdbc, new NodeName(name, "test", "0"), 60);
        locks.add(nodeLocks);
        return new JobRunnerImpl(nodeLocks, new JdbcJobRuns(jdbc, ids));
    }

    private CompletableFuture<JobRunResult<String>> fire(JobRunner node, CountingJob job, CyclicBarrier together) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                together.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return node.runScheduled(job, TURN);
        }, threads);
    }

    private Date lockedUntil(String jobName) {
        return jdbc.queryForObject("SELECT LOCKED_UNTIL FROM GC_JOB_LOCK WHERE JOB_NAME = ?", Date.class, jobName);
    }

    /** Lets the lease run out by this machine's clock, which the test database shares. */
    private static void awaitWallClockPast(Date until) throws InterruptedException {
        long wait = until.getTime() - System.currentTimeMillis() + 500L;
        if (wait > 0) {
            TimeUnit.MILLISECONDS.sleep(wait);
        }
    }

    private int turnsOnRecord(String jobName) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM GC_JOB_RUN WHERE JOB_NAME = ? AND SCHEDULED_FOR IS NOT NULL",
                Integer.class, jobName);
    }

    /** Each test its own job, so the tests sharing the database never see each other's locks and runs. */
    private static String jobName() {
        return "TEST_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
