package com.guidecommerce.core.job;

import com.guidecommerce.core.common.IdBlocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

/**
 * The run records of GC_JOB_RUN, written with JDBC in short transactions of their own, so that a run's start is on
 * record before its body runs and whatever transaction the caller has does not hold it back. They use the data
 * source's own connections, not Hibernate's, so that a turn already on record surfaces as Spring's duplicate key
 * rather than inside Hibernate's exception type. Bean {@code gcJobRuns}.
 */
public class JdbcJobRuns {

    private static final String COLUMNS = "RUN_ID, JOB_NAME, NODE_NAME, STARTED_BY, SCHEDULED_FOR, STARTED_AT,"
            + " FINISHED_AT, OUTCOME, SUMMARY";
    private static final int SUMMARY_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final IdBlocks ids;

    public JdbcJobRuns(JdbcTemplate jdbc, IdBlocks ids) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ids = ids;
    }

    /** Records a run as started; fails with a duplicate key when the scheduled turn is already on record. */
    public JobRun start(final String jobName, final String nodeName, final String startedBy, final Date turn,
                        final Date at) {
        final long id = ids.next("GC_JOB_RUN");
        return write(new TransactionCallback<JobRun>() {
            @Override
            public JobRun doInTransaction(TransactionStatus status) {
                jdbc.update("INSERT INTO GC_JOB_RUN (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL)", id,
                        jobName, nodeName, startedBy, timestamp(turn), timestamp(at), JobOutcome.RUNNING.name());
                return new JobRun(id, jobName, nodeName, startedBy, turn, at, null, JobOutcome.RUNNING, null);
            }
        });
    }

    public JobRun finish(final JobRun run, final JobOutcome outcome, String summary, final Date at) {
        final String shortened = summary != null && summary.length() > SUMMARY_LENGTH
                ? summary.substring(0, SUMMARY_LENGTH) : summary;
        return write(new TransactionCallback<JobRun>() {
            @Override
            public JobRun doInTransaction(TransactionStatus status) {
                jdbc.update("UPDATE GC_JOB_RUN SET FINISHED_AT = ?, OUTCOME = ?, SUMMARY = ? WHERE RUN_ID = ?",
                        timestamp(at), outcome.name(), shortened, run.getId());
                return new JobRun(run.getId(), run.getJobName(), run.getNodeName(), run.getStartedBy(),
                        run.getScheduledFor(), run.getStartedAt(), at, outcome, shortened);
            }
        });
    }

    /** Marks runs of the job still recorded as running as interrupted; only call it while holding the job's lock. */
    public int markInterrupted(final String jobName) {
        return write(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return jdbc.update("UPDATE GC_JOB_RUN SET OUTCOME = ? WHERE JOB_NAME = ? AND OUTCOME = ?",
                        JobOutcome.INTERRUPTED.name(), jobName, JobOutcome.RUNNING.name());
            }
        });
    }

    /** The run recorded for a turn of the job's schedule, or null. */
    public JobRun findTurn(String jobName, Date turn) {
        List<JobRun> found = jdbc.query("SELECT " + COLUMNS + " FROM GC_JOB_RUN WHERE JOB_NAME = ? AND SCHEDULED_FOR = ?",
                ROW, jobName, timestamp(turn));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The job's latest runs, newest first. */
    public List<JobRun> last(final String jobName, final int count) {
        return jdbc.query(new PreparedStatementCreator() {
            @Override
            public PreparedStatement createPreparedStatement(Connection connection) throws SQLException {
                PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM GC_JOB_RUN WHERE JOB_NAME = ? ORDER BY STARTED_AT DESC, RUN_ID DESC");
                statement.setString(1, jobName);
                statement.setMaxRows(count);
                return statement;
            }
        }, ROW);
    }

    private <T> T write(TransactionCallback<T> callback) {
        return newTransaction.execute(callback);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static final RowMapper<JobRun> ROW = new RowMapper<JobRun>() {
        @Override
        public JobRun mapRow(ResultSet rs, int row) throws SQLException {
            return new JobRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5),
                    rs.getTimestamp(6), rs.getTimestamp(7), JobOutcome.valueOf(rs.getString(8)), rs.getString(9));
        }
    };
}
