package com.guidecommerce.core.points.workflow;

import org.broadleafcommerce.common.payment.PaymentType;

/**
 * The Broadleaf payment type of points spent at checkout: an ordinary {@code OrderPayment} of the order, like a gift
 * card, whose reference number is the number of points. Broadleaf looks payment types up by name, so the type must be
 * registered before an order with one is read: the points beans touch {@link #GC_POINTS} when they are created.
 */
public final class PointsPaymentType {

    public static final PaymentType GC_POINTS = new PaymentType("GC_POINTS", "Points");

    private PointsPaymentType() {
    }
}
