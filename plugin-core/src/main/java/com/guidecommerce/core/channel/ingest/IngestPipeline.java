package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.EventJson;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.channel.order.ChannelTerms;
import com.guidecommerce.core.channel.order.OrderListeners;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.jdbc.RowInserts;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Runs deliveries through the pipeline. A batch is parsed, applied in memory and written in one transaction: its raw
 * payloads first, with their outcome, then the orders, lines and ledger entries they cause, so a payload is never
 * applied without being stored. Deliveries of one order are applied one at a time across threads and nodes
 * ({@link OrderLocks}). If the batch's transaction fails it keeps nothing; the payloads are then stored on their own
 * (nothing that reached us is lost) and applied in smaller and smaller parts, each in its own transaction, until every
 * delivery is applied or, alone, still fails: that one is stored FAILED with the reason and nothing else waits for it.
 * A lost deadlock is simply tried again; a concurrent duplicate is recognised once the parts are small.
 */
public class IngestPipeline {

    private static final Log LOG = LogFactory.getLog(IngestPipeline.class);
    private static final String EVENT_SEQUENCE = "GC_CHANNEL_EVENT";
    private static final int ATTEMPTS = 3;
    /** Stored deliveries applied again per transaction. */
    private static final int AGAIN_BATCH = 5000;

    private final IngestContext context;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate joinTransaction;

    public IngestPipeline(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IdBlocks ids,
                          IngestSettings settings, RowInserts inserts, OrderListeners listeners) {
        this(new EventStore(jdbc, inserts), new OrderStore(jdbc, inserts), transactionManager, ids, settings,
                listeners);
    }

    IngestPipeline(EventStore events, OrderStore orders, PlatformTransactionManager transactionManager, IdBlocks ids,
                   IngestSettings settings, OrderListeners listeners) {
        this.context = new IngestContext(events, orders, new OrderLocks(orders.jdbc(), transactionManager), ids,
                settings, listeners);
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
                    batch(terms, now).process(rows, false);
                }
            });
        } else {
            RuntimeException failure = tryPart(terms, rows, false);
            if (failure != null) {
                recover(terms, rows, failure);
            }
        }
        return results(rows);
    }

    /**
     * The batch's transaction failed and kept nothing. The payloads are stored first, on their own, so that nothing
     * that reached us is lost; then they are applied in parts.
     */
    private void recover(ChannelTerms terms, final List<EventRow> rows, RuntimeException failure) {
        for (EventRow row : rows) {
            row.resetForRetry();
            row.stored = false;
        }
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                context.events.insertEvents(rows);
            }
        });
        LOG.info("Batch of " + rows.size() + " " + terms.getCode() + " events failed; its deliveries are stored and"
                + " applied in parts", failure);
        applyInParts(terms, rows, failure);
    }

    /**
     * Applies stored deliveries whose transaction failed with {@code failure}: tried again while the failure is a lost
     * deadlock (or, for one delivery, a concurrent write), otherwise split in halves, each applied on its own, down to
     * single deliveries. A single delivery that still fails is marked FAILED, so that it blocks nothing else.
     */
    private void applyInParts(ChannelTerms terms, List<EventRow> rows, RuntimeException failure) {
        for (int attempt = 2; attempt <= ATTEMPTS && !Failures.isBusy(failure)
                && (Failures.isDeadlock(failure) || rows.size() == 1 && Failures.isConflict(failure)); attempt++) {
            failure = tryPart(terms, rows, true);
            if (failure == null) {
                return;
            }
        }
        if (Failures.isBusy(failure)) {
            // Another process applied these deliveries meanwhile (HQ applying stored deliveries again): report its work.
            context.events.readOutcomes(rows);
            return;
        }
        if (rows.size() == 1) {
            markFailed(rows.get(0), failure);
            return;
        }
        int half = rows.size() / 2;
        for (List<EventRow> part : Arrays.asList(rows.subList(0, half), rows.subList(half, rows.size()))) {
            RuntimeException partFailure = tryPart(terms, part, true);
            if (partFailure != null) {
                applyInParts(terms, part, partFailure);
            }
        }
    }

    /** Applies deliveries in a transaction of their own; returns its failure, or {@code null} when it committed. */
    private RuntimeException tryPart(final ChannelTerms terms, final List<EventRow> rows, final boolean claim) {
        try {
            newTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    batch(terms, SystemTime.asDate()).process(rows, claim);
                }
            });
            return null;
        } catch (RuntimeException failure) {
            for (EventRow row : rows) {
                row.resetForRetry();
            }
            return failure;
        }
    }

    private void markFailed(final EventRow row, RuntimeException failure) {
        final String reason = Failures.reason(failure);
        LOG.error("Channel " + row.channelCode + " event " + row.id + " (" + row.eventKey + ") could not be applied and"
                + " is stored as FAILED", failure);
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                context.events.markFailed(row, reason, SystemTime.asDate());
            }
        });
    }

    /**
     * Applies the channel's deliveries that were stored but not applied (their batch failed, or they are FAILED),
     * oldest first, in batches, until none is left or {@code maxEvents} were taken. A delivery whose copy was applied
     * meanwhile (the channel sent it again) becomes a duplicate; one that fails again stays FAILED with the new reason.
     * When another transaction is working on the same deliveries the run stops with {@code BUSY}; what it had
     * finished stays done.
     */
    public List<IngestResult> processAgain(Channel channel, int maxEvents) {
        ChannelTerms terms = new ChannelTerms(channel);
        List<IngestResult> results = new ArrayList<IngestResult>();
        while (results.size() < maxEvents) {
            final List<EventRow> rows = context.events.unappliedEvents(channel.getCode(),
                    Math.min(AGAIN_BATCH, maxEvents - results.size()));
            if (rows.isEmpty()) {
                break;
            }
            final Date now = SystemTime.asDate();
            final List<EventRow> unreadable = new ArrayList<EventRow>();
            List<EventRow> readable = new ArrayList<EventRow>();
            for (EventRow row : rows) {
                EventJson.Parsed parsed = EventJson.parse(row.payload);
                if (parsed.isValid()) {
                    row.event = parsed.getEvent();
                    row.eventKey = row.event.key();
                    readable.add(row);
                } else {
                    row.reject(parsed.getErrors());
                    row.processedAt = now;
                    unreadable.add(row);
                }
            }
            newTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    context.events.updateEvents(unreadable, now);
                }
            });
            RuntimeException failure = tryPart(terms, readable, true);
            if (failure != null && (Failures.isBusy(failure) || Failures.isConflict(failure) && !Failures.isDeadlock(failure))) {
                throw new ChannelException(Failures.BUSY, "Deliveries of " + channel.getCode() + " are being written by"
                        + " another process; " + results.size() + " were applied, try again for the rest");
            }
            if (failure != null) {
                applyInParts(terms, readable, failure);
            }
            results.addAll(results(rows));
            LOG.info("Applied again " + rows.size() + " stored " + channel.getCode() + " deliveries");
        }
        return results;
    }

    /** Deliveries stored but not applied (received, or failed), per channel code. */
    public Map<String, Long> unappliedCounts() {
        return context.events.unappliedCounts();
    }

    private IngestBatch batch(ChannelTerms terms, Date now) {
        return new IngestBatch(context, terms, now);
    }

    private EventRow receive(String channelCode, IngestSource source, String payload, Date now) {
        EventRow row = new EventRow();
        row.id = context.ids.next(EVENT_SEQUENCE);
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

    private static List<IngestResult> results(List<EventRow> rows) {
        List<IngestResult> results = new ArrayList<IngestResult>(rows.size());
        for (EventRow row : rows) {
            results.add(result(row));
        }
        return results;
    }

    private static IngestResult result(EventRow row) {
        switch (row.status) {
            case DUPLICATE:
                return IngestResult.duplicate(row.id, row.eventKey);
            case REJECTED:
                return IngestResult.rejected(row.id, row.eventKey, row.errors.isEmpty()
                        ? Collections.singletonList(new FieldError("event", EventProblem.english(row.message))) : row.errors);
            case APPLIED:
            case WAITING:
                return IngestResult.accepted(row.id, row.eventKey, row.status, row.entriesWritten);
            case FAILED:
                return IngestResult.failed(row.id, row.eventKey, row.message);
            default:
                throw new IllegalStateException("Event " + row.id + " was stored but not processed");
        }
    }

    /**
     * HQ identified the buyer of an unmatched order: record the buyer's identities for the member and attribute every
     * unmatched order they name, in every channel.
     */
    public int identify(Long orderId, Long customerId, String actor, Map<String, Channel> channels,
                        String matchedBy, boolean creditNow) {
        return new BuyerIdentification(context, newTransaction).identify(orderId, customerId, actor, channels,
                matchedBy, creditNow);
    }
}
