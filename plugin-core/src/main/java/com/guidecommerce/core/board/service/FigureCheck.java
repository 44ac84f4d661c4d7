package com.guidecommerce.core.board.service;

import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.board.dao.FigureMonths;
import com.guidecommerce.core.board.dao.FigureStore;
import com.guidecommerce.core.board.rule.FigureRules;
import com.guidecommerce.core.board.rule.FigureSheet;
import com.guidecommerce.core.board.rule.Measures;
import com.guidecommerce.core.board.rule.GuideDayKey;
import com.guidecommerce.core.board.rule.Measure;
import com.guidecommerce.core.board.rule.Recomputation;
import com.guidecommerce.core.board.rule.StoreDayKey;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.OrderRefund;
import com.guidecommerce.core.channel.service.PaidOrder;
import com.guidecommerce.core.commission.ledger.AppendedEntry;
import com.guidecommerce.core.commission.service.LedgerService;
import com.guidecommerce.core.common.IdBlocks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The nightly check of the daily figures: recomputes the last days from the owning features (orders and refunds,
 * bindings, the ledger, through their services), compares with the stored rows, sets differing rows right (through the
 * {@link FigureWriter}, so rolled-up months follow) and records each differing figure in GC_FIG_DRIFT; then builds the
 * rollups of months that have closed. The check holds its days' months exclusively, so no writer adds figures between
 * what it reads and what it writes. Bean {@code gcFigureCheck}.
 */
public class FigureCheck {

    /** The earliest and latest offsets any zone has: a store-local day lies within these instants. */
    private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);
    private static final ZoneOffset LATEST = ZoneOffset.ofHours(-12);
    private static final int ATTEMPTS = 10;
    private static final Log LOG = LogFactory.getLog(FigureCheck.class);

    private final FigureStore store;
    private final FigureMonths months;
    private final FigureWriter writer;
    private final FigureLookups lookups;
    private final ChannelOrderService channelOrders;
    private final BindingService bindings;
    private final LedgerService ledger;
    private final IdBlocks ids;
    private final TransactionTemplate transaction;
    private final ZoneId hqZone;
    private final int days;

    public FigureCheck(FigureStore store, FigureMonths months, FigureWriter writer, FigureLookups lookups,
                       ChannelOrderService channelOrders, BindingService bindings, LedgerService ledger, IdBlocks ids,
                       PlatformTransactionManager transactionManager, String hqZone, int days) {
        this.store = store;
        this.months = months;
        this.writer = writer;
        this.lookups = lookups;
        this.channelOrders = channelOrders;
        this.bindings = bindings;
        this.ledger = ledger;
        this.ids = ids;
        this.transaction = new TransactionTemplate(transactionManager);
        this.hqZone = ZoneId.of(hqZone);
        this.days = days;
    }

    /**
     * Checks and sets right the last {@code gc.board.driftDays} days up to {@code now}'s (in every zone); tried again
     * (ten times at most) when the database breaks a lock conflict with a writer by rolling the check back.
     */
    public FigureCheckResult check(Date now, Long jobRunId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return checkOnce(now, jobRunId);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !Deadlocks.isDeadlock(e)) {
                    throw e;
                }
                LOG.info("Figure check rolled back by a lock conflict; trying again (attempt " + attempt + ")");
            }
        }
    }

    private FigureCheckResult checkOnce(final Date now, final Long jobRunId) {
        LocalDate today = now.toInstant().atZone(hqZone).toLocalDate();
        final LocalDate first = today.minusDays(days);
        final LocalDate last = today.plusDays(1);
        final SortedSet<LocalDate> touched = new TreeSet<LocalDate>();
        for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            touched.add(month);
        }
        months.ensure(touched);
        return transaction.execute(new TransactionCallback<FigureCheckResult>() {
            @Override
            public FigureCheckResult doInTransaction(TransactionStatus status) {
                months.lockExclusively(touched);
                return compareAndFix(first, last, now, jobRunId);
            }
        });
    }

    /** Builds the rollups of months closed everywhere (ended over a day ago in HQ's zone); answers how many. */
    public int rollUpClosedMonths(final Date now) {
        LocalDate openFrom = now.toInstant().atZone(hqZone).toLocalDate().minusDays(1).withDayOfMonth(1);
        int built = 0;
        for (final LocalDate month : months.notRolledUpBefore(openFrom)) {
            transaction.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    months.lockExclusively(new TreeSet<LocalDate>(Collections.singleton(month)));
                    store.rollUp(month, now);
                    months.markRolledUp(month, now);
                    return null;
                }
            });
            built++;
        }
        return built;
    }

    private FigureCheckResult compareAndFix(LocalDate first, LocalDate last, Date now, Long jobRunId) {
        Date from = Date.from(first.atStartOfDay(EARLIEST).toInstant());
        Date to = Date.from(last.plusDays(1).atStartOfDay(LATEST).toInstant());
        FigureSheet recomputed = recompute(from, to, first, last);
        FigureSheet stored = store.readDays(first, last);
        FigureSheet fixes = new FigureSheet();
        List<Object[]> drifts = new ArrayList<Object[]>();
        Set<GuideDayKey> guideKeys = new TreeSet<GuideDayKey>(stored.getGuideDays().keySet());
        guideKeys.addAll(recomputed.getGuideDays().keySet());
        for (GuideDayKey key : guideKeys) {
            Measures delta = delta(stored.getGuideDays().get(key), recomputed.getGuideDays().get(key));
            if (!delta.isZero()) {
                fixes.addGuideDay(key, delta);
                drift(drifts, delta, stored.getGuideDays().get(key), "GC_FIG_GUIDE_DAY", key.getDay(),
                        key.getGuideId(), key.getStoreId(), null);
            }
        }
        Set<StoreDayKey> storeKeys = new TreeSet<StoreDayKey>(stored.getStoreDays().keySet());
        storeKeys.addAll(recomputed.getStoreDays().keySet());
        for (StoreDayKey key : storeKeys) {
            Measures delta = delta(stored.getStoreDays().get(key), recomputed.getStoreDays().get(key));
            if (!delta.isZero()) {
                fixes.addStoreDay(key, delta);
                drift(drifts, delta, stored.getStoreDays().get(key), "GC_FIG_STORE_DAY", key.getDay(), null,
                        key.getStoreId(), key.getChannelCode());
            }
        }
        writer.write(fixes, now);
        store.recordDrift(drifts, ids, jobRunId, now);
        int rowsFixed = fixes.getGuideDays().size() + fixes.getStoreDays().size();
        return new FigureCheckResult(first, last, guideKeys.size() + storeKeys.size(), rowsFixed, drifts.size(), 0);
    }

    private FigureSheet recompute(Date from, Date to, LocalDate first, LocalDate last) {
        List<PaidOrder> paid = channelOrders.findOrdersPaidBetween(from, to);
        List<OrderRefund> refunds = channelOrders.findRefundsReceivedSince(new Date(from.getTime()
                - TimeUnit.DAYS.toMillis(1)));
        List<NewBinding> made = bindings.findBindingsMade(from, to);
        List<AppendedEntry> entries = ledger.findEntriesAppended(FigureRules.GUIDE, from, to);
        Map<Long, List<Date>> moments = new HashMap<Long, List<Date>>();
        for (PaidOrder order : paid) {
            FigureLookups.addMoment(moments, order.getCustomerId(), order.getPaidAt());
        }
        for (OrderRefund refund : refunds) {
            FigureLookups.addMoment(moments, refund.getCustomerId(), refund.getPaidAt());
        }
        Set<Long> guides = new HashSet<Long>();
        for (NewBinding binding : made) {
            guides.add(binding.getGuideId());
        }
        for (AppendedEntry entry : entries) {
            guides.add(entry.getBeneficiaryId());
        }
        FigureRules.Lookup lookup = lookups.read(moments, guides, new HashSet<Long>());
        return Recomputation.figures(paid, refunds, made, entries, lookup, first, last);
    }

    private static Measures delta(Measures stored, Measures recomputed) {
        return (stored == null ? new Measures() : stored).deltaTo(recomputed == null ? new Measures() : recomputed);
    }

    private static void drift(List<Object[]> drifts, Measures delta, Measures stored, String table, LocalDate day,
                              Long guideId, Long storeId, String channel) {
        for (Measure metric : Measure.values()) {
            if (delta.get(metric).signum() != 0) {
                BigDecimal was = stored == null ? BigDecimal.ZERO : stored.get(metric);
                drifts.add(new Object[] {table, java.sql.Date.valueOf(day), guideId, storeId, channel,
                    metric.name(), was, was.add(delta.get(metric))});
            }
        }
    }
}
