package com.guidecommerce.core.membertag.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagRulesTest {

    private static final Date NOW = new Date(1_800_000_000_000L);
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    private final TagRules rules = new TagRules(terms());

    private static TagTerms terms() {
        return new TagTerms(30, 30, 180, 2, 180, 90, new BigDecimal("30"), 3, 365, new BigDecimal("1000"),
                new BigDecimal("5000"), "MALL");
    }

    private static Date daysAgo(long days) {
        return new Date(NOW.getTime() - days * DAY);
    }

    private static TagOrder order(String channel, long daysAgo, String paid, String refunded) {
        return new TagOrder(channel, daysAgo(daysAgo), new BigDecimal(paid), new BigDecimal(refunded), false);
    }

    private static TagOrder mall(long daysAgo, String paid) {
        return order("MALL", daysAgo, paid, "0");
    }

    private static TagSubject buyer(TagOrder... orders) {
        return new TagSubject(null, null, Arrays.asList(orders));
    }

    @Test
    void shouldCallAMemberNewWhenRegisteredOrFirstBoundWithinTheDays() {
        assertTrue(rules.isNewMember(new TagSubject(daysAgo(30), null, Collections.<TagOrder>emptyList()), NOW));
        assertFalse(rules.isNewMember(new TagSubject(new Date(daysAgo(30).getTime() - 1), null,
                Collections.<TagOrder>emptyList()), NOW));
        assertTrue(rules.isNewMember(new TagSubject(daysAgo(400), daysAgo(2), Collections.<TagOrder>emptyList()), NOW));
        assertFalse(rules.isNewMember(new TagSubject(null, null, Collections.<TagOrder>emptyList()), NOW));
    }

    @Test
    void shouldTagAFirstPurchaseOnlyForExactlyOneKeptOrderWithinTheDays() {
        assertTrue(rules.isFirstPurchase(buyer(mall(30, "10")), NOW));
        assertFalse(rules.isFirstPurchase(buyer(mall(31, "10")), NOW));
        assertFalse(rules.isFirstPurchase(buyer(mall(1, "10"), mall(2, "10")), NOW));
        assertTrue(rules.isFirstPurchase(buyer(mall(1, "10"), order("MALL", 2, "10", "10")), NOW),
                "a wholly refunded order is no purchase");
        assertFalse(rules.isFirstPurchase(buyer(), NOW));
    }

    @Test
    void shouldTagARepeatBuyerFromTwoPurchasesInTheWindow() {
        assertTrue(rules.isRepeatBuyer(buyer(mall(1, "10"), mall(180, "10")), NOW));
        assertFalse(rules.isRepeatBuyer(buyer(mall(1, "10"), mall(181, "10")), NOW));
        assertFalse(rules.isRepeatBuyer(buyer(mall(1, "10"), order("TM", 3, "10", "10")), NOW));
    }

    @Test
    void shouldCallABuyerDormantOnlyWhenTheirLastPurchaseIsOlderThanTheDays() {
        assertTrue(rules.isDormant(buyer(mall(181, "10")), NOW));
        assertFalse(rules.isDormant(buyer(mall(180, "10")), NOW));
        assertFalse(rules.isDormant(buyer(), NOW), "never bought: not dormant");
        assertTrue(rules.isDormant(buyer(mall(200, "10"), order("MALL", 5, "10", "10")), NOW),
                "a refunded recent order does not wake them");
    }

    @Test
    void shouldTagAMemberDayPurchaseWithinTheWindow() {
        TagOrder onMemberDay = new TagOrder("MALL", daysAgo(90), BigDecimal.TEN, BigDecimal.ZERO, true);
        TagOrder tooOld = new TagOrder("MALL", daysAgo(91), BigDecimal.TEN, BigDecimal.ZERO, true);
        TagOrder refunded = new TagOrder("MALL", daysAgo(1), BigDecimal.TEN, BigDecimal.TEN, true);
        assertTrue(rules.isMemberDayBuyer(buyer(onMemberDay), NOW));
        assertFalse(rules.isMemberDayBuyer(buyer(tooOld, mall(1, "10")), NOW));
        assertFalse(rules.isMemberDayBuyer(buyer(refunded), NOW));
    }

    @Test
    void shouldTagHighRefundsFromTheShareAndTheMinimumOrders() {
        assertTrue(rules.isHighRefund(buyer(order("MALL", 1, "100", "30"), mall(2, "100"), mall(3, "100"),
                order("TM", 4, "100", "90"))), "120 of 400 is 30 %");
        assertFalse(rules.isHighRefund(buyer(order("MALL", 1, "100", "29.99"), mall(2, "100"), mall(3, "100"),
                order("TM", 4, "100", "90"))));
        assertFalse(rules.isHighRefund(buyer(order("MALL", 1, "100", "100"), order("MALL", 2, "100", "100"))),
                "fewer orders than the minimum");
    }

    @Test
    void shouldTagPlatformOnlyWhenEveryOrderIsInOneOtherChannel() {
        assertEquals("TM", rules.onlyPlatform(buyer(order("TM", 1, "10", "0"), order("TM", 400, "10", "10"))));
        assertNull(rules.onlyPlatform(buyer(order("TM", 1, "10", "0"), mall(2, "10"))));
        assertNull(rules.onlyPlatform(buyer(mall(2, "10"))));
        assertNull(rules.onlyPlatform(buyer()));
    }

    @Test
    void shouldBandSpendKeptInTheWindowByTheThresholds() {
        assertNull(rules.spendBand(buyer(), NOW));
        assertNull(rules.spendBand(buyer(mall(366, "9000")), NOW));
        assertEquals(SpendBand.LOW, rules.spendBand(buyer(mall(1, "999.99")), NOW));
        assertEquals(SpendBand.MID, rules.spendBand(buyer(mall(1, "600"), order("TM", 365, "500", "100")), NOW));
        assertEquals(SpendBand.MID, rules.spendBand(buyer(order("TM", 1, "6000", "1000.01")), NOW));
        assertEquals(SpendBand.HIGH, rules.spendBand(buyer(mall(1, "5000")), NOW));
    }

    @Test
    void shouldListEveryTagHeldInCodeOrder() {
        List<TagOrder> orders = new ArrayList<TagOrder>();
        orders.add(new TagOrder("TM", daysAgo(1), new BigDecimal("700"), BigDecimal.ZERO, true));
        orders.add(order("TM", 10, "400", "0"));
        TagSubject member = new TagSubject(daysAgo(5), daysAgo(3), orders);

        assertEquals(Arrays.asList(MemberTag.of(TagCode.NEW_MEMBER), MemberTag.of(TagCode.REPEAT_BUYER),
                MemberTag.of(TagCode.MEMBER_DAY_BUYER), new MemberTag(TagCode.PLATFORM_ONLY, "TM"),
                new MemberTag(TagCode.SPEND_BAND, "MID")), rules.tagsOf(member, NOW));
    }

    @Test
    void shouldShowEachRuleWithItsParameters() {
        assertEquals(Arrays.<Object>asList(2, 180), rules.ruleOf(TagCode.REPEAT_BUYER).getArgList());
        assertEquals(Arrays.<Object>asList(365, "1000", "5000"), rules.ruleOf(TagCode.SPEND_BAND).getArgList());
        assertEquals("rule.HIGH_REFUND", rules.ruleOf(TagCode.HIGH_REFUND).getMessageKey());
        assertEquals(TagCode.values().length, rules.rules().size());
    }

    @Test
    void shouldRefuseTermsThatMakeNoSense() {
        assertThrows(IllegalArgumentException.class, () -> new TagTerms(0, 30, 180, 2, 180, 90, BigDecimal.TEN, 3,
                365, BigDecimal.ONE, BigDecimal.TEN, "MALL"));
        assertThrows(IllegalArgumentException.class, () -> new TagTerms(30, 30, 180, 1, 180, 90, BigDecimal.TEN, 3,
                365, BigDecimal.ONE, BigDecimal.TEN, "MALL"));
        assertThrows(IllegalArgumentException.class, () -> new TagTerms(30, 30, 180, 2, 180, 90,
                new BigDecimal("101"), 3, 365, BigDecimal.ONE, BigDecimal.TEN, "MALL"));
        assertThrows(IllegalArgumentException.class, () -> new TagTerms(30, 30, 180, 2, 180, 90, BigDecimal.TEN, 3,
                365, BigDecimal.TEN, BigDecimal.TEN, "MALL"));
    }

    @Test
    void shouldParseTagNamesIgnoringCase() {
        assertEquals(TagCode.DORMANT, TagCode.parse(" dormant "));
        assertNull(TagCode.parse("SLEEPY"));
    }
}
