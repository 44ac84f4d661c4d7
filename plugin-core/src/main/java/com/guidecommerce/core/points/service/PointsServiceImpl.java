package com.guidecommerce.core.points.service;

import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.memberday.service.PointsMultipliers;
import com.guidecommerce.core.points.dao.NewPointsEntry;
import com.guidecommerce.core.points.dao.PointsHistoryLine;
import com.guidecommerce.core.points.dao.PointsStore;
import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;
import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.points.rule.PointsExpiry;
import com.guidecommerce.core.points.rule.PointsLots;
import com.guidecommerce.core.points.rule.PointsTerms;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link PointsService} over {@link PointsStore}; every change runs in its own transaction, account row locked. */
public class PointsServiceImpl implements PointsService {

    private final PointsStore store;
    private final IdBlocks ids;
    private final PointsTerms terms;
    private final PointsExpiry expiry;
    private final PointsMultipliers multipliers;
    private final TransactionTemplate transaction;
    private final int expiringSoonDays;

    public PointsServiceImpl(PointsStore store, IdBlocks ids, PointsTerms terms, PointsExpiry expiry,
                             PointsMultipliers multipliers, PlatformTransactionManager transactionManager,
                             int expiringSoonDays) {
        this.store = store;
        this.ids = ids;
        this.terms = terms;
        this.expiry = expiry;
        this.multipliers = multipliers;
        this.transaction = new TransactionTemplate(transactionManager);
        this.expiringSoonDays = expiringSoonDays;
    }

    @Override
    public PointsBalance balanceOf(long customerId) {
        return transaction.execute(status -> {
            long[] stored = store.balanceOf(customerId);
            Date now = SystemTime.asDate();
            Date by = new Date(now.getTime() + TimeUnit.DAYS.toMillis(expiringSoonDays));
            PointsLots lots = PointsLots.replay(store.rowsOf(customerId));
            // Points past their date are not usable even before the expiry job has written them off.
            long expired = 0L;
            for (Long left : lots.dueToExpire(now).values()) {
                expired += left;
            }
            long available = stored[0] - expired;
            long expiring = lots.expiringBetween(now, by);
            return new PointsBalance(available, stored[1], Math.min(expiring, Math.max(0L, available)), by);
        });
    }

    @Override
    public List<PointsHistoryLine> history(long customerId, int limit) {
        return transaction.execute(status -> store.history(customerId, limit));
    }

    @Override
    public long redeem(final long customerId, final long points, final Long broadleafOrderId, final String reason) {
        if (points <= 0) {
            throw new PointsException(PointsError.POINTS_NOT_POSITIVE, "cannot redeem " + points + " points");
        }
        return transaction.execute(status -> {
            Date now = SystemTime.asDate();
            long available = store.lockAccount(customerId, now)[0] - expireLocked(customerId, now);
            if (available < points) {
                throw new PointsException(PointsError.NOT_ENOUGH_POINTS, "member " + customerId + " has " + available
                        + " points available, not " + points);
            }
            NewPointsEntry redemption = entry(customerId, PointsKind.REDEEM, -points,
                    reason == null ? "redeemed at checkout" : reason, now);
            redemption.broadleafOrderId = broadleafOrderId;
            redemption.baseAmount = terms.yuanFor(points);
            append(redemption, now);
            return redemption.id;
        });
    }

    @Override
    public boolean cancelRedemption(final long redeemEntryId, final String reason) {
        final long[] redemption = transaction.execute(status -> store.redemption(redeemEntryId));
        if (redemption == null) {
            throw new PointsException(PointsError.UNKNOWN_REDEMPTION, "no redemption " + redeemEntryId);
        }
        return transaction.execute(status -> {
            Date now = SystemTime.asDate();
            store.lockAccount(redemption[0], now);
            if (store.isCancelled(redeemEntryId)) {
                return false;
            }
            NewPointsEntry cancel = entry(redemption[0], PointsKind.REDEEM_CANCEL, -redemption[1],
                    reason == null ? "redemption given back" : reason, now);
            cancel.relatesTo = redeemEntryId;
            cancel.broadleafOrderId = redemption[2];
            cancel.expiresAt = expiry.expiresAt(now);
            append(cancel, now);
            return true;
        });
    }

    @Override
    public long cancelRedemptionsOf(long broadleafOrderId, String reason) {
        List<long[]> open = transaction.execute(status -> store.openRedemptionsOf(broadleafOrderId));
        long given = 0L;
        for (long[] redemption : open) {
            if (cancelRedemption(redemption[0], reason)) {
                given -= redemption[1];
            }
        }
        return given;
    }

    @Override
    public long adjust(final long customerId, final long points, final String reason, final String actor) {
        if (reason == null || reason.trim().isEmpty()) {
            throw new PointsException(PointsError.REASON_REQUIRED, "an adjustment needs a reason");
        }
        if (points == 0) {
            throw new PointsException(PointsError.POINTS_NOT_POSITIVE, "an adjustment of zero points");
        }
        return transaction.execute(status -> {
            Date now = SystemTime.asDate();
            long available = store.lockAccount(customerId, now)[0] - expireLocked(customerId, now);
            if (points < 0 && available + points < 0) {
                throw new PointsException(PointsError.NOT_ENOUGH_POINTS, "member " + customerId + " has " + available
                        + " points available, cannot deduct " + (-points));
            }
            NewPointsEntry adjustment = entry(customerId, PointsKind.ADJUST, points, reason.trim(), now);
            adjustment.actor = actor;
            if (points > 0) {
                adjustment.expiresAt = expiry.expiresAt(now);
            }
            append(adjustment, now);
            return adjustment.id;
        });
    }

    @Override
    public int release() {
        Date now = SystemTime.asDate();
        int members = 0;
        for (final Long customerId : store.membersWithDueEarnings(now)) {
            Long moved = transaction.execute(status -> {
                store.lockAccount(customerId, now);
                long points = store.releaseDue(customerId, now);
                store.addToAccounts(Collections.singletonMap(customerId, new long[] {points, -points}), now);
                return points;
            });
            members += moved != null && moved != 0 ? 1 : 0;
        }
        return members;
    }

    @Override
    public long expire() {
        Date now = SystemTime.asDate();
        long expired = 0L;
        for (final Long customerId : store.membersWithExpiredLots(now)) {
            Long points = transaction.execute(status -> {
                store.lockAccount(customerId, now);
                return expireLocked(customerId, now);
            });
            expired += points == null ? 0L : points;
        }
        return expired;
    }

    /** Writes EXPIRY entries for what is left of the member's expired lots; the account must be locked. */
    private long expireLocked(long customerId, Date now) {
        Map<Long, Long> due = PointsLots.replay(store.rowsOf(customerId)).dueToExpire(now);
        long expired = 0L;
        for (Map.Entry<Long, Long> lot : due.entrySet()) {
            NewPointsEntry expiryEntry = entry(customerId, PointsKind.EXPIRY, -lot.getValue(), "expired", now);
            expiryEntry.relatesTo = lot.getKey();
            append(expiryEntry, now);
            expired += lot.getValue();
        }
        return expired;
    }

    @Override
    public long pointsFor(BigDecimal amount, Long customerId, String channelCode, String storeCode, Date at) {
        BigDecimal multiplier = customerId == null ? BigDecimal.ONE
                : multipliers.multiplierFor(customerId, channelCode, storeCode, at);
        return terms.earned(amount, multiplier == null || multiplier.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE
                : multiplier);
    }

    @Override
    public PointsTerms getTerms() {
        return terms;
    }

    @Override
    public Map<Long, long[]> balanceMismatches() {
        return transaction.execute(status -> store.balanceMismatches());
    }

    private NewPointsEntry entry(long customerId, PointsKind kind, long points, String reason, Date now) {
        return new NewPointsEntry(ids.next(PointsBatch.SEQUENCE), customerId, kind, points, PointsStatus.AVAILABLE,
                reason, now);
    }

    private void append(NewPointsEntry entry, Date now) {
        store.addToAccounts(Collections.singletonMap(entry.customerId, new long[] {entry.points, 0L}), now);
        store.insert(Collections.singletonList(entry));
    }
}
