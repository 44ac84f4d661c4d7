package com.guidecommerce.core.memberday.rule;

import java.math.BigDecimal;

/** Another Broadleaf offer (not a campaign's own) as the marketing calendar lists and checks it. */
public final class CalendarOffer {

    private final Long id;
    private final String name;
    private final String type;
    private final String discountType;
    private final BigDecimal value;
    private final String deliveryType;
    private final boolean combinable;
    private final boolean timeRule;

    /**
     * @param type Broadleaf's offer type (ORDER, ORDER_ITEM, FULFILLMENT_GROUP)
     * @param discountType PERCENT_OFF, AMOUNT_OFF or FIX_PRICE
     * @param deliveryType AUTOMATIC, CODE or MANUAL
     * @param timeRule whether the offer has a TIME rule, which may leave some hours or days out
     */
    public CalendarOffer(Long id, String name, String type, String discountType, BigDecimal value,
                         String deliveryType, boolean combinable, boolean timeRule) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.discountType = discountType;
        this.value = value;
        this.deliveryType = deliveryType;
        this.combinable = combinable;
        this.timeRule = timeRule;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getDiscountType() {
        return discountType;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getDeliveryType() {
        return deliveryType;
    }

    public boolean isCombinable() {
        return combinable;
    }

    public boolean isTimeRule() {
        return timeRule;
    }

    public boolean isAutomatic() {
        return "AUTOMATIC".equals(deliveryType);
    }

    /** Whether it discounts an order or its items (a shipping offer does not meet a member-day discount). */
    public boolean discountsGoods() {
        return "ORDER".equals(type) || "ORDER_ITEM".equals(type);
    }
}
