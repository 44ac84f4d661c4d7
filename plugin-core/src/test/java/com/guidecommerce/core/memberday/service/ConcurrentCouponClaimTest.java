package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.TestDatabase;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Date;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.clockAt;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.withCoupon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A member taps "claim" twice at once (or two nodes take the two requests): one code is issued, both answers carry
 * it, one claim row and one Broadleaf offer code exist. On MySQL (GC_TEST_DB=mysql), where both claims really run
 * in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentCouponClaimTest {

    private static final int ROUNDS = 5;
    private static final LocalDate WEDNESDAY = comingWednesday();

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "gcMemberDayService")
    MemberDayService memberDayService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        new MemberDayFixtures(applicationContext).deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldIssueOneCodeWhenAMemberClaimsTwiceAtOnce() throws Exception {
        assumeTrue(TestDatabase.fromSystemProperties().isMysql(), "races on MySQL only (GC_TEST_DB=mysql)");
        BroadleafFixtures fixtures = new BroadleafFixtures(applicationContext);
        MemberDayFixtures memberDays = new MemberDayFixtures(applicationContext);
        Date at = clockAt(WEDNESDAY, 11, 0);
        Long couponOfferId = memberDays.couponOffer("25.00");
        Long campaignId = memberDays.save(withCoupon(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "1"), "GOLD",
                couponOfferId)).getId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
                CountDownLatch start = new CountDownLatch(1);
                Callable<CouponClaimResult> claim = () -> {
                    start.await();
                    return memberDayService.claimCoupon(gold.getId(), campaignId, at);
                };
                Future<CouponClaimResult> one = pool.submit(claim);
                Future<CouponClaimResult> other = pool.submit(claim);
                start.countDown();
                CouponClaimResult first = one.get(120, TimeUnit.SECONDS);
                CouponClaimResult second = other.get(120, TimeUnit.SECONDS);

                assertFalse(first.isRefused());
                assertFalse(second.isRefused());
                assertEquals(1, (first.isIssuedNow() ? 1 : 0) + (second.isIssuedNow() ? 1 : 0),
                        "exactly one of the two claims issued a code");
                assertNotNull(first.getClaim().getCode());
                assertEquals(first.getClaim().getCode(), second.getClaim().getCode(), "both answer the same code");
                assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_COUPON"
                        + " WHERE CUSTOMER_ID = ? AND OFFER_CODE_ID IS NOT NULL", Integer.class, gold.getId()));
                assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_COUPON"
                        + " WHERE CUSTOMER_ID = ?", Integer.class, gold.getId()));
                assertTrue(memberDayService.openCouponCodeIds(gold.getId(), at)
                        .contains(first.getClaim().getOfferCodeId()));
            }
            assertEquals(Integer.valueOf(ROUNDS), jdbc.queryForObject("SELECT COUNT(*) FROM BLC_OFFER_CODE"
                    + " WHERE OFFER_ID = ?", Integer.class, couponOfferId), "one Broadleaf code per member");
        } finally {
            pool.shutdownNow();
        }
    }
}
