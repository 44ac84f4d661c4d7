package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The channel feature's read API over real orders from the ingest pipeline, on the test database. */
@ExtendWith(BroadleafContextExtension.class)
class ChannelOrderServiceTest {

    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelOrderService")
    ChannelOrderService channelOrders;

    @RegisterExtension
    TestClock clock = new TestClock();

    OrganisationFixtures organisation;
    ChannelOrderFixtures orders;
    Channel ownMall;
    Channel tmall;

    @BeforeEach
    void setUp() {
        clock.at(0);
        organisation = new OrganisationFixtures(context);
        orders = new ChannelOrderFixtures(context);
        ownMall = orders.ownMall();
        tmall = new CommissionFixtures(context).channel("COT", CommissionStart.PAID, 10, "cot-secret");
    }

    @Test
    void shouldFindTheMembersWhoPaidInAnyChannelOwnMallIncluded() {
        Customer ownMallBuyer = organisation.member();
        Customer tmallBuyer = organisation.member();
        Customer refundedBuyer = organisation.member();
        Customer neverBought = organisation.member();
        orders.paid(ownMall, ownMallBuyer, orderNo("OM"), "59.00");
        orders.paid(tmall, tmallBuyer, orderNo("TM"), "0.01");
        String refunded = orderNo("RF");
        orders.paid(tmall, refundedBuyer, refunded, "30.00");
        orders.refunded(tmall, refunded, "30.00");

        Set<Long> buyers = channelOrders.findMembersWithPaidOrder(
                Arrays.asList(ownMallBuyer.getId(), tmallBuyer.getId(), refundedBuyer.getId(), neverBought.getId()));

        assertEquals(new HashSet<Long>(Arrays.asList(ownMallBuyer.getId(), tmallBuyer.getId(), refundedBuyer.getId())),
                buyers);
    }

    @Test
    void shouldSumEachMembersSpendInEveryChannelLessRefundsWithTheirLastPurchase() {
        Customer member = organisation.member();
        Customer other = organisation.member();
        Customer neverBought = organisation.member();
        String tmallOrder = orderNo("TM");
        orders.paid(tmall, member, tmallOrder, "120.00");
        orders.paid(tmall, other, orderNo("OT"), "7.00");
        Date last = clock.at(DAY);
        orders.paid(ownMall, member, orderNo("OM"), "80.00");
        orders.refunded(tmall, tmallOrder, "20.50");

        Map<Long, MemberSpend> spend = channelOrders.findSpendOf(
                Arrays.asList(member.getId(), other.getId(), neverBought.getId()));

        MemberSpend mine = spend.get(member.getId());
        assertEquals(new BigDecimal("179.50"), mine.getNetSpend());
        assertEquals(2, mine.getOrders());
        assertEquals(last, mine.getLastPaidAt());
        assertEquals(ownMall.getCode(), mine.getLastChannelCode());
        assertEquals(new BigDecimal("7.00"), spend.get(other.getId()).getNetSpend());
        assertEquals(tmall.getCode(), spend.get(other.getId()).getLastChannelCode());
        assertFalse(spend.containsKey(neverBought.getId()), "a member who never bought is absent");
        assertTrue(channelOrders.findSpendOf(Collections.<Long>emptyList()).isEmpty());
    }

    @Test
    void shouldAnswerForMoreMembersThanOneQueryTakes() {
        Customer first = organisation.member();
        Customer last = organisation.member();
        orders.paid(tmall, first, orderNo("F"), "10.00");
        orders.paid(ownMall, last, orderNo("L"), "10.00");
        Set<Long> asked = new LinkedHashSet<Long>();
        asked.add(first.getId());
        for (long noMember = -1; noMember >= -2500; noMember--) {
            asked.add(noMember);
        }
        asked.add(last.getId());

        Set<Long> buyers = channelOrders.findMembersWithPaidOrder(asked);

        assertEquals(new HashSet<Long>(Arrays.asList(first.getId(), last.getId())), buyers);
    }

    @Test
    void shouldListEachMembersPaidOrdersSinceTheirOwnMomentInPaymentOrder() {
        Customer member = organisation.member();
        Customer other = organisation.member();
        orders.paid(ownMall, member, orderNo("BEFORE"), "500.00");
        orders.paid(tmall, other, orderNo("OTHER"), "20.00");
        Date paidOnTmall = clock.at(DAY);
        String tmallOrder = orderNo("TM");
        orders.paid(tmall, member, tmallOrder, "120.00");
        clock.at(2 * DAY);
        String ownMallOrder = orderNo("OM");
        orders.paid(ownMall, member, ownMallOrder, "80.00");
        orders.refunded(tmall, tmallOrder, "20.00");
        Date completed = clock.at(3 * DAY);
        orders.completed(tmall, tmallOrder);
        Map<Long, Date> since = new HashMap<Long, Date>();
        since.put(member.getId(), new Date(clock.start() + DAY / 2));
        since.put(other.getId(), new Date(clock.start() + DAY / 2));

        Map<Long, List<PaidOrder>> found = channelOrders.findPaidOrdersSince(since);

        assertEquals(Collections.singleton(member.getId()), found.keySet(), "the other member bought before");
        List<PaidOrder> paid = found.get(member.getId());
        assertEquals(Arrays.asList(tmall.getCode() + "/" + tmallOrder, Channel.OWN_MALL + "/" + ownMallOrder),
                Arrays.asList(paid.get(0).getReference(), paid.get(1).getReference()));
        PaidOrder onTmall = paid.get(0);
        assertEquals(member.getId(), onTmall.getCustomerId());
        assertEquals(paidOnTmall, onTmall.getPaidAt());
        assertEquals(0, new BigDecimal("120.00").compareTo(onTmall.getPaidAmount()));
        assertEquals(0, new BigDecimal("20.00").compareTo(onTmall.getRefundedAmount()));
        assertFalse(onTmall.isFullyRefunded());
        assertEquals(completed, onTmall.getCompletedAt());
        assertEquals(new Date(completed.getTime() + 10 * DAY), onTmall.getReturnWindowEndsAt(),
                "completed plus Tmall's return window");
        PaidOrder inOwnMall = paid.get(1);
        assertEquals(0, new BigDecimal("80.00").compareTo(inOwnMall.getPaidAmount()));
        assertNull(inOwnMall.getCompletedAt());
        assertNull(inOwnMall.getReturnWindowEndsAt());
    }

    @Test
    void shouldTellAShopperWhereEachOfTheirOrdersStands() {
        Customer shopper = organisation.member();
        Customer other = organisation.member();
        String paid = orderNo("P");
        String completed = orderNo("C");
        String partlyRefunded = orderNo("PR");
        String refunded = orderNo("R");
        String othersOrder = orderNo("O");
        String elsewhere = orderNo("E");
        orders.paid(ownMall, shopper, paid, "100.00");
        orders.paid(ownMall, shopper, completed, "100.00");
        orders.completed(ownMall, completed);
        orders.paid(ownMall, shopper, partlyRefunded, "100.00");
        orders.completed(ownMall, partlyRefunded);
        orders.refunded(ownMall, partlyRefunded, "40.00");
        orders.paid(ownMall, shopper, refunded, "100.00");
        orders.refunded(ownMall, refunded, "100.00");
        orders.paid(ownMall, other, othersOrder, "100.00");
        orders.paid(tmall, shopper, elsewhere, "100.00");

        Map<String, PaidOrder> found = channelOrders.findMemberOrders(shopper.getId(), Channel.OWN_MALL,
                Arrays.asList(paid, completed, partlyRefunded, refunded, othersOrder, elsewhere, orderNo("NONE")));

        assertEquals(new HashSet<String>(Arrays.asList(paid, completed, partlyRefunded, refunded)), found.keySet(),
                "only the shopper's own orders of the channel");
        assertEquals(PaidOrder.Progress.PAID, found.get(paid).getProgress());
        assertEquals(PaidOrder.Progress.COMPLETED, found.get(completed).getProgress());
        assertEquals(PaidOrder.Progress.PARTLY_REFUNDED, found.get(partlyRefunded).getProgress());
        assertEquals(PaidOrder.Progress.REFUNDED, found.get(refunded).getProgress());
        assertTrue(channelOrders.findMemberOrders(shopper.getId(), Channel.OWN_MALL,
                Collections.<String>emptyList()).isEmpty());
    }

    @Test
    void shouldAnswerNothingForNoMembers() {
        assertTrue(channelOrders.findMembersWithPaidOrder(Collections.<Long>emptyList()).isEmpty());
        assertTrue(channelOrders.findPaidOrdersSince(Collections.<Long, Date>emptyMap()).isEmpty());
    }

    private String orderNo(String prefix) {
        return prefix + "-" + clock.start() + "-" + System.nanoTime() % 1000000;
    }
}
