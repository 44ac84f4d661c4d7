package com.guidecommerce.core.memberday.workflow;

import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;
import javax.annotation.Resource;

/** Gives back the member-day uses a checkout took when a later checkout step fails. */
public class ReleaseMemberDayUses implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration)
            throws RollbackFailureException {
        memberDayService.releaseUses(processContext.getSeedData().getOrder().getId());
    }
}
