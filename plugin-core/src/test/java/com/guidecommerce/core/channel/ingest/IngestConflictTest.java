package com.guidecommerce.core.channel.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures of a batch are another writer's doing, seen through Hibernate's wrapping of the driver's errors. */
class IngestConflictTest {

    private static RuntimeException wrapped(String sqlState) {
        return new RuntimeException("Hibernate's wrapper", new SQLException("driver", sqlState));
    }

    @Test
    void shouldTryADeadlockedBatchAgain() {
        assertTrue(Failures.isConflict(wrapped("40001")));
        assertTrue(Failures.isDeadlock(wrapped("40001")));
    }

    @Test
    void shouldApplyOneByOneAfterADuplicateKeyButNotRetryTheBatch() {
        assertTrue(Failures.isConflict(wrapped("23000")));
        assertTrue(Failures.isConflict(new DuplicateKeyException("duplicate")));
        assertFalse(Failures.isDeadlock(wrapped("23000")));
    }

    @Test
    void shouldLetOtherFailuresThrough() {
        assertFalse(Failures.isConflict(wrapped("42S02")));
        assertFalse(Failures.isConflict(new IllegalStateException("bug")));
    }
}
