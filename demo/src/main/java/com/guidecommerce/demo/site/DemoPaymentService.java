package com.guidecommerce.demo.site;

import com.guidecommerce.core.points.workflow.PointsCheckout;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;

import javax.annotation.Resource;

/**
 * The demo mall's test payment: the order total is captured as a passthrough (cash-on-delivery) payment, so a checkout
 * completes without a payment gateway. A real mall replaces this with its gateway integration.
 */
public class DemoPaymentService {

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "gcPointsCheckout")
    protected PointsCheckout pointsCheckout;

    /** Replaces any earlier demo payment on the order with one capture of what its points leave to pay. */
    public void payOnDelivery(Order order) {
        for (OrderPayment existing : order.getPayments()) {
            if (existing.isActive() && PaymentType.COD.equals(existing.getType())) {
                existing.setArchived('Y');
            }
        }
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.COD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        Money rest = pointsCheckout.remainingToPay(order);
        payment.setAmount(rest);
        payment.setOrder(order);
        PaymentTransaction capture = orderPaymentService.createTransaction();
        capture.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        capture.setAmount(rest);
        capture.setSuccess(true);
        capture.setOrderPayment(payment);
        payment.addTransaction(capture);
        order.getPayments().add(orderPaymentService.save(payment));
    }
}
