package com.guidecommerce.core.memberday.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a member of one tier pays for the sample cart, as Broadleaf priced it, and the points multiplier that day. */
public final class TierPreview {

    /** One adjustment of the priced cart. */
    public static final class Adjustment {

        private final String offerName;
        private final BigDecimal amount;
        private final boolean memberDay;

        public Adjustment(String offerName, BigDecimal amount, boolean memberDay) {
            this.offerName = offerName;
            this.amount = amount;
            this.memberDay = memberDay;
        }

        public String getOfferName() {
            return offerName;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        /** Whether a member-day campaign's offer made it. */
        public boolean isMemberDay() {
            return memberDay;
        }
    }

    private final String tierCode;
    private final BigDecimal subtotal;
    private final List<Adjustment> adjustments;
    private final BigDecimal total;
    private final BigDecimal pointsMultiplier;

    public TierPreview(String tierCode, BigDecimal subtotal, List<Adjustment> adjustments, BigDecimal total,
                       BigDecimal pointsMultiplier) {
        this.tierCode = tierCode;
        this.subtotal = subtotal;
        this.adjustments = Collections.unmodifiableList(new ArrayList<Adjustment>(adjustments));
        this.total = total;
        this.pointsMultiplier = pointsMultiplier;
    }

    public String getTierCode() {
        return tierCode;
    }

    /** The items at their prices before any adjustment. */
    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public List<Adjustment> getAdjustments() {
        return adjustments;
    }

    /** The goods after every item and order adjustment, before shipping and tax. */
    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPointsMultiplier() {
        return pointsMultiplier;
    }

    /** The sum of the member-day campaigns' adjustments. */
    public BigDecimal getMemberDayDiscount() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Adjustment adjustment : adjustments) {
            if (adjustment.isMemberDay()) {
                sum = sum.add(adjustment.getAmount());
            }
        }
        return sum;
    }
}
