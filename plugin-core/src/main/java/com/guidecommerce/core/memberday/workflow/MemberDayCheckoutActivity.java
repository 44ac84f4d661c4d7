package com.guidecommerce.core.memberday.workflow;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Checkout activity (order 1100, after Broadleaf's offer-use check and before payment) that re-checks every
 * member-day adjustment of the order at submit time, since Broadleaf submits without pricing again: it must still be
 * the member day in the mall's zone, the member must still hold the tier, and one of the member's uses of the day
 * is taken for the order (GC_MEMBER_DAY_USE; its unique key settles two checkouts at once).
 *
 * <p>If any check fails, uses already taken are given back, the cart is priced again (the offer filter now drops
 * the discount, so the shopper sees the price without it) and a {@link MemberDayCheckoutException} fails the
 * checkout. Broadleaf 3.1's checkout commits step by step, so the use row is committed here and the activity's
 * rollback handler ({@link ReleaseMemberDayUses}) gives it back when a later step fails.
 */
public class MemberDayCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> implements ModuleActivity {

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        List<Long> offerIds = new ArrayList<Long>();
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (adjustment.getOffer() != null) {
                offerIds.add(adjustment.getOffer().getId());
            }
        }
        Map<Long, MemberDayBenefit> benefits = offerIds.isEmpty() ? null
                : memberDayService.benefitsOfOffers(offerIds);
        if (benefits == null || benefits.isEmpty()) {
            return context;
        }
        Date now = SystemTime.asDate();
        Long customerId = order.getCustomer() == null ? null : order.getCustomer().getId();
        for (MemberDayBenefit benefit : benefits.values()) {
            MemberDayError refusal = memberDayService.claimAtCheckout(benefit, customerId, order.getId(), now);
            if (refusal != null) {
                memberDayService.releaseUses(order.getId());
                orderService.save(order, true);
                throw new MemberDayCheckoutException(refusal, order.getId());
            }
        }
        return context;
    }

    @Override
    public String getModuleName() {
        return "guide-commerce";
    }
}
