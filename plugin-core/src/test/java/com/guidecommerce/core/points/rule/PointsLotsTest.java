package com.guidecommerce.core.points.rule;

import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointsLotsTest {

    private static final long DAY = 86_400_000L;

    @Test
    void shouldSpendThePointsThatExpireFirst() {
        PointsRow older = earning(1, 100, day(1), day(365));
        PointsRow newer = earning(2, 100, day(2), day(400));
        PointsRow spend = entry(3, PointsKind.REDEEM, -150, day(10), null);

        PointsLots lots = PointsLots.replay(Arrays.asList(newer, spend, older));

        assertEquals(0L, lots.remainingOf(1));
        assertEquals(50L, lots.remainingOf(2));
        assertEquals(50L, lots.usableAt(day(11)));
    }

    @Test
    void shouldExpireOnlyWhatSpendingLeftOfAnEarning() {
        PointsRow older = earning(1, 100, day(1), day(365));
        PointsRow newer = earning(2, 100, day(2), day(400));
        PointsRow spend = entry(3, PointsKind.REDEEM, -70, day(10), null);

        PointsLots lots = PointsLots.replay(Arrays.asList(older, newer, spend));

        assertEquals(Collections.singletonMap(1L, 30L), lots.dueToExpire(day(365)));
        assertEquals(Collections.emptyMap(), lots.dueToExpire(day(364)));
    }

    @Test
    void shouldNotExpireALotTwice() {
        PointsRow earning = earning(1, 100, day(1), day(365));
        PointsRow expired = entry(2, PointsKind.EXPIRY, -100, day(366), 1L);

        PointsLots lots = PointsLots.replay(Arrays.asList(earning, expired));

        assertEquals(Collections.emptyMap(), lots.dueToExpire(day(400)));
        assertEquals(0L, lots.usableAt(day(400)));
    }

    @Test
    void shouldNeverSpendPointsAlreadyPastTheirDate() {
        PointsRow old = earning(1, 100, day(1), day(30));
        PointsRow fresh = earning(2, 100, day(2), day(400));
        PointsRow spend = entry(3, PointsKind.REDEEM, -60, day(31), null);

        PointsLots lots = PointsLots.replay(Arrays.asList(old, fresh, spend));

        assertEquals(100L, lots.remainingOf(1));
        assertEquals(40L, lots.remainingOf(2));
        Map<Long, Long> due = new LinkedHashMap<Long, Long>();
        due.put(1L, 100L);
        assertEquals(due, lots.dueToExpire(day(31)));
    }

    @Test
    void shouldTakeAReversalFromItsOwnEarningFirstAndOweWhatWasSpent() {
        PointsRow first = earning(1, 100, day(1), day(365));
        PointsRow spend = entry(2, PointsKind.REDEEM, -100, day(5), null);
        PointsRow reversal = entry(3, PointsKind.REVERSAL, -40, day(6), 1L);

        PointsLots lots = PointsLots.replay(Arrays.asList(first, spend, reversal));

        assertEquals(40L, lots.getDebt());
        assertEquals(-40L, lots.usableAt(day(7)));

        PointsRow later = earning(4, 100, day(8), day(400));
        PointsLots settled = PointsLots.replay(Arrays.asList(first, spend, reversal, later));

        assertEquals(0L, settled.getDebt());
        assertEquals(60L, settled.remainingOf(4));
    }

    @Test
    void shouldOpenAnEarningWithWhatWasReversedWhilePending() {
        PointsRow earning = new PointsRow(1, PointsKind.EARN, 100, PointsStatus.AVAILABLE, day(1), day(8), day(365),
                null);
        PointsRow reversal = entry(2, PointsKind.REVERSAL, -30, day(3), 1L);

        PointsLots lots = PointsLots.replay(Arrays.asList(earning, reversal));

        assertEquals(70L, lots.remainingOf(1));
        assertEquals(0L, lots.getDebt());
    }

    @Test
    void shouldIgnorePendingEarnings() {
        PointsRow pending = new PointsRow(1, PointsKind.EARN, 100, PointsStatus.PENDING, day(1), null, day(365), null);

        PointsLots lots = PointsLots.replay(Collections.singletonList(pending));

        assertEquals(0L, lots.usableAt(day(2)));
        assertEquals(Collections.emptyMap(), lots.dueToExpire(day(400)));
    }

    private static PointsRow earning(long id, long points, Date availableAt, Date expiresAt) {
        return new PointsRow(id, PointsKind.EARN, points, PointsStatus.AVAILABLE, availableAt, availableAt, expiresAt,
                null);
    }

    private static PointsRow entry(long id, PointsKind kind, long points, Date at, Long relatesTo) {
        return new PointsRow(id, kind, points, PointsStatus.AVAILABLE, at, null, null, relatesTo);
    }

    private static Date day(int day) {
        return new Date(1_700_000_000_000L + day * DAY);
    }
}
