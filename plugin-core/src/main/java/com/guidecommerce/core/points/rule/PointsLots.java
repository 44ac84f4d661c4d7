package com.guidecommerce.core.points.rule;

import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a member's points are left, replayed from the ledger in time order: every lot (an available earning, a
 * positive adjustment, a cancelled redemption) opens when it becomes available; spending (redemptions, negative
 * adjustments) uses the lots that expire first (first in, first out) and never a lot already expired; a reversal takes
 * from its own earning first, then like spending; an expiry takes the rest of its lot. What cannot be taken from any
 * lot is a debt the next lots pay first. Pending entries are not replayed.
 */
public final class PointsLots {

    private static final Comparator<Lot> FIRST_TO_EXPIRE = new Comparator<Lot>() {
        @Override
        public int compare(Lot a, Lot b) {
            int byExpiry = a.expiresAt.compareTo(b.expiresAt);
            return byExpiry != 0 ? byExpiry : Long.compare(a.id, b.id);
        }
    };

    private static final class Lot {
        final long id;
        final Date expiresAt;
        long remaining;
        boolean expired;

        Lot(long id, Date expiresAt) {
            this.id = id;
            this.expiresAt = expiresAt == null ? new Date(Long.MAX_VALUE) : expiresAt;
        }
    }

    private static final class Step {
        final Date at;
        final int phase;
        final PointsRow row;

        Step(Date at, int phase, PointsRow row) {
            this.at = at;
            this.phase = phase;
            this.row = row;
        }
    }

    private final Map<Long, Lot> lots = new LinkedHashMap<Long, Lot>();
    private long debt;

    private PointsLots() {
    }

    /** Replays the member's entries (in any order). */
    public static PointsLots replay(List<PointsRow> rows) {
        PointsLots result = new PointsLots();
        List<Step> steps = new ArrayList<Step>();
        Map<Long, Long> openingReversals = new LinkedHashMap<Long, Long>();
        Map<Long, PointsRow> earnings = new LinkedHashMap<Long, PointsRow>();
        for (PointsRow row : rows) {
            if (row.getKind() == PointsKind.EARN) {
                earnings.put(row.getId(), row);
            }
        }
        for (PointsRow row : rows) {
            if (row.getStatus() != PointsStatus.AVAILABLE) {
                continue;
            }
            if (row.isLot()) {
                steps.add(new Step(opensAt(row), 0, row));
            } else if (row.getKind() == PointsKind.REVERSAL && reversedWhilePending(row, earnings)) {
                // Released together with its earning: the lot opens with what is left of it.
                Long before = openingReversals.get(row.getRelatesTo());
                openingReversals.put(row.getRelatesTo(), (before == null ? 0L : before) + row.getPoints());
            } else if (row.getPoints() != 0) {
                steps.add(new Step(row.getCreatedAt(), 1, row));
            }
        }
        Collections.sort(steps, new Comparator<Step>() {
            @Override
            public int compare(Step a, Step b) {
                int byTime = a.at.compareTo(b.at);
                if (byTime != 0) {
                    return byTime;
                }
                return a.phase != b.phase ? Integer.compare(a.phase, b.phase) : Long.compare(a.row.getId(), b.row.getId());
            }
        });
        for (Step step : steps) {
            if (step.phase == 0) {
                Long reversed = openingReversals.get(step.row.getId());
                result.open(step.row, step.row.getPoints() + (reversed == null ? 0L : reversed));
            } else {
                result.take(step.row, step.at);
            }
        }
        return result;
    }

    private static Date opensAt(PointsRow row) {
        return row.getKind() == PointsKind.EARN && row.getAvailableAt() != null ? row.getAvailableAt() : row.getCreatedAt();
    }

    private static boolean reversedWhilePending(PointsRow reversal, Map<Long, PointsRow> earnings) {
        PointsRow earning = earnings.get(reversal.getRelatesTo());
        return earning != null && earning.getAvailableAt() != null
                && !reversal.getCreatedAt().after(earning.getAvailableAt());
    }

    private void open(PointsRow row, long points) {
        Lot lot = new Lot(row.getId(), row.getExpiresAt());
        long paid = Math.min(debt, Math.max(0L, points));
        debt -= paid;
        lot.remaining = points - paid;
        lots.put(lot.id, lot);
    }

    private void take(PointsRow row, Date at) {
        long wanted = -row.getPoints();
        if (wanted < 0) {
            // A positive entry that opens no lot (none today) would simply pay debt.
            debt = Math.max(0L, debt + wanted);
            return;
        }
        if (row.getKind() == PointsKind.EXPIRY) {
            Lot lot = lots.get(row.getRelatesTo());
            if (lot != null) {
                lot.expired = true;
                wanted -= takeFrom(lot, wanted);
            }
        } else if (row.getKind() == PointsKind.REVERSAL) {
            Lot own = lots.get(row.getRelatesTo());
            if (own != null) {
                wanted -= takeFrom(own, wanted);
            }
        }
        List<Lot> usable = new ArrayList<Lot>();
        for (Lot lot : lots.values()) {
            if (!lot.expired && lot.remaining > 0 && lot.expiresAt.after(at)) {
                usable.add(lot);
            }
        }
        Collections.sort(usable, FIRST_TO_EXPIRE);
        for (Lot lot : usable) {
            if (wanted == 0) {
                break;
            }
            wanted -= takeFrom(lot, wanted);
        }
        debt += wanted;
    }

    private static long takeFrom(Lot lot, long wanted) {
        long taken = Math.min(wanted, Math.max(0L, lot.remaining));
        lot.remaining -= taken;
        return taken;
    }

    /** What is left of the lot (an entry id); zero for an entry that is no lot of this member. */
    public long remainingOf(long entryId) {
        Lot lot = lots.get(entryId);
        return lot == null ? 0L : lot.remaining;
    }

    /** Lots that expire at or before {@code now}, have points left and no expiry entry yet: id to what is left. */
    public Map<Long, Long> dueToExpire(Date now) {
        Map<Long, Long> due = new LinkedHashMap<Long, Long>();
        for (Lot lot : lots.values()) {
            if (!lot.expired && lot.remaining > 0 && !lot.expiresAt.after(now)) {
                due.put(lot.id, lot.remaining);
            }
        }
        return due;
    }

    /** Points the member owes: taken (reversed) beyond what any lot held, paid by the next lots. */
    public long getDebt() {
        return debt;
    }

    /** Points left in lots not yet expired at {@code at}, minus the debt. */
    public long usableAt(Date at) {
        long sum = -debt;
        for (Lot lot : lots.values()) {
            if (!lot.expired && lot.expiresAt.after(at)) {
                sum += lot.remaining;
            }
        }
        return sum;
    }

    /** Points left in lots not yet expired at {@code at} that expire before {@code until}. */
    public long expiringBetween(Date at, Date until) {
        long sum = 0L;
        for (Lot lot : lots.values()) {
            if (!lot.expired && lot.remaining > 0 && lot.expiresAt.after(at) && !lot.expiresAt.after(until)) {
                sum += lot.remaining;
            }
        }
        return sum;
    }
}
