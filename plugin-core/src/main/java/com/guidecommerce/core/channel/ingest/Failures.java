package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.common.Note;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/** What a failed batch's exception says: another writer got there first, a lost deadlock, or a fault to report. */
final class Failures {

    static final String BUSY = "BUSY";

    private Failures() {
    }

    /**
     * A write another transaction got to first: a duplicate key, or a lock conflict. The pipeline's JDBC runs on
     * Hibernate's connection, so the driver's exception may come wrapped in Hibernate's rather than Spring's types;
     * the SQL state of the cause decides.
     */
    static boolean isConflict(Throwable e) {
        if (e instanceof DataIntegrityViolationException || e instanceof ConcurrencyFailureException) {
            return true;
        }
        String state = sqlState(e);
        return state != null && (state.startsWith("23") || state.startsWith("40"));
    }

    /** Deadlocks and serialization failures: the same batch succeeds when simply tried again. */
    static boolean isDeadlock(Throwable e) {
        String state = sqlState(e);
        return e instanceof org.springframework.dao.PessimisticLockingFailureException
                || state != null && state.startsWith("40");
    }

    static boolean isBusy(Throwable e) {
        return e instanceof ChannelException && BUSY.equals(((ChannelException) e).getCode());
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException && ((java.sql.SQLException) cause).getSQLState() != null) {
                return ((java.sql.SQLException) cause).getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The innermost cause, which names what went wrong (a constraint, a value), in one line an operator can read. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().split("\\R", 2)[0];
        String detail = cause.getClass().getSimpleName() + message;
        return Note.of("event.failed", detail.length() > 800 ? detail.substring(0, 800) : detail).format();
    }
}
