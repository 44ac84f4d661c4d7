package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.common.jdbc.Sql;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Applies the deliveries of one channel order one at a time, whatever thread or node received them. Each channel has
 * {@link #STRIPES} lock rows in GC_CHANNEL_ORDER_LOCK; a transaction about to apply deliveries first locks the rows
 * its orders hash to and holds them until it ends. A second delivery of the same order therefore waits for the first
 * to commit and then sees everything it wrote: its own reads come after the lock (on MySQL a transaction reads from a
 * snapshot taken at its first plain read), so a refund reads the refunded amounts the earlier refund left, and an order
 * finds the completion or refund that was stored as waiting for it. Rows are always locked in key order, so lockers
 * never deadlock one another. Two different orders share a row once in {@link #STRIPES}: they only wait, nothing else.
 */
final class OrderLocks {

    /** Lock rows per channel. Every node must use the same number: it decides which row an order locks. */
    static final int STRIPES = 1024;

    private static final Log LOG = LogFactory.getLog(OrderLocks.class);

    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate newTransaction;
    /** Whether the database is MySQL or MariaDB; found on first use. */
    private volatile Boolean mysql;
    /** Channels whose lock rows this node has seen created. */
    private final Set<String> ready = Collections.newSetFromMap(new ConcurrentHashMap<String, Boolean>());

    OrderLocks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the channel orders with these numbers until the caller's transaction ends. Must come before the
     * transaction reads anything it will decide on.
     */
    void lock(String channelCode, Collection<String> orderNos) {
        lock(Collections.singletonMap(channelCode, orderNos));
    }

    /** Locks orders of several channels, by channel code and then key, the one order every locker follows. */
    void lock(Map<String, ? extends Collection<String>> orderNosByChannel) {
        SortedMap<String, TreeSet<String>> keys = new TreeMap<String, TreeSet<String>>();
        for (Map.Entry<String, ? extends Collection<String>> channel : orderNosByChannel.entrySet()) {
            TreeSet<String> channelKeys = new TreeSet<String>();
            for (String orderNo : channel.getValue()) {
                channelKeys.add(key(channel.getKey(), stripe(orderNo)));
            }
            keys.put(channel.getKey(), channelKeys);
            // Created before this transaction takes any lock row: an embedded database locks whole tables.
            if (!ready.contains(channel.getKey())) {
                create(channel.getKey());
            }
        }
        for (Map.Entry<String, TreeSet<String>> channel : keys.entrySet()) {
            for (List<String> chunk : Sql.chunks(new ArrayList<String>(channel.getValue()))) {
                if (take(chunk) < chunk.size()) {
                    ready.remove(channel.getKey());
                    throw new PessimisticLockingFailureException("Order locks of channel " + channel.getKey()
                            + " were missing; the transaction is tried again once they exist");
                }
            }
        }
    }

    /** The lock row of an order: a hash of its canonical number, the same on every node and in every version. */
    static int stripe(String orderNo) {
        CRC32 crc = new CRC32();
        crc.update(ChannelKeys.canonical(orderNo).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % STRIPES);
    }

    static String key(String channelCode, int stripe) {
        return channelCode + "/" + String.format("%04d", stripe);
    }

    /**
     * Locks the rows; answers how many exist. On MySQL with a locking read, which writes nothing and reads no
     * snapshot; elsewhere with an update of the rows to themselves, the one lock every database takes for a write
     * (HSQLDB lets two sessions hold the same rows "for update" at once).
     */
    private int take(List<String> keys) {
        MapSqlParameterSource params = new MapSqlParameterSource("keys", keys);
        if (isMysql()) {
            return named.queryForList("SELECT LOCK_KEY FROM GC_CHANNEL_ORDER_LOCK WHERE LOCK_KEY IN (:keys)"
                    + " ORDER BY LOCK_KEY FOR UPDATE", params, String.class).size();
        }
        return named.update("UPDATE GC_CHANNEL_ORDER_LOCK SET LOCK_KEY = LOCK_KEY WHERE LOCK_KEY IN (:keys)", params);
    }

    private boolean isMysql() {
        Boolean known = mysql;
        if (known == null) {
            String product = named.getJdbcOperations().execute(new ConnectionCallback<String>() {
                @Override
                public String doInConnection(Connection con) throws SQLException {
                    return con.getMetaData().getDatabaseProductName();
                }
            });
            known = product != null && (product.contains("MySQL") || product.contains("MariaDB"));
            mysql = known;
        }
        return known;
    }

    /**
     * Creates the channel's lock rows that are missing, committed on their own so every node sees them at once. One
     * thread of a node does it; another node doing it at the same moment makes one of the two fail harmlessly.
     */
    private synchronized void create(final String channelCode) {
        if (ready.contains(channelCode)) {
            return;
        }
        try {
            newTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    Set<String> existing = new HashSet<String>(named.queryForList("SELECT LOCK_KEY FROM"
                            + " GC_CHANNEL_ORDER_LOCK WHERE LOCK_KEY LIKE :prefix", new MapSqlParameterSource("prefix",
                            channelCode + "/%"), String.class));
                    List<MapSqlParameterSource> missing = new ArrayList<MapSqlParameterSource>();
                    for (int stripe = 0; stripe < STRIPES; stripe++) {
                        String key = key(channelCode, stripe);
                        if (!existing.contains(key)) {
                            missing.add(new MapSqlParameterSource("key", key));
                        }
                    }
                    if (!missing.isEmpty()) {
                        named.batchUpdate("INSERT INTO GC_CHANNEL_ORDER_LOCK (LOCK_KEY) VALUES (:key)",
                                missing.toArray(new MapSqlParameterSource[0]));
                        LOG.info("Created " + missing.size() + " order locks of channel " + channelCode);
                    }
                }
            });
        } catch (RuntimeException raced) {
            if (!Failures.isConflict(raced)) {
                throw raced;
            }
            LOG.debug("Another node created the order locks of channel " + channelCode + " at the same time", raced);
        }
        ready.add(channelCode);
    }
}
