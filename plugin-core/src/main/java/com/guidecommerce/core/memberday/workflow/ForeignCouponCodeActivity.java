package com.guidecommerce.core.memberday.workflow;

import com.guidecommerce.core.memberday.service.MemberDayService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A pricing activity, before Broadleaf's offer activity (order 1000): takes off the order every member-day coupon
 * code claimed by someone other than the order's customer, so a coupon passed on to another shopper gives them
 * nothing. The order's codes are looked up in one query. Bean {@code gcForeignCouponCodeActivity}, in
 * {@code blPricingWorkflow}.
 */
public class ForeignCouponCodeActivity extends BaseActivity<ProcessContext<Order>> implements ModuleActivity {

    private static final Log LOG = LogFactory.getLog(ForeignCouponCodeActivity.class);

    private final MemberDayService memberDays;

    public ForeignCouponCodeActivity(MemberDayService memberDays) {
        this.memberDays = memberDays;
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (order.getAddedOfferCodes() == null || order.getAddedOfferCodes().isEmpty()) {
            return context;
        }
        List<Long> ids = new ArrayList<Long>();
        for (OfferCode code : order.getAddedOfferCodes()) {
            if (code.getId() != null) {
                ids.add(code.getId());
            }
        }
        Map<Long, Long> owners = memberDays.couponOwners(ids);
        if (owners.isEmpty()) {
            return context;
        }
        Long customerId = order.getCustomer() == null ? null : order.getCustomer().getId();
        for (Iterator<OfferCode> it = order.getAddedOfferCodes().iterator(); it.hasNext(); ) {
            OfferCode code = it.next();
            Long owner = owners.get(code.getId());
            if (owner != null && !owner.equals(customerId)) {
                LOG.info("Member-day coupon " + code.getOfferCode() + " taken off order " + order.getId()
                        + ": it belongs to another member");
                it.remove();
            }
        }
        return context;
    }

    @Override
    public String getModuleName() {
        return "guide-commerce";
    }
}
