package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.common.jdbc.Databases;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The month rows of GC_FIG_MONTH, one per month with figures, and the locks on them that keep monthly rollups right.
 * A writer of day figures locks its months' rows shared and reads, under that lock, which are rolled up (it then adds to
 * their monthly rows too); a rollup, or the nightly check, locks them exclusively. So a rollup waits for the writers
 * already at work on its month and sums their figures, and a writer that comes later waits for the rollup and sees it.
 * On MySQL the locks are locking reads (shared ones do not hold each other up); on HSQLDB, which lets two sessions hold
 * a row "for update" at once, an update of the rows to themselves (writers of one month then take turns).
 * Bean {@code gcFigureMonths}.
 */
public class FigureMonths {

    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate newTransaction;
    private final Set<LocalDate> existing = ConcurrentHashMap.newKeySet();
    private volatile Boolean mysql;

    public FigureMonths(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Creates the rows of months that have none, each committed on its own before the caller locks any: every node
     * sees them at once, and a caller never waits for another's uncommitted row. A row created meanwhile by another
     * node is fine.
     */
    public void ensure(Collection<LocalDate> months) {
        for (final LocalDate month : months) {
            if (existing.contains(month)) {
                continue;
            }
            newTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    MapSqlParameterSource params = new MapSqlParameterSource("month", java.sql.Date.valueOf(month));
                    if (named.queryForObject("SELECT COUNT(*) FROM GC_FIG_MONTH WHERE MONTH = :month", params,
                            Integer.class) == 0) {
                        try {
                            named.update("INSERT INTO GC_FIG_MONTH (MONTH) VALUES (:month)", params);
                        } catch (DuplicateKeyException raced) {
                            // Another writer created it first: it exists, as wanted.
                        }
                    }
                }
            });
            existing.add(month);
        }
    }

    /** Locks the months' rows shared, in month order; answers which of them are rolled up. */
    public Set<LocalDate> lockShared(SortedSet<LocalDate> months) {
        return lock(months, " LOCK IN SHARE MODE");
    }

    /** Locks the months' rows exclusively, in month order; answers which of them are rolled up. */
    public Set<LocalDate> lockExclusively(SortedSet<LocalDate> months) {
        return lock(months, " FOR UPDATE");
    }

    /** Marks the month rolled up; the caller holds its lock exclusively. */
    public void markRolledUp(LocalDate month, Date at) {
        named.update("UPDATE GC_FIG_MONTH SET ROLLED_UP_AT = :at WHERE MONTH = :month",
                new MapSqlParameterSource("at", new java.sql.Timestamp(at.getTime()))
                        .addValue("month", java.sql.Date.valueOf(month)));
    }

    /** Months before {@code month} whose rollup is not built yet, oldest first. */
    public List<LocalDate> notRolledUpBefore(LocalDate month) {
        final List<LocalDate> months = new ArrayList<LocalDate>();
        named.query("SELECT MONTH FROM GC_FIG_MONTH WHERE ROLLED_UP_AT IS NULL AND MONTH < :month ORDER BY MONTH",
                new MapSqlParameterSource("month", java.sql.Date.valueOf(month)), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        months.add(rs.getDate(1).toLocalDate());
                    }
                });
        return months;
    }

    /** Whether the month's rollup has been built (its row holds a ROLLED_UP_AT), read without a lock. */
    public boolean isRolledUp(LocalDate month) {
        List<java.sql.Timestamp> at = named.queryForList("SELECT ROLLED_UP_AT FROM GC_FIG_MONTH WHERE MONTH = :month",
                new MapSqlParameterSource("month", java.sql.Date.valueOf(month)), java.sql.Timestamp.class);
        return !at.isEmpty() && at.get(0) != null;
    }

    private Set<LocalDate> lock(SortedSet<LocalDate> months, String mysqlLock) {
        final Set<LocalDate> rolledUp = new HashSet<LocalDate>();
        if (months.isEmpty()) {
            return rolledUp;
        }
        List<java.sql.Date> dates = new ArrayList<java.sql.Date>();
        for (LocalDate month : months) {
            dates.add(java.sql.Date.valueOf(month));
        }
        MapSqlParameterSource params = new MapSqlParameterSource("months", dates);
        String select = "SELECT MONTH, ROLLED_UP_AT FROM GC_FIG_MONTH WHERE MONTH IN (:months) ORDER BY MONTH";
        if (isMysql()) {
            select += mysqlLock;
        } else {
            named.update("UPDATE GC_FIG_MONTH SET MONTH = MONTH WHERE MONTH IN (:months)", params);
        }
        final int[] found = {0};
        named.query(select, params, new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                found[0]++;
                if (rs.getTimestamp(2) != null) {
                    rolledUp.add(rs.getDate(1).toLocalDate());
                }
            }
        });
        if (found[0] != months.size()) {
            throw new IllegalStateException("Figure months " + months + " were not all created before locking");
        }
        return rolledUp;
    }

    private boolean isMysql() {
        Boolean known = mysql;
        if (known == null) {
            known = Databases.isMysql(named.getJdbcOperations());
            mysql = known;
        }
        return known;
    }
}
