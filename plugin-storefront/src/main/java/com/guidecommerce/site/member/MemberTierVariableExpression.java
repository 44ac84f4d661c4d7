package com.guidecommerce.site.member;

import com.guidecommerce.core.membertier.rule.MemberTierException;
import com.guidecommerce.core.membertier.rule.MemberTierProgress;
import com.guidecommerce.core.membertier.service.MemberTierService;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;

import javax.servlet.http.HttpServletRequest;

/**
 * The logged-in member's tier for storefront templates, as {@code #gcMemberTier}: {@code ${#gcMemberTier.progress()}}
 * is their tier, rolling spend, next tier and what it still needs ({@code null} for anonymous visitors and while no
 * member tiers are defined). Looked up once per request. Bean {@code gcMemberTierVariableExpression}, added to Broadleaf's {@code blVariableExpressions}.
 */
public class MemberTierVariableExpression implements BroadleafVariableExpression {

    private static final String PROGRESS_ATTRIBUTE = "gcMemberTier.progress";
    private static final Object NONE = new Object();

    private final MemberTierService service;

    public MemberTierVariableExpression(MemberTierService service) {
        this.service = service;
    }

    @Override
    public String getName() {
        return "gcMemberTier";
    }

    public MemberTierProgress progress() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        if (request == null) {
            return null;
        }
        Object cached = request.getAttribute(PROGRESS_ATTRIBUTE);
        if (cached == null) {
            cached = lookUp(Shoppers.loggedInMember(request));
            request.setAttribute(PROGRESS_ATTRIBUTE, cached);
        }
        return cached == NONE ? null : (MemberTierProgress) cached;
    }

    /** How many days back the spend shown counts. */
    public int windowDays() {
        return service.windowDays();
    }

    private Object lookUp(Customer member) {
        if (member == null) {
            return NONE;
        }
        try {
            return service.progressOf(member.getId());
        } catch (MemberTierException e) {
            // No ladder defined yet: the account page shows no tier rather than failing.
            return NONE;
        }
    }
}
