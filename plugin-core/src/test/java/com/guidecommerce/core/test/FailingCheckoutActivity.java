package com.guidecommerce.core.test;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test context's last checkout activity (order 6900): fails the checkout of an order a test marked, so tests can
 * see what earlier activities' rollback handlers undo. Does nothing for other orders.
 */
public class FailingCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> implements ModuleActivity {

    private static final Set<Long> MARKED = ConcurrentHashMap.newKeySet();

    /** The next checkout of this order fails at the end of the workflow. */
    public static void failCheckoutOf(Long orderId) {
        MARKED.add(orderId);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (MARKED.remove(context.getSeedData().getOrder().getId())) {
            throw new IllegalStateException("checkout failed on purpose by the test");
        }
        return context;
    }

    @Override
    public String getModuleName() {
        return "guide-commerce-test";
    }
}
