package com.guidecommerce.core.job;

import com.guidecommerce.core.common.IdBlocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Date;

/**
 * A second node in its own JVM for {@link JobLockAcrossProcessesTest}: the job runner on the shared test database,
 * without Broadleaf. Talks to the test on standard input and output:
 * <ul>
 *   <li>{@code fire}: prints READY, waits for a line, runs the job's scheduled turn (its body creates a file named
 *   after the node in the marker directory) and prints RESULT and the outcome;</li>
 *   <li>{@code hold}: runs the job on demand with a body that prints HOLDING and waits for input that never comes,
 *   until the test kills the process.</li>
 * </ul>
 * Arguments: JDBC URL, user, password, node name, lease seconds, job name, mode, turn (epoch ms), marker directory.
 */
public final class JobNodeProcess {

    private JobNodeProcess() {
    }

    public static void main(String[] args) throws IOException {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        IdBlocks ids = new IdBlocks(jdbc, new DataSourceTransactionManager(dataSource), 100);
        JobLocks locks = new JobLocks(jdbc, new NodeName(args[3], "test", "0"), Integer.parseInt(args[4]));
        JobRunner runner = new JobRunnerImpl(locks, new JdbcJobRuns(jdbc, ids));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String jobName = args[5];
        if ("hold".equals(args[6])) {
            runner.runNow(new MarkerJob(jobName, null, runner.getNodeName(), in), "process-test");
            return;
        }
        Path markers = Paths.get(args[8]);
        say("READY");
        in.readLine();
        JobRunResult<String> result = runner.runScheduled(new MarkerJob(jobName, markers, runner.getNodeName(), null),
                new Date(Long.parseLong(args[7])));
        say("RESULT " + result.getStatus());
        locks.destroy();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Leaves a file per run of its body, or holds its lock until the process dies. */
    private static final class MarkerJob implements Job<String> {

        private final String name;
        private final Path markers;
        private final String node;
        private final BufferedReader holdUntil;

        MarkerJob(String name, Path markers, String node, BufferedReader holdUntil) {
            this.name = name;
            this.markers = markers;
            this.node = node;
            this.holdUntil = holdUntil;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String run() {
            try {
                if (holdUntil != null) {
                    say("HOLDING");
                    holdUntil.readLine();
                    return "released";
                }
                Files.createFile(markers.resolve(node));
                return "ran on " + node;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String summarize(String result) {
            return result;
        }
    }
}
