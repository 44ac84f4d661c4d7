package com.guidecommerce.core.membertag.rule;

import java.math.BigDecimal;

/**
 * The parameters of the automatic tag rules ({@code gc.memberTag.*}). A window of N days means the last N days up to
 * now; a moment exactly N days ago still counts.
 */
public final class TagTerms {

    private final int newMemberDays;
    private final int firstPurchaseDays;
    private final int repeatWindowDays;
    private final int repeatMinOrders;
    private final int dormantDays;
    private final int memberDayWindowDays;
    private final BigDecimal highRefundPercent;
    private final int highRefundMinOrders;
    private final int spendWindowDays;
    private final BigDecimal spendMid;
    private final BigDecimal spendHigh;
    private final String ownMallChannel;

    public TagTerms(int newMemberDays, int firstPurchaseDays, int repeatWindowDays, int repeatMinOrders,
                    int dormantDays, int memberDayWindowDays, BigDecimal highRefundPercent, int highRefundMinOrders,
                    int spendWindowDays, BigDecimal spendMid, BigDecimal spendHigh, String ownMallChannel) {
        positive("gc.memberTag.newMemberDays", newMemberDays);
        positive("gc.memberTag.firstPurchaseDays", firstPurchaseDays);
        positive("gc.memberTag.repeatWindowDays", repeatWindowDays);
        positive("gc.memberTag.dormantDays", dormantDays);
        positive("gc.memberTag.memberDayWindowDays", memberDayWindowDays);
        positive("gc.memberTag.highRefundMinOrders", highRefundMinOrders);
        positive("gc.memberTag.spendWindowDays", spendWindowDays);
        if (repeatMinOrders < 2) {
            throw new IllegalArgumentException("gc.memberTag.repeatMinOrders must be at least 2, was "
                    + repeatMinOrders);
        }
        if (highRefundPercent.signum() <= 0 || highRefundPercent.compareTo(new BigDecimal(100)) > 0) {
            throw new IllegalArgumentException("gc.memberTag.highRefundPercent must be above 0 and at most 100, was "
                    + highRefundPercent);
        }
        if (spendMid.signum() <= 0 || spendHigh.compareTo(spendMid) <= 0) {
            throw new IllegalArgumentException("gc.memberTag.spendMid must be above 0 and gc.memberTag.spendHigh above"
                    + " it, were " + spendMid + " and " + spendHigh);
        }
        this.newMemberDays = newMemberDays;
        this.firstPurchaseDays = firstPurchaseDays;
        this.repeatWindowDays = repeatWindowDays;
        this.repeatMinOrders = repeatMinOrders;
        this.dormantDays = dormantDays;
        this.memberDayWindowDays = memberDayWindowDays;
        this.highRefundPercent = highRefundPercent;
        this.highRefundMinOrders = highRefundMinOrders;
        this.spendWindowDays = spendWindowDays;
        this.spendMid = spendMid;
        this.spendHigh = spendHigh;
        this.ownMallChannel = ownMallChannel;
    }

    private static void positive(String property, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(property + " must be a positive number of days or orders, was " + value);
        }
    }

    public int getNewMemberDays() {
        return newMemberDays;
    }

    public int getFirstPurchaseDays() {
        return firstPurchaseDays;
    }

    public int getRepeatWindowDays() {
        return repeatWindowDays;
    }

    public int getRepeatMinOrders() {
        return repeatMinOrders;
    }

    public int getDormantDays() {
        return dormantDays;
    }

    public int getMemberDayWindowDays() {
        return memberDayWindowDays;
    }

    public BigDecimal getHighRefundPercent() {
        return highRefundPercent;
    }

    public int getHighRefundMinOrders() {
        return highRefundMinOrders;
    }

    public int getSpendWindowDays() {
        return spendWindowDays;
    }

    public BigDecimal getSpendMid() {
        return spendMid;
    }

    public BigDecimal getSpendHigh() {
        return spendHigh;
    }

    public String getOwnMallChannel() {
        return ownMallChannel;
    }
}
