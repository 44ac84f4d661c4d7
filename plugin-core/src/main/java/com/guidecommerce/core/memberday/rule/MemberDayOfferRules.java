package com.guidecommerce.core.memberday.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The match rules (MVEL, as Broadleaf's offer engine reads them) of the Broadleaf offer that prices one tier's
 * member-day discount. No TIME rule: which day is a member day is decided by {@link MemberDayCalendar} in the
 * store's zone, never by Broadleaf's {@code TimeDTO} (whose month is off by one in 3.1).
 */
public final class MemberDayOfferRules {

    /** The customer attribute that holds a member's tier code. */
    public static final String TIER_ATTRIBUTE = "gcMemberTier";

    private MemberDayOfferRules() {
    }

    /** CUSTOMER rule: the member's tier attribute is the code (validated by {@link CampaignRules}). */
    public static String customerRule(String tierCode) {
        if (!CampaignRules.CODE.matcher(tierCode).matches()) {
            throw new IllegalArgumentException("Not a tier code: " + tierCode);
        }
        String attribute = "customer.customerAttributes[\"" + TIER_ATTRIBUTE + "\"]";
        return attribute + " != null && " + attribute + ".value == \"" + tierCode + "\"";
    }

    /** ORDER rule for a minimum subtotal, or {@code null} when there is no minimum. */
    public static String orderRule(BigDecimal minimumOrderAmount) {
        if (minimumOrderAmount == null || minimumOrderAmount.signum() <= 0) {
            return null;
        }
        String minimum = minimumOrderAmount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "order.subTotal.getAmount().compareTo(new java.math.BigDecimal(\"" + minimum + "\")) >= 0";
    }
}
