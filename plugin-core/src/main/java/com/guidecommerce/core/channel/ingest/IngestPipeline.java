package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.domain.IdentityType;
import com.guidecommerce.core.channel.event.EventJson;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.common.IdBlocks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Runs deliveries through the pipeline. A batch is parsed, applied in memory and written in one transaction: its raw
 * payloads first, with their outcome, then the orders, lines and ledger entries they cause, so a payload is never
 * applied without being stored. If that transaction fails it keeps nothing; the payloads are then stored on their own
 * (nothing that reached us is lost) before anything else happens. When a concurrent writer got there first (the same
 * event delivered twice at once, the same identity learnt twice), a deadlocked batch is tried again and otherwise its
 * events are applied one by one, each in its own transaction, where the duplicate is then recognised.
 */
public class IngestPipeline {

    private static final Log LOG = LogFactory.getLog(IngestPipeline.class);
    private static final String EVENT_SEQUENCE = "GC_CHANNEL_EVENT";
    private static final int ATTEMPTS = 3;
    /** Stored deliveries applied again per transaction. */
    private static final int AGAIN_BATCH = 5000;

    private final ChannelJdbcStore store;
    private final IdBlocks ids;
    private final IngestSettings settings;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate joinTransaction;

    public IngestPipeline(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IdBlocks ids,
                          IngestSettings settings) {
        this(new ChannelJdbcStore(jdbc), transactionManager, ids, settings);
    }

    IngestPipeline(ChannelJdbcStore store, PlatformTransactionManager transactionManager, IdBlocks ids,
                   IngestSettings settings) {
        this.store = store;
        this.ids = ids;
        this.settings = settings;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joinTransaction = new TransactionTemplate(transactionManager);
    }

    /**
     * @param payloads raw JSON bodies, one per delivery, in delivery order
     */
    public List<IngestResult> ingest(Channel channel, IngestSource source, List<String> payloads) {
        final Date now = SystemTime.asDate();
        final List<EventRow> rows = new ArrayList<EventRow>(payloads.size());
        for (String payload : payloads) {
            rows.add(receive(channel.getCode(), source, payload, now));
        }
        final ChannelTerms terms = new ChannelTerms(channel);
        if (source == IngestSource.MALL) {
            // Own-mall orders are recorded inside the checkout's transaction: they exist only if the checkout commits.
            joinTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    new IngestBatch(store, ids, settings, terms, now).process(rows);
                }
            });
        } else {
            try {
                // The payloads and everything they cause are written in one transaction: a payload is never applied
                // without being stored, nor stored twice.
                newTransaction.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        new IngestBatch(store, ids, settings, terms, now).process(rows);
                    }
                });
            } catch (RuntimeException failure) {
                recover(channel, terms, rows, failure);
            }
        }
        List<IngestResult> results = new ArrayList<IngestResult>(rows.size());
        for (EventRow row : rows) {
            results.add(result(row));
        }
        return results;
    }

    /**
     * The batch's transaction failed and kept nothing. The payloads are stored first, on their own, so that nothing
     * that reached us is lost; then, if another transaction was in the way, the batch is tried again (a lost deadlock)
     * or applied event by event (a concurrent duplicate). Any other failure is reported once the payloads are safe.
     */
    private void recover(Channel channel, final ChannelTerms terms, final List<EventRow> rows,
                         RuntimeException failure) {
        for (EventRow row : rows) {
            row.resetForRetry();
            row.stored = false;
        }
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                store.insertEvents(rows);
            }
        });
        if (!isConflict(failure)) {
            throw failure;
        }
        for (int attempt = 2; isDeadlock(failure) && attempt <= ATTEMPTS; attempt++) {
            LOG.info("Batch of " + rows.size() + " " + channel.getCode() + " events lost a deadlock; trying again",
                    failure);
            try {
                newTransaction.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        new IngestBatch(store, ids, settings, terms, SystemTime.asDate()).process(rows);
                    }
                });
                return;
            } catch (RuntimeException again) {
                if (!isConflict(again)) {
                    throw again;
                }
                resetForRetry(rows);
                failure = again;
            }
        }
        LOG.info("Batch of " + rows.size() + " " + channel.getCode() + " events met a concurrent write;"
                + " applying them one by one", failure);
        for (EventRow row : rows) {
            applyAlone(row, terms);
        }
    }

    /**
     * Applies the channel's deliveries that were stored but never applied (their batch failed), oldest first, in
     * batches, until none is left or {@code maxEvents} were taken. A delivery whose copy was applied meanwhile (the
     * channel sent it again) becomes a duplicate. When another transaction is working on the same deliveries the run
     * stops with {@code BUSY}; what it had finished stays done.
     */
    public List<IngestResult> processAgain(Channel channel, int maxEvents) {
        ChannelTerms terms = new ChannelTerms(channel);
        List<IngestResult> results = new ArrayList<IngestResult>();
        while (results.size() < maxEvents) {
            final List<EventRow> rows = store.receivedEvents(channel.getCode(),
                    Math.min(AGAIN_BATCH, maxEvents - results.size()));
            if (rows.isEmpty()) {
                break;
            }
            final Date now = SystemTime.asDate();
            final List<EventRow> unreadable = new ArrayList<EventRow>();
            for (EventRow row : rows) {
                EventJson.Parsed parsed = EventJson.parse(row.payload);
                if (parsed.isValid()) {
                    row.event = parsed.getEvent();
                    row.eventKey = row.event.key();
                } else {
                    row.reject(parsed.getErrors());
                    row.processedAt = now;
                    unreadable.add(row);
                }
            }
            final IngestBatch batch = new IngestBatch(store, ids, settings, terms, now);
            try {
                newTransaction.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        if (store.claimReceived(rows, now) != rows.size()) {
                            throw new ChannelException("BUSY", "Another process is applying these deliveries");
                        }
                        batch.process(rows);
                        store.updateEvents(unreadable, now);
                    }
                });
            } catch (RuntimeException failure) {
                if (failure instanceof ChannelException || isConflict(failure)) {
                    throw new ChannelException("BUSY", "Deliveries of " + channel.getCode() + " are being written by"
                            + " another process; " + results.size() + " were applied, try again for the rest");
                }
                throw failure;
            }
            for (EventRow row : rows) {
                results.add(result(row));
            }
            LOG.info("Applied again " + rows.size() + " stored " + channel.getCode() + " deliveries");
        }
        return results;
    }

    /** Deliveries stored but never applied, per channel code. */
    public Map<String, Long> receivedCounts() {
        return store.receivedCounts();
    }

    private void applyAlone(final EventRow row, final ChannelTerms terms) {
        if (row.event == null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            row.resetForRetry();
            try {
                newTransaction.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        new IngestBatch(store, ids, settings, terms, SystemTime.asDate())
                                .process(Collections.singletonList(row));
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
            }
        }
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

    private static void resetForRetry(List<EventRow> rows) {
        for (EventRow row : rows) {
            row.resetForRetry();
        }
    }

    private EventRow receive(String channelCode, IngestSource source, String payload, Date now) {
        EventRow row = new EventRow();
        row.id = ids.next(EVENT_SEQUENCE);
        row.channelCode = channelCode;
        row.source = source.name();
        row.receivedAt = now;
        row.payload = payload;
        row.status = EventStatus.RECEIVED;
        EventJson.Parsed parsed = EventJson.parse(payload);
        if (!parsed.isValid()) {
            row.reject(parsed.getErrors());
            row.processedAt = now;
            return row;
        }
        row.event = parsed.getEvent();
        row.eventKey = row.event.key();
        row.eventType = row.event.getType().name();
        row.orderNo = row.event.getOrderNo();
        return row;
    }

    private static IngestResult result(EventRow row) {
        switch (row.status) {
            case DUPLICATE:
                return IngestResult.duplicate(row.id, row.eventKey);
            case REJECTED:
                return IngestResult.rejected(row.id, row.eventKey, row.errors.isEmpty()
                        ? Collections.singletonList(new FieldError("event", row.message)) : row.errors);
            case APPLIED:
            case WAITING:
                return IngestResult.accepted(row.id, row.eventKey, row.status, row.entriesWritten);
            default:
                throw new IllegalStateException("Event " + row.id + " was stored but not processed");
        }
    }

    /**
     * HQ identified the buyer of an unmatched order: record the buyer's identities for the member and attribute every
     * unmatched order they name, in every channel.
     */
    public int identify(final Long orderId, final Long customerId, final String actor, final Map<String, Channel> channels) {
        return joinTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return identifyInTransaction(orderId, customerId, actor, channels);
            }
        });
    }

    private int identifyInTransaction(Long orderId, Long customerId, String actor, Map<String, Channel> channels) {
        Map<String, OrderState> found = store.loadOrdersById(Collections.singleton(orderId));
        if (found.isEmpty()) {
            throw new ChannelException("ORDER_NOT_FOUND", "There is no channel order " + orderId);
        }
        OrderState order = found.values().iterator().next();
        if (order.isMatched()) {
            throw new ChannelException("ORDER_ALREADY_MATCHED", "Order " + order.channelCode + "/" + order.orderNo
                    + " already belongs to member " + order.customerId);
        }
        Integer customers = store.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                Integer.class, customerId);
        if (customers == null || customers == 0) {
            throw new ChannelException("MEMBER_NOT_FOUND", "There is no member " + customerId);
        }
        Date now = SystemTime.asDate();
        recordIdentity("PHONE", "*", order.phoneHash, customerId, actor, now);
        recordIdentity("BUYER_ID", order.channelCode, order.buyerId, customerId, actor, now);
        List<Long> orderIds = new ArrayList<Long>(store.unmatchedOrderIds(order.phoneHash, order.channelCode,
                order.buyerId));
        if (!orderIds.contains(orderId)) {
            orderIds.add(orderId);
        }
        Map<String, List<OrderState>> byChannel = new java.util.LinkedHashMap<String, List<OrderState>>();
        for (OrderState matched : store.loadOrdersById(orderIds).values()) {
            if (!byChannel.containsKey(matched.channelCode)) {
                byChannel.put(matched.channelCode, new ArrayList<OrderState>());
            }
            byChannel.get(matched.channelCode).add(matched);
        }
        int attributed = 0;
        for (Map.Entry<String, List<OrderState>> group : byChannel.entrySet()) {
            Channel channel = channels.get(group.getKey());
            if (channel == null) {
                continue;
            }
            IngestBatch batch = new IngestBatch(store, ids, settings, new ChannelTerms(channel), now);
            for (OrderState matched : group.getValue()) {
                batch.attributor().match(matched, customerId, matched.id.equals(orderId) ? "ADMIN"
                        : matched.buyerId != null && matched.buyerId.equals(order.buyerId)
                        ? IdentityType.BUYER_ID.name() : IdentityType.PHONE.name());
            }
            batch.attributeMatched(group.getValue());
            attributed += group.getValue().size();
        }
        LOG.info(actor + " identified the buyer of order " + order.channelCode + "/" + order.orderNo + " as member "
                + customerId + "; " + attributed + " orders attributed");
        return attributed;
    }

    private void recordIdentity(String type, String channelCode, String value, Long customerId, String actor,
                                Date now) {
        if (value == null) {
            return;
        }
        Long owner = store.identityOwner(type, channelCode, value);
        if (owner == null) {
            store.insertIdentity(ids.next(IngestBatch.IDENTITY_SEQUENCE), type, channelCode, value, customerId, actor,
                    now);
        } else if (!owner.equals(customerId)) {
            throw new ChannelException("IDENTITY_TAKEN", "This buyer's " + (type.equals("PHONE") ? "phone" : "buyer id")
                    + " already belongs to member " + owner);
        }
    }
}
