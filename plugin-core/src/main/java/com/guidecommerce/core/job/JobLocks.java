package com.guidecommerce.core.job;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Job locks in GC_JOB_LOCK, through ShedLock's JDBC provider: a lock is taken by inserting the job's row or by a
 * conditional update of a row whose lease has passed, on MySQL by the database's clock (so the nodes' clocks need not
 * agree), and released by its holder's name. A held lock is renewed every third of its lease while its job runs, so a
 * long run keeps it and a dead node's lock frees itself one lease after its last renewal. Bean {@code gcJobLocks}.
 */
public class JobLocks implements DisposableBean {

    static final String TABLE = "GC_JOB_LOCK";

    private final JdbcTemplate jdbc;
    private final String nodeName;
    private final Duration lease;
    private LockProvider provider;
    private ScheduledExecutorService renewals;

    public JobLocks(JdbcTemplate jdbc, NodeName node, int leaseSeconds) {
        if (leaseSeconds < 1) {
            throw new IllegalArgumentException("gc.job.leaseSeconds must be at least 1, not " + leaseSeconds);
        }
        this.jdbc = jdbc;
        this.nodeName = node.get();
        this.lease = Duration.ofSeconds(leaseSeconds);
    }

    /**
     * Built on first use, since it depends on the database. ShedLock runs its statements in transactions of its own on
     * the data source's own connections: inside Broadleaf's JPA transactions the connection is Hibernate's, which hides
     * a duplicate key (a lock row taken by another node) in its own exception type. MySQL/MariaDB compare leases by
     * the server's clock; other databases (the demo's embedded HSQLDB 2.3, which lacks the date arithmetic, and whose
     * nodes share one machine's clock anyway) by the clock of the JVM taking the lock.
     */
    private synchronized LockProvider provider() {
        if (provider == null) {
            JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration
                    .builder()
                    .withJdbcTemplate(jdbc)
                    .withTableName(TABLE)
                    .withColumnNames(new JdbcTemplateLockProvider.ColumnNames("JOB_NAME", "LOCKED_UNTIL", "LOCKED_AT",
                            "LOCKED_BY"))
                    .withLockedByValue(nodeName);
            if (isMysql()) {
                configuration.usingDbTime();
            }
            provider = new JdbcTemplateLockProvider(configuration.build());
        }
        return provider;
    }

    private boolean isMysql() {
        String product = jdbc.execute(new ConnectionCallback<String>() {
            @Override
            public String doInConnection(Connection connection) throws SQLException {
                return connection.getMetaData().getDatabaseProductName();
            }
        });
        String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
        return lower.contains("mysql") || lower.contains("mariadb");
    }

    /** Takes the job's lock for this node, or returns null when another run holds it. */
    public HeldJobLock tryLock(String jobName) {
        Optional<SimpleLock> lock = provider().lock(new LockConfiguration(ClockProvider.now(), jobName, lease,
                Duration.ZERO));
        return lock.isPresent() ? HeldJobLock.renewing(jobName, lock.get(), lease, renewals()) : null;
    }

    /** Who holds (or last held) the job's lock; null when the job never ran. */
    public JobHolder holder(String jobName) {
        List<JobHolder> found = jdbc.query("SELECT LOCKED_BY, LOCKED_AT FROM " + TABLE + " WHERE JOB_NAME = ?",
                new RowMapper<JobHolder>() {
                    @Override
                    public JobHolder mapRow(ResultSet rs, int row) throws SQLException {
                        return new JobHolder(rs.getString(1), rs.getTimestamp(2));
                    }
                }, jobName);
        return found.isEmpty() ? null : found.get(0);
    }

    public String getNodeName() {
        return nodeName;
    }

    /** One daemon thread renews the held locks of this node; started with the first lock (storefronts take none). */
    private synchronized ScheduledExecutorService renewals() {
        if (renewals == null) {
            renewals = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "gc-job-lock-renewal");
                thread.setDaemon(true);
                return thread;
            });
        }
        return renewals;
    }

    @Override
    public synchronized void destroy() {
        if (renewals != null) {
            renewals.shutdownNow();
        }
    }
}
