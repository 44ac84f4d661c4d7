package com.guidecommerce.core.board.service;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

import java.sql.SQLException;

/**
 * Recognises a transaction the database rolled back to break a deadlock or a serialization conflict, however it was
 * wrapped on its way up (the JDBC statements of the board run on Hibernate's connection, whose proxy wraps what the
 * driver throws in Hibernate's own exceptions rather than Spring's).
 */
final class Deadlocks {

    private Deadlocks() {
    }

    static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException) {
                return true;
            }
            if (cause instanceof SQLException) {
                SQLException sql = (SQLException) cause;
                // 40001: serialization failure (HSQLDB, MySQL); 1213: MySQL's deadlock, 1205: its lock wait timeout.
                if ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The failure as Spring's concurrency failure, which callers that apply again (ingest, binding) recognise. */
    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ConcurrencyFailureException || !isDeadlock(failure)) {
            return failure;
        }
        return new PessimisticLockingFailureException("Figures were not written: the database"
                + " rolled the transaction back to break a lock conflict", failure);
    }
}
