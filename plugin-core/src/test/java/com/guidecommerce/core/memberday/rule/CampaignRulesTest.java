package com.guidecommerce.core.memberday.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CampaignRulesTest {

    private static CampaignDraft weeklyOnWednesday() {
        return new CampaignDraft().name("周三会员日").recurrence("WEEKLY", 3, null, null)
                .validity(LocalDate.of(2026, 12, 1), null).scope("OWN_MALL, POS", "")
                .limits(new BigDecimal("99"), 1);
    }

    @Test
    void shouldAcceptAWeeklyCampaign() {
        assertEquals(Collections.emptyList(), CampaignRules.check(weeklyOnWednesday()));
    }

    @Test
    void shouldNameEachBrokenRuleOfACampaign() {
        CampaignDraft draft = new CampaignDraft().name(" ").recurrence("MONTHLY", null, 32, null)
                .validity(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30)).scope("TMALL'", null)
                .limits(new BigDecimal("-1"), 0);

        assertEquals(Arrays.asList(MemberDayError.NAME_REQUIRED, MemberDayError.DAY_OF_MONTH_OUT_OF_RANGE,
                MemberDayError.END_BEFORE_START, MemberDayError.CODES_INVALID, MemberDayError.MINIMUM_NEGATIVE,
                MemberDayError.USES_PER_DAY_OUT_OF_RANGE), CampaignRules.check(draft));
    }

    @Test
    void shouldNeedReadableDatesForADatesCampaign() {
        assertEquals(Collections.singletonList(MemberDayError.DATES_INVALID),
                CampaignRules.check(weeklyOnWednesday().recurrence("DATES", null, null, "2026-13-01")));
        assertEquals(Collections.singletonList(MemberDayError.DATES_REQUIRED),
                CampaignRules.check(weeklyOnWednesday().recurrence("DATES", null, null, " ")));
    }

    @Test
    void shouldCheckATierBenefit() {
        assertEquals(Collections.emptyList(), CampaignRules.checkBenefit("GOLD", "PERCENT_OFF", new BigDecimal("12"),
                new BigDecimal("2"), Collections.singletonList("SILVER")));
        assertEquals(Arrays.asList(MemberDayError.TIER_REPEATED, MemberDayError.PERCENT_OUT_OF_RANGE,
                MemberDayError.MULTIPLIER_BELOW_ONE), CampaignRules.checkBenefit("GOLD", "PERCENT_OFF",
                new BigDecimal("120"), new BigDecimal("0.5"), Collections.singletonList("GOLD")));
        assertEquals(Arrays.asList(MemberDayError.TIER_INVALID, MemberDayError.DISCOUNT_VALUE_REQUIRED),
                CampaignRules.checkBenefit("GOLD\"", "AMOUNT_OFF", null, BigDecimal.ONE,
                        Collections.<String>emptyList()));
    }

    @Test
    void shouldTakeOnlyAnExistingCodeDeliveredOfferAsCouponOffer() {
        assertNull(CampaignRules.checkCouponOffer(null, false, null), "no coupon is fine");
        assertNull(CampaignRules.checkCouponOffer(7L, true, "CODE"));
        assertEquals(MemberDayError.COUPON_OFFER_MISSING, CampaignRules.checkCouponOffer(7L, false, null));
        assertEquals(MemberDayError.COUPON_OFFER_NOT_CODE, CampaignRules.checkCouponOffer(7L, true, "AUTOMATIC"));
        assertEquals(MemberDayError.COUPON_OFFER_NOT_CODE, CampaignRules.checkCouponOffer(7L, true, null));
    }

    @Test
    void shouldWriteOfferRulesOnTheTierAttributeAndTheSubtotal() {
        assertEquals("customer.customerAttributes[\"gcMemberTier\"] != null"
                + " && customer.customerAttributes[\"gcMemberTier\"].value == \"GOLD\"",
                MemberDayOfferRules.customerRule("GOLD"));
        assertEquals("order.subTotal.getAmount().compareTo(new java.math.BigDecimal(\"199.00\")) >= 0",
                MemberDayOfferRules.orderRule(new BigDecimal("199")));
        assertEquals(null, MemberDayOfferRules.orderRule(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> MemberDayOfferRules.customerRule("A\" || true"));
    }
}
