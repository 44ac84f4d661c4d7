package com.guidecommerce.core.points.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.points.PointsExpiryJob;
import com.guidecommerce.core.points.PointsReleaseJob;
import com.guidecommerce.core.points.dao.PointsHistoryLine;
import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import com.guidecommerce.core.test.TestPointsMultipliers;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The points ledger fed by real channel deliveries through the ingest pipeline: earning (multiplied), reversal on
 * partial refunds, release after the return window, expiry, adjustments — the balance always equal to the entries.
 */
@ExtendWith(BroadleafContextExtension.class)
class PointsLedgerTest {

    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPointsService")
    PointsService points;

    @Resource(name = "gcJobRunner")
    JobRunner runner;

    @Resource(name = "gcPointsReleaseJob")
    PointsReleaseJob releaseJob;

    @Resource(name = "gcPointsExpiryJob")
    PointsExpiryJob expiryJob;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    ChannelOrderFixtures orders;
    Channel tmall;
    Customer member;

    @BeforeEach
    void setUp() {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        tmall = commission.channel("TM", CommissionStart.PAID, 7, "tmall-points-secret");
        orders = new ChannelOrderFixtures(context);
        member = new OrganisationFixtures(context).member();
        clock.at(0);
    }

    @AfterEach
    void tearDown() {
        TestPointsMultipliers.forget(member.getId());
    }

    @Test
    void shouldEarnPendingPointsPerPaidYuanTimesTheMemberDayMultiplierOnATmallOrder() {
        TestPointsMultipliers.give(member.getId(), new BigDecimal("2"));

        orders.paid(tmall, member, "PT-EARN", "199.90");

        assertBalance(0L, 399L);
        Map<String, Object> earning = jdbc.queryForMap("SELECT KIND, POINTS, STATUS, MULTIPLIER, CHANNEL_CODE, REASON"
                + " FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ?", member.getId());
        assertEquals("EARN", earning.get("KIND"));
        assertEquals(399L, ((Number) earning.get("POINTS")).longValue());
        assertEquals("PENDING", earning.get("STATUS"));
        assertEquals(0, new BigDecimal("2").compareTo((BigDecimal) earning.get("MULTIPLIER")));
        assertEquals(tmall.getCode(), earning.get("CHANNEL_CODE"));
        assertTrue(((String) earning.get("REASON")).contains("PT-EARN"), (String) earning.get("REASON"));
    }

    @Test
    void shouldTakeBackTheRefundedShareOfALineAndAllOfItWhenTheRefundsAddUpToThePayment() {
        orders.paid(tmall, member, "PT-REFUND", "100.00");

        orders.refunded(tmall, "PT-REFUND", "33.33");
        assertBalance(0L, 67L);
        orders.refunded(tmall, "PT-REFUND", "66.67");

        assertBalance(0L, 0L);
        assertEquals(Arrays.asList(-33L, -67L), jdbc.queryForList("SELECT POINTS FROM GC_POINTS_ENTRY"
                + " WHERE CUSTOMER_ID = ? AND KIND = 'REVERSAL' ORDER BY POINTS DESC", Long.class, member.getId()));
    }

    @Test
    void shouldEarnPerLineWhenAnOrderThatWaitedUnmatchedIsIdentifiedLessWhatWasRefundedMeanwhile() {
        ingest(ChannelEvent.builder(EventType.ORDER_PAID, "PT-WAIT").occurredAt(SystemTime.asDate())
                .buyerId("tm-buyer-" + member.getId())
                .line(new EventLine("1", null, null, null, null, 1, new BigDecimal("60.00")))
                .line(new EventLine("2", null, null, null, null, 1, new BigDecimal("40.00"))).build());
        ingest(ChannelEvent.builder(EventType.REFUND, "PT-WAIT").refundNo("R-PT-WAIT").occurredAt(SystemTime.asDate())
                .line(EventLine.refund("1", new BigDecimal("30.00"))).build());
        assertBalance(0L, 0L);

        Long orderId = jdbc.queryForObject("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ?"
                + " AND ORDER_NO = 'PT-WAIT'", Long.class, tmall.getCode());
        identityService.identify(orderId, member.getId(), "hq-admin");

        assertBalance(0L, 70L);
        assertEquals(Arrays.asList(-30L, 40L, 60L), jdbc.queryForList("SELECT POINTS FROM GC_POINTS_ENTRY"
                + " WHERE CUSTOMER_ID = ? ORDER BY POINTS", Long.class, member.getId()));
    }

    @Test
    void shouldMakePointsAvailableOnlyOnceTheReturnWindowHasClosed() {
        orders.paid(tmall, member, "PT-RELEASE", "50.00");
        clock.at(DAY);
        orders.completed(tmall, "PT-RELEASE");

        clock.at(7 * DAY);
        assertTrue(runner.runNow(releaseJob, "points-test").isRan());
        assertBalance(0L, 50L);

        clock.at(8 * DAY + 1000L);
        JobRunResult<Integer> released = runner.runNow(releaseJob, "points-test");
        assertTrue(released.isRan());
        assertBalance(50L, 0L);
        assertEquals("AVAILABLE", jdbc.queryForObject("SELECT STATUS FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ?",
                String.class, member.getId()));
    }

    @Test
    void shouldReleaseAReversalOfAPendingEarningTogetherWithIt() {
        orders.paid(tmall, member, "PT-PENDREV", "80.00");
        orders.refunded(tmall, "PT-PENDREV", "20.00");
        orders.completed(tmall, "PT-PENDREV");

        clock.at(8 * DAY);
        runner.runNow(releaseJob, "points-test");

        assertBalance(60L, 0L);
    }

    @Test
    void shouldReleaseAReversalThatARefundLeftPendingWhileItsEarningWasBeingReleased() {
        availablePoints("PT-RACE", "100.00");
        long earning = jdbc.queryForObject("SELECT ENTRY_ID FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ? AND KIND = 'EARN'",
                Long.class, member.getId());
        // What a refund batch writes when it read the earning as PENDING just before the release committed.
        jdbc.update("INSERT INTO GC_POINTS_ENTRY (ENTRY_ID, CUSTOMER_ID, KIND, POINTS, STATUS, REASON, CREATED_AT,"
                + " RELATES_TO_ENTRY_ID) VALUES (?, ?, 'REVERSAL', -20, 'PENDING', 'late refund', ?, ?)", -earning,
                member.getId(), new Timestamp(clock.start() + 9 * DAY), earning);
        jdbc.update("UPDATE GC_POINTS_ACCOUNT SET PENDING = PENDING - 20 WHERE CUSTOMER_ID = ?", member.getId());

        clock.at(9 * DAY);
        points.release();

        assertBalance(80L, 0L);
    }

    @Test
    void shouldExpireWhatSpendingLeftOfAnEarningOnceAfterTheFollowingYear() {
        availablePoints("PT-EXPIRE", "100.00");
        points.redeem(member.getId(), 30L, null, "test spend");

        clock.at(800 * DAY);
        JobRunResult<Long> first = runner.runNow(expiryJob, "points-test");
        JobRunResult<Long> second = runner.runNow(expiryJob, "points-test");

        assertTrue(first.isRan() && second.isRan());
        assertEquals(Arrays.asList(-70L), jdbc.queryForList("SELECT POINTS FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ?"
                + " AND KIND = 'EXPIRY'", Long.class, member.getId()));
        assertBalance(0L, 0L);
    }

    @Test
    void shouldNotLetExpiredPointsBeSpentBeforeTheExpiryJobRan() {
        availablePoints("PT-LATE", "100.00");

        clock.at(800 * DAY);
        PointsException refused = assertThrows(PointsException.class,
                () -> points.redeem(member.getId(), 10L, null, "test spend"));

        assertEquals(PointsError.NOT_ENOUGH_POINTS, refused.getError());
        assertBalance(0L, 0L);
    }

    @Test
    void shouldLeaveADebtWhenARefundTakesBackPointsAlreadySpentAndSettleItFromLaterEarnings() {
        availablePoints("PT-DEBT", "100.00");
        points.redeem(member.getId(), 100L, null, "test spend");

        orders.refunded(tmall, "PT-DEBT", "100.00");
        assertBalance(-100L, 0L);

        availablePoints("PT-DEBT-2", "150.00");
        assertBalance(50L, 0L);
        assertTrue(points.redeem(member.getId(), 50L, null, "test spend") > 0);
        assertBalance(0L, 0L);
    }

    @Test
    void shouldRefuseAnAdjustmentWithoutAReasonAndRecordTheAdminWhoMadeIt() {
        PointsException noReason = assertThrows(PointsException.class,
                () -> points.adjust(member.getId(), 100L, " ", "hq-admin"));
        assertEquals(PointsError.REASON_REQUIRED, noReason.getError());

        points.adjust(member.getId(), 250L, "goodwill for a late parcel", "hq-admin");
        PointsException tooMuch = assertThrows(PointsException.class,
                () -> points.adjust(member.getId(), -300L, "correction", "hq-admin"));

        assertEquals(PointsError.NOT_ENOUGH_POINTS, tooMuch.getError());
        assertBalance(250L, 0L);
        Map<String, Object> adjustment = jdbc.queryForMap("SELECT KIND, ACTOR, REASON FROM GC_POINTS_ENTRY"
                + " WHERE CUSTOMER_ID = ?", member.getId());
        assertEquals("ADJUST", adjustment.get("KIND"));
        assertEquals("hq-admin", adjustment.get("ACTOR"));
        assertEquals("goodwill for a late parcel", adjustment.get("REASON"));
    }

    @Test
    void shouldShowTheMemberTheirHistoryNewestFirst() {
        orders.paid(tmall, member, "PT-HIST", "10.00");
        clock.at(1000L);
        points.adjust(member.getId(), 5L, "welcome", "hq-admin");

        List<PointsHistoryLine> history = points.history(member.getId(), 10);

        assertEquals(2, history.size());
        assertEquals("welcome", history.get(0).getReason());
        assertEquals(tmall.getCode(), history.get(1).getChannelCode());
        assertEquals("PT-HIST", history.get(1).getOrderNo());
    }

    private void ingest(ChannelEvent event) {
        IngestResult result = ingestService.ingest(tmall, IngestSource.API, event);
        assertEquals(IngestResult.Status.ACCEPTED, result.getStatus(), result.describeErrors());
    }

    /** Earns and releases the order's points at the test clock's current offset. */
    private void availablePoints(String orderNo, String amount) {
        long offset = jdbc.queryForObject("SELECT COUNT(*) FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ?", Long.class,
                member.getId()) * 10 * DAY;
        clock.at(offset);
        orders.paid(tmall, member, orderNo, amount);
        orders.completed(tmall, orderNo);
        clock.at(offset + 8 * DAY);
        points.release();
    }

    private void assertBalance(long available, long pending) {
        PointsBalance balance = points.balanceOf(member.getId());
        assertEquals(available, balance.getAvailable(), "available");
        assertEquals(pending, balance.getPending(), "pending");
        Map<Long, long[]> mismatches = points.balanceMismatches();
        assertFalse(mismatches.containsKey(member.getId()), "the balance equals the sums of the member's entries");
    }
}
