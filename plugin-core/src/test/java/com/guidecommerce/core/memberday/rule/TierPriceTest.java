package com.guidecommerce.core.memberday.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TierPriceTest {

    @Test
    void shouldTakeTheTiersPercentageOffAPrice() {
        assertEquals("527.12", price("599.00", "12"));
        assertEquals("270.00", price("300.00", "10"));
        assertEquals("0.00", price("49.00", "100"));
    }

    @Test
    void shouldRoundTheDiscountToCentsHalfEvenAsBroadleafDoes() {
        // 0.125 of a cent rounds to the even 0.12, 0.135 to 0.14.
        assertEquals("0.12", TierPrice.percentOffDiscount(new BigDecimal("1.25"), new BigDecimal("10")).toPlainString());
        assertEquals("0.14", TierPrice.percentOffDiscount(new BigDecimal("1.35"), new BigDecimal("10")).toPlainString());
        assertEquals("1.13", price("1.25", "10"));
    }

    @Test
    void shouldCutTheRateToFiveDecimalsFirstAsBroadleafDoes() {
        // 33.333333 % is a rate of 0.33333: on 10,000.00 that is 3,333.30 off, not 3,333.33.
        assertEquals("3333.30",
                TierPrice.percentOffDiscount(new BigDecimal("10000.00"), new BigDecimal("33.333333")).toPlainString());
    }

    @Test
    void shouldSayHowMuchACartIsShortOfTheMinimum() {
        assertEquals("20.01", TierPrice.shortOfMinimum(new BigDecimal("78.99"), new BigDecimal("99")).toPlainString());
        assertEquals("0.00", TierPrice.shortOfMinimum(new BigDecimal("99.00"), new BigDecimal("99")).toPlainString());
        assertEquals("0.00", TierPrice.shortOfMinimum(new BigDecimal("10.00"), null).toPlainString());
    }

    @Test
    void shouldWriteThePercentageAsAChineseDiscountFigure() {
        assertEquals("88", TierPrice.zhe(new BigDecimal("12")));
        assertEquals("95", TierPrice.zhe(new BigDecimal("5.00")));
        assertEquals("9", TierPrice.zhe(new BigDecimal("10")));
        assertEquals("8.75", TierPrice.zhe(new BigDecimal("12.5")));
        assertEquals("5", TierPrice.zhe(new BigDecimal("50")));
    }

    private static String price(String amount, String percent) {
        return TierPrice.percentOffPrice(new BigDecimal(amount), new BigDecimal(percent)).toPlainString();
    }
}
