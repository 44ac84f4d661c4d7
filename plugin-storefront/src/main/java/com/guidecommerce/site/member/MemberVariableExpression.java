package com.guidecommerce.site.member;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.StoreDates;
import com.guidecommerce.site.share.SharerLookup;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The current shopper's side of Guide Commerce for any storefront template, as {@code #gcMember}:
 * {@code ${#gcMember.currentGuide()}} is their exclusive guide, {@code ${#gcMember.isGuide()}} whether they log in as
 * a guide, {@code ${#gcMember.memberNo()}} their member number, {@code ${#gcMember.canShare()}} whether their share
 * links earn (guides and active distributors). Answers are looked up once per request. Bean name {@code gcMemberVariableExpression}, added to
 * Broadleaf's {@code blVariableExpressions}.
 */
public class MemberVariableExpression implements BroadleafVariableExpression {

    private static final String BINDING_ATTRIBUTE = "gcMember.binding";
    private static final String GUIDE_ATTRIBUTE = "gcMember.ownGuide";
    private static final String SHARER_ATTRIBUTE = "gcMember.sharer";
    private static final Object NONE = new Object();

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcSharerLookup")
    protected SharerLookup sharerLookup;

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Override
    public String getName() {
        return "gcMember";
    }

    /** The logged-in member's valid binding, or {@code null} (also for anonymous visitors). */
    public MemberBinding currentBinding() {
        HttpServletRequest request = request();
        if (request == null) {
            return null;
        }
        Object cached = request.getAttribute(BINDING_ATTRIBUTE);
        if (cached == null) {
            Customer customer = CustomerState.getCustomer(request);
            MemberBinding binding = Shoppers.isMember(customer) ? bindingService.findValidBinding(customer.getId()) : null;
            cached = binding == null ? NONE : binding;
            request.setAttribute(BINDING_ATTRIBUTE, cached);
        }
        return cached == NONE ? null : (MemberBinding) cached;
    }

    /** The logged-in member's exclusive guide, or {@code null}. */
    public Guide currentGuide() {
        MemberBinding binding = currentBinding();
        return binding == null ? null : binding.getGuide();
    }

    /** The day the member's binding ends, in their guide's store calendar; {@code null} when none or permanent. */
    public String validUntil() {
        MemberBinding binding = currentBinding();
        return binding == null ? null : StoreDates.day(binding.getValidUntil(), binding.getGuide().getStore());
    }

    /**
     * The logged-in member's member number (their Broadleaf customer id), which they give at a POS or which a channel
     * sends as {@code buyer.memberNo}; {@code null} for anonymous visitors.
     */
    public String memberNo() {
        HttpServletRequest request = request();
        Customer customer = request == null ? null : CustomerState.getCustomer(request);
        return Shoppers.isMember(customer) ? String.valueOf(customer.getId()) : null;
    }

    /** Whether the logged-in customer is a guide's storefront account (and so has a workbench). */
    public boolean isGuide() {
        return ownGuide() != null;
    }

    /** The guide the logged-in customer logs in as, or {@code null}. */
    public Guide ownGuide() {
        HttpServletRequest request = request();
        if (request == null) {
            return null;
        }
        Object cached = request.getAttribute(GUIDE_ATTRIBUTE);
        if (cached == null) {
            Customer customer = CustomerState.getCustomer(request);
            Guide guide = Shoppers.isMember(customer) ? organisationService.findGuideByCustomerId(customer.getId()) : null;
            cached = guide == null ? NONE : guide;
            request.setAttribute(GUIDE_ATTRIBUTE, cached);
        }
        return cached == NONE ? null : (Guide) cached;
    }

    /** Whether the logged-in member is (or is waiting to be, or was suspended as) a distributor, with a page of theirs. */
    public boolean isDistributor() {
        HttpServletRequest request = request();
        Customer customer = request == null ? null : CustomerState.getCustomer(request);
        if (!Shoppers.isMember(customer)) {
            return false;
        }
        Distributor distributor = distributionService.findByCustomer(customer.getId());
        return distributor != null && !DistributorStatus.ENDED.equals(distributor.getStatus());
    }

    /** Whether the logged-in member's share links credit them now: an active guide or an active distributor. */
    public boolean canShare() {
        HttpServletRequest request = request();
        if (request == null) {
            return false;
        }
        Object cached = request.getAttribute(SHARER_ATTRIBUTE);
        if (cached == null) {
            cached = sharerLookup.ofMember(CustomerState.getCustomer(request)) != null;
            request.setAttribute(SHARER_ATTRIBUTE, cached);
        }
        return (Boolean) cached;
    }

    private static HttpServletRequest request() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return context == null ? null : context.getRequest();
    }
}
