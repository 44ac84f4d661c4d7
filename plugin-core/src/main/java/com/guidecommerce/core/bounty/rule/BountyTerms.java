package com.guidecommerce.core.bounty.rule;

import java.math.BigDecimal;

/** HQ's new-member bounty terms (runtime properties {@code gc.bounty.*}). */
public final class BountyTerms {

    private final BigDecimal amount;
    private final int dailyCapPerGuide;
    private final int returnWindowDays;
    private final int purchaseDeadlineDays;
    private final BigDecimal minimumOrderAmount;
    private final int newMemberWindowHours;

    /**
     * @param amount               bounty per new member
     * @param dailyCapPerGuide     bounties a guide can earn per day (in the store's time zone)
     * @param returnWindowDays     days the first order must survive before the bounty vests
     * @param purchaseDeadlineDays days after binding within which the first qualifying order must come
     * @param minimumOrderAmount   smallest merchandise amount that qualifies an order
     * @param newMemberWindowHours a member counts as new when bound within this many hours of registering
     */
    public BountyTerms(BigDecimal amount, int dailyCapPerGuide, int returnWindowDays, int purchaseDeadlineDays,
                       BigDecimal minimumOrderAmount, int newMemberWindowHours) {
        if (amount.signum() < 0 || dailyCapPerGuide < 0 || returnWindowDays < 0 || purchaseDeadlineDays <= 0
                || minimumOrderAmount.signum() < 0 || newMemberWindowHours <= 0) {
            throw new IllegalArgumentException("Bounty terms must not be negative (deadline and window positive)");
        }
        this.amount = amount;
        this.dailyCapPerGuide = dailyCapPerGuide;
        this.returnWindowDays = returnWindowDays;
        this.purchaseDeadlineDays = purchaseDeadlineDays;
        this.minimumOrderAmount = minimumOrderAmount;
        this.newMemberWindowHours = newMemberWindowHours;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getDailyCapPerGuide() {
        return dailyCapPerGuide;
    }

    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    public int getPurchaseDeadlineDays() {
        return purchaseDeadlineDays;
    }

    public BigDecimal getMinimumOrderAmount() {
        return minimumOrderAmount;
    }

    public int getNewMemberWindowHours() {
        return newMemberWindowHours;
    }
}
