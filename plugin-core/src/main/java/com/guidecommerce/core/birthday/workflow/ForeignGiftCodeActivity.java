package com.guidecommerce.core.birthday.workflow;

import com.guidecommerce.core.birthday.dao.BirthdayDao;
import com.guidecommerce.core.birthday.service.GiftOfferCodes;
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

/**
 * A pricing activity, before Broadleaf's offer activity (order 1000): takes off the order every birthday gift code
 * issued to someone other than the order's customer, so that a gift code passed on to another shopper gives them
 * nothing. Only codes of the gift offer are looked up. Bean {@code gcForeignGiftCodeActivity}, in
 * {@code blPricingWorkflow}.
 */
public class ForeignGiftCodeActivity extends BaseActivity<ProcessContext<Order>> implements ModuleActivity {

    private static final Log LOG = LogFactory.getLog(ForeignGiftCodeActivity.class);

    private final BirthdayDao dao;
    private final GiftOfferCodes giftCodes;

    public ForeignGiftCodeActivity(BirthdayDao dao, GiftOfferCodes giftCodes) {
        this.dao = dao;
        this.giftCodes = giftCodes;
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        Long giftOfferId = giftCodes.getGiftOfferId();
        if (giftOfferId == null || order.getAddedOfferCodes() == null || order.getAddedOfferCodes().isEmpty()) {
            return context;
        }
        Long customerId = order.getCustomer() == null ? null : order.getCustomer().getId();
        List<OfferCode> foreign = new ArrayList<OfferCode>();
        for (OfferCode code : order.getAddedOfferCodes()) {
            if (code.getOffer() != null && giftOfferId.equals(code.getOffer().getId())) {
                Long owner = dao.ownerOfCode(code.getId());
                if (owner != null && !owner.equals(customerId)) {
                    foreign.add(code);
                }
            }
        }
        for (Iterator<OfferCode> it = order.getAddedOfferCodes().iterator(); it.hasNext(); ) {
            OfferCode code = it.next();
            if (foreign.contains(code)) {
                LOG.info("Birthday gift code " + code.getOfferCode() + " taken off order " + order.getId()
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
