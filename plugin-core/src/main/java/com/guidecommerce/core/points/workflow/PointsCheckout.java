package com.guidecommerce.core.points.workflow;

import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.points.rule.PointsTerms;
import com.guidecommerce.core.points.service.PointsService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;

import java.math.BigDecimal;

/**
 * Puts points on a cart as a {@link PointsPaymentType#GC_POINTS} payment (captured, since the points themselves are
 * taken at checkout by {@link RedeemPointsActivity}), and tells what is left to pay by other means. Bean
 * {@code gcPointsCheckout}; the caller saves the order.
 */
public class PointsCheckout {

    private final PointsService pointsService;
    private final OrderPaymentService orderPaymentService;

    public PointsCheckout(PointsService pointsService, OrderPaymentService orderPaymentService) {
        this.pointsService = pointsService;
        this.orderPaymentService = orderPaymentService;
        if (PointsPaymentType.GC_POINTS == null) {
            throw new IllegalStateException("points payment type not registered");
        }
    }

    /**
     * Uses {@code points} on the cart, replacing any points used before; zero removes them.
     *
     * @throws PointsException NOT_ENOUGH_POINTS, ABOVE_ORDER_SHARE, POINTS_NOT_POSITIVE
     */
    public void usePoints(Order cart, long points) {
        if (points < 0) {
            throw new PointsException(PointsError.POINTS_NOT_POSITIVE, "cannot use " + points + " points");
        }
        PointsTerms terms = pointsService.getTerms();
        if (points > 0) {
            long available = pointsService.balanceOf(cart.getCustomer().getId()).getAvailable();
            if (points > available) {
                throw new PointsException(PointsError.NOT_ENOUGH_POINTS, available + " points available, not " + points);
            }
            if (points > terms.maxPointsFor(amount(cart.getTotal()))) {
                throw new PointsException(PointsError.ABOVE_ORDER_SHARE, points + " points pay more than "
                        + terms.getMaxOrderShare() + " of the order");
            }
        }
        for (OrderPayment existing : cart.getPayments()) {
            if (existing.isActive() && PointsPaymentType.GC_POINTS.equals(existing.getType())) {
                existing.setArchived('Y');
            }
        }
        if (points == 0) {
            return;
        }
        Money value = new Money(terms.yuanFor(points), cart.getCurrency());
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PointsPaymentType.GC_POINTS);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setReferenceNumber(String.valueOf(points));
        payment.setAmount(value);
        payment.setOrder(cart);
        PaymentTransaction capture = orderPaymentService.createTransaction();
        capture.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        capture.setAmount(value);
        capture.setSuccess(true);
        capture.setOrderPayment(payment);
        payment.addTransaction(capture);
        cart.getPayments().add(orderPaymentService.save(payment));
    }

    /** The points the order uses (its active points payment), zero when none. */
    public long pointsOn(Order order) {
        OrderPayment payment = pointsPayment(order);
        return payment == null ? 0L : Long.parseLong(payment.getReferenceNumber());
    }

    /** What the order's points pay, zero when none. */
    public BigDecimal paidByPoints(Order order) {
        OrderPayment payment = pointsPayment(order);
        return payment == null ? BigDecimal.ZERO : amount(payment.getAmount());
    }

    /** The order's total less what its points pay: what other payments must cover. */
    public Money remainingToPay(Order order) {
        return new Money(amount(order.getTotal()).subtract(paidByPoints(order)), order.getCurrency());
    }

    /** The most points the member may use on the cart now: the order's share, at most what they have. */
    public long maxPointsFor(Order cart) {
        long available = Math.max(0L, pointsService.balanceOf(cart.getCustomer().getId()).getAvailable());
        return Math.min(available, pointsService.getTerms().maxPointsFor(amount(cart.getTotal())));
    }

    static OrderPayment pointsPayment(Order order) {
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && PointsPaymentType.GC_POINTS.equals(payment.getType())) {
                return payment;
            }
        }
        return null;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }
}
