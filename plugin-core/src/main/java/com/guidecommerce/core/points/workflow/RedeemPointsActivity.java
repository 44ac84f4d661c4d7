package com.guidecommerce.core.points.workflow;

import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.points.service.PointsService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

/**
 * Checkout activity (order 3100, right after Broadleaf has checked and confirmed the payments at 3000) that takes the
 * points of the order's {@link PointsPaymentType#GC_POINTS} payment from the member: a REDEEM entry written under the
 * member's account lock, refused when the member has too few points or the points pay more than the allowed share of
 * the order. Broadleaf's checkout is not one database transaction, so the activity registers a rollback handler: when
 * a later activity fails, the points are given back (REDEEM_CANCEL). It runs after 3000 on purpose: Broadleaf runs
 * rollback handlers last-registered first and stops at the first that fails, and the payments' handler fails in a
 * shop without a payment gateway rollback service; registered after it, ours runs before it.
 */
public class RedeemPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> implements ModuleActivity {

    static final String REDEMPTION = "gcPointsRedemption";

    private final PointsService pointsService;

    public RedeemPointsActivity(PointsService pointsService) {
        this.pointsService = pointsService;
        if (PointsPaymentType.GC_POINTS == null) {
            throw new IllegalStateException("points payment type not registered");
        }
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        OrderPayment payment = PointsCheckout.pointsPayment(order);
        if (payment == null) {
            return context;
        }
        long points = Long.parseLong(payment.getReferenceNumber());
        BigDecimal value = payment.getAmount().getAmount();
        if (value.compareTo(pointsService.getTerms().yuanFor(points)) != 0
                || points > pointsService.getTerms().maxPointsFor(order.getTotal().getAmount())) {
            throw new PointsException(PointsError.ABOVE_ORDER_SHARE, points + " points (" + value
                    + ") do not fit order " + order.getId() + " of " + order.getTotal());
        }
        // An order not yet submitted holds no redemption: one left by an interrupted attempt is given back first.
        pointsService.cancelRedemptionsOf(order.getId(), "checkout of order " + order.getId() + " tried again");
        long entryId = pointsService.redeem(order.getCustomer().getId(), points, order.getId(),
                "checkout of order " + order.getId());
        ActivityStateManagerImpl.getStateManager().registerState(this, context, new GiveBack(pointsService),
                Collections.<String, Object>singletonMap(REDEMPTION, entryId));
        return context;
    }

    @Override
    public String getModuleName() {
        return "guide-commerce";
    }

    /** Gives the redemption back when the checkout fails after it. */
    static final class GiveBack implements RollbackHandler<CheckoutSeed> {

        private final PointsService pointsService;

        GiveBack(PointsService pointsService) {
            this.pointsService = pointsService;
        }

        @Override
        public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                                  ProcessContext<CheckoutSeed> processContext, Map<String, Object> state)
                throws RollbackFailureException {
            try {
                pointsService.cancelRedemption((Long) state.get(REDEMPTION), "checkout failed");
            } catch (RuntimeException e) {
                throw new RollbackFailureException("Could not give back points redemption " + state.get(REDEMPTION), e);
            }
        }
    }
}
