package com.guidecommerce.core.mallorder.workflow;

import com.guidecommerce.core.mallorder.service.MallOrderService;
import com.guidecommerce.core.share.ShareCodes;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderAttribute;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.Date;
import javax.annotation.Resource;

/**
 * Checkout activity (order 6100, right after Broadleaf's CompleteOrderActivity) that sends the submitted order through
 * the commission pipeline as an {@code OWN_MALL} channel order, the plugin's one record of it, with the share code the
 * cart carries or, failing that, the share seen in the shopper's visit. It runs inside the checkout, so a failure rolls
 * the checkout back rather than leaving an order the commission engine never hears of.
 */
public class RecordMallOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>> implements ModuleActivity {

    /** Name of the order attribute under which the storefront stores the share code seen in the session. */
    public static final String SHARE_CODE_ATTRIBUTE = "gcShareCode";

    @Resource(name = "gcMallOrderService")
    protected MallOrderService mallOrderService;

    @Resource(name = "gcShareAttribution")
    protected ShareAttribution shareAttribution;

    @Resource(name = "gcShareCodes")
    protected ShareCodes shareCodes;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        OrderAttribute attribute = order.getOrderAttributes() == null ? null
                : order.getOrderAttributes().get(SHARE_CODE_ATTRIBUTE);
        String shareCode = attribute == null ? null : attribute.getValue();
        Date sharedAt = null;
        if (shareCode == null && shareAttribution.currentSharerCode() != null && shareCodes.isHonoured()) {
            shareCode = shareCodes.sign(shareAttribution.currentSharerCode());
            sharedAt = shareAttribution.currentSharedAt();
        }
        mallOrderService.recordChannelOrder(order, shareCode, sharedAt);
        return context;
    }

    @Override
    public String getModuleName() {
        return "guide-commerce";
    }
}
