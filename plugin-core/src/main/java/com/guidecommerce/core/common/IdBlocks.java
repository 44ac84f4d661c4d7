package com.guidecommerce.core.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Ids for the tables the ingest pipeline writes with batched JDBC, handed out from blocks reserved in GC_ID_SEQUENCE in
 * their own short transactions, so that concurrent writers (several storefront nodes, the admin) never collide and a
 * batch needs no round trip per row. Ids of a block that is never used are simply skipped.
 */
public class IdBlocks {

    private static final long FIRST_ID = 1000L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final int blockSize;
    private final Map<String, long[]> blocks = new HashMap<String, long[]>();

    public IdBlocks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, int blockSize) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.blockSize = blockSize;
    }

    /** The next free id of the named sequence. */
    public synchronized long next(String sequence) {
        long[] block = blocks.get(sequence);
        if (block == null || block[0] >= block[1]) {
            long start = reserve(sequence, blockSize);
            block = new long[] {start, start + blockSize};
            blocks.put(sequence, block);
        }
        return block[0]++;
    }

    private long reserve(final String sequence, final int size) {
        return newTransaction.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                int updated = jdbc.update("UPDATE GC_ID_SEQUENCE SET NEXT_VALUE = NEXT_VALUE + ? WHERE SEQUENCE_NAME = ?",
                        size, sequence);
                if (updated == 0) {
                    try {
                        jdbc.update("INSERT INTO GC_ID_SEQUENCE (SEQUENCE_NAME, NEXT_VALUE) VALUES (?, ?)", sequence,
                                FIRST_ID + size);
                        return FIRST_ID;
                    } catch (DuplicateKeyException raced) {
                        jdbc.update("UPDATE GC_ID_SEQUENCE SET NEXT_VALUE = NEXT_VALUE + ? WHERE SEQUENCE_NAME = ?",
                                size, sequence);
                    }
                }
                Long next = jdbc.queryForObject("SELECT NEXT_VALUE FROM GC_ID_SEQUENCE WHERE SEQUENCE_NAME = ?",
                        Long.class, sequence);
                return next - size;
            }
        });
    }
}
