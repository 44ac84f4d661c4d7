package com.guidecommerce.core.commission.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommissionMathTest {

    private static final List<String> ROLES = Arrays.asList("sharer", "parentGuide", "boundGuide", "franchisee");

    @Test
    void shouldRoundEachShareOnceToTheFenHalfUp() {
        assertEquals(new BigDecimal("19.95"), CommissionMath.share(new BigDecimal("199.00"), new BigDecimal("0.10025")));
        assertEquals(new BigDecimal("0.03"), CommissionMath.share(new BigDecimal("0.50"), new BigDecimal("0.05")));
    }

    @Test
    void shouldPayTheDemoPlanInFullWhenItFitsTheCap() {
        List<CommissionMath.Share> shares = CommissionMath.allocate(new BigDecimal("599.00"), ROLES,
                rates("0.10", "0.03", "0.05", "0.02"), new BigDecimal("0.20"));

        assertEquals(new BigDecimal("59.90"), shares.get(0).getAmount());
        assertEquals(new BigDecimal("17.97"), shares.get(1).getAmount());
        assertEquals(new BigDecimal("29.95"), shares.get(2).getAmount());
        assertEquals(new BigDecimal("11.98"), shares.get(3).getAmount());
    }

    @Test
    void shouldCutTheLowestPriorityBeneficiariesAtTheCap() {
        List<CommissionMath.Share> shares = CommissionMath.allocate(new BigDecimal("100.00"), ROLES,
                rates("0.12", "0.05", "0.05", "0.02"), new BigDecimal("0.20"));

        assertEquals(new BigDecimal("12.00"), shares.get(0).getAmount());
        assertEquals(new BigDecimal("5.00"), shares.get(1).getAmount());
        assertEquals(new BigDecimal("3.00"), shares.get(2).getAmount());
        assertEquals(new BigDecimal("0.00"), shares.get(3).getAmount());
    }

    @Test
    void shouldReverseTheRefundedShareOfAnEntry() {
        BigDecimal reversal = CommissionMath.reversal(new BigDecimal("29.95"), new BigDecimal("599.00"),
                BigDecimal.ZERO, new BigDecimal("199.00"));

        assertEquals(new BigDecimal("-9.95"), reversal);
    }

    @Test
    void shouldReverseExactlyTheOriginalAmountOverAnySequenceOfPartialRefunds() {
        BigDecimal original = new BigDecimal("33.33");
        BigDecimal paid = new BigDecimal("333.33");
        BigDecimal[] refunds = {new BigDecimal("0.01"), new BigDecimal("111.10"), new BigDecimal("0.01"),
            new BigDecimal("222.21")};
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal reversed = BigDecimal.ZERO;
        for (BigDecimal refund : refunds) {
            reversed = reversed.add(CommissionMath.reversal(original, paid, refunded, refund));
            refunded = refunded.add(refund);
        }

        assertEquals(paid, refunded);
        assertEquals(original.negate(), reversed);
    }

    @Test
    void shouldRefuseRefundsBeyondWhatWasPaid() {
        assertThrows(IllegalArgumentException.class, () -> CommissionMath.reversal(new BigDecimal("5.00"),
                new BigDecimal("100.00"), new BigDecimal("90.00"), new BigDecimal("10.01")));
    }

    private static List<BigDecimal> rates(String... rates) {
        BigDecimal[] values = new BigDecimal[rates.length];
        for (int i = 0; i < rates.length; i++) {
            values[i] = new BigDecimal(rates[i]);
        }
        return Arrays.asList(values);
    }
}
