package com.guidecommerce.core.job;

import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.job.TestJobs.CountingJob;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.TestDatabase;
import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Job locks between separate JVMs on the test database, as between the admin nodes of a cluster: two processes fire
 * the same turn at once, and a process killed (SIGKILL) while holding a job's lock leaves it to expire with its lease.
 * On HSQLDB the test serves its in-memory database over the network for the other processes.
 */
@ExtendWith(BroadleafContextExtension.class)
class JobLockAcrossProcessesTest {

    private static final int DEAD_NODE_LEASE_SECONDS = 2;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Resource(name = "gcIdBlocks")
    IdBlocks ids;

    @TempDir
    Path markers;

    private final List<Process> processes = new ArrayList<Process>();
    private Server hsqldbServer;
    private String url;
    private String user;
    private String password;
    private JobLocks locks;

    @BeforeEach
    void shareTheDatabase() throws IOException {
        TestDatabase database = TestDatabase.fromSystemProperties();
        user = database.getUser();
        password = database.getPassword();
        if (database.isMysql()) {
            url = database.getUrl();
            return;
        }
        int port = freePort();
        hsqldbServer = new Server();
        hsqldbServer.setSilent(true);
        hsqldbServer.setLogWriter(null);
        hsqldbServer.setErrWriter(null);
        hsqldbServer.setNoSystemExit(true);
        hsqldbServer.setAddress("127.0.0.1");
        hsqldbServer.setPort(port);
        hsqldbServer.setDatabaseName(0, "gc_test");
        hsqldbServer.setDatabasePath(0, "mem:gc_test");
        hsqldbServer.start();
        assertEquals(ServerConstants.SERVER_STATE_ONLINE, hsqldbServer.getState(), "HSQLDB server on " + port);
        url = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/gc_test";
    }

    @AfterEach
    void stopEverything() {
        for (Process process : processes) {
            process.destroyForcibly();
        }
        if (locks != null) {
            locks.destroy();
        }
        if (hsqldbServer != null) {
            hsqldbServer.stop();
        }
    }

    @Test
    void shouldRunATurnOnceWhenTwoProcessesFireItTogether() throws Exception {
        String job = jobName();
        long turn = 1795000000000L;
        Node a = start("proc-a", job, "fire", turn);
        Node b = start("proc-b", job, "fire", turn);
        a.expect("READY");
        b.expect("READY");

        a.send("go");
        b.send("go");
        String first = a.expect("RESULT");
        String second = b.expect("RESULT");

        try (Stream<Path> ran = Files.list(markers)) {
            assertEquals(1, ran.count(), "one body ran");
        }
        List<String> results = Arrays.asList(first, second);
        assertTrue(results.contains("RESULT RAN"), results.toString());
        assertTrue(results.contains("RESULT BUSY") || results.contains("RESULT ALREADY_RAN"), results.toString());
        assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_JOB_RUN WHERE JOB_NAME = ?",
                Integer.class, job));
    }

    @Test
    void shouldFreeTheLockOfAKilledNodeOnceItsLeaseHasPassed() throws Exception {
        String job = jobName();
        Node dying = start("proc-dying", job, "hold", 0);
        dying.expect("HOLDING");
        JobRunner survivor = new JobRunnerImpl(survivorLocks(), new JdbcJobRuns(jdbc, ids));

        dying.process.destroyForcibly();
        assertTrue(dying.process.waitFor(30, TimeUnit.SECONDS));
        long killedAt = System.nanoTime();
        JobRunResult<String> refused = survivor.runNow(new CountingJob(job), "hq-admin");
        JobRunResult<String> ran = runOnceTheLeasePassed(survivor, job);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);

        assertEquals(JobRunResult.Status.BUSY, refused.getStatus());
        assertEquals("proc-dying@test", refused.getHolder().getNodeName());
        assertNotNull(ran, "the lock was still held " + waitedMillis + " ms after the kill");
        assertTrue(waitedMillis <= (DEAD_NODE_LEASE_SECONDS + 3) * 1000L, "freed after " + waitedMillis + " ms");
        JobRun dead = survivor.lastRuns(job, 2).get(1);
        assertEquals("proc-dying@test", dead.getNodeName());
        assertEquals(JobOutcome.INTERRUPTED, dead.getOutcome());
    }

    /** Asks again every 100 ms, as a scheduler's next turn or HQ would, until the lock is free or 20 s have passed. */
    private static JobRunResult<String> runOnceTheLeasePassed(JobRunner runner, String job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JobRunResult<String> result = runner.runNow(new CountingJob(job), "hq-admin");
            if (result.isRan()) {
                return result;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return null;
    }

    private JobLocks survivorLocks() {
        locks = new JobLocks(jdbc, new NodeName("survivor", "test", "0"), 60);
        return locks;
    }

    private Node start(String node, String job, String mode, long turn) throws IOException {
        List<String> command = new ArrayList<String>(Arrays.asList(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                JobNodeProcess.class.getName(),
                url, user, password, node, String.valueOf(DEAD_NODE_LEASE_SECONDS), job, mode, String.valueOf(turn),
                markers.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(process);
        return new Node(process);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String jobName() {
        return "TEST_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A node process: its output read line by line on a thread of its own, its input written on request. */
    private static final class Node {

        final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<String>();
        private final List<String> seen = new ArrayList<String>();

        Node(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("OUTPUT LOST: " + e);
                }
            }, "job-node-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next line starting with the word, or a failure with everything the process printed. */
        String expect(String word) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.startsWith(word)) {
                        return line;
                    }
                }
            }
            throw new AssertionError("No " + word + " from the node process; it printed:\n" + String.join("\n", seen));
        }

        void send(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
    }
}
