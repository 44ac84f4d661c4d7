package com.guidecommerce.core.memberday.workflow;

import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.List;
import javax.annotation.PostConstruct;

/**
 * Puts a member's claimed member-day coupon codes on their cart while they are valid, when Broadleaf prices it
 * ({@code OfferService.buildOfferCodeListForCustomer}), so the member need not type them. Broadleaf itself drops a
 * code outside its dates or used up. Registered with {@code blOfferServiceExtensionManager}; bean
 * {@code gcMemberDayCouponOfferHandler}.
 */
public class MemberDayCouponOfferHandler extends AbstractOfferServiceExtensionHandler {

    private final OfferServiceExtensionManager extensionManager;
    private final MemberDayService memberDays;
    private final OfferCodeDao offerCodeDao;

    public MemberDayCouponOfferHandler(OfferServiceExtensionManager extensionManager, MemberDayService memberDays,
                                       OfferCodeDao offerCodeDao) {
        this.extensionManager = extensionManager;
        this.memberDays = memberDays;
        this.offerCodeDao = offerCodeDao;
    }

    @PostConstruct
    public void register() {
        if (isEnabled()) {
            extensionManager.registerHandler(this);
        }
    }

    @Override
    public ExtensionResultStatusType buildOfferCodeListForCustomer(Customer customer, List<OfferCode> offerCodes) {
        if (customer == null || customer.getId() == null || !customer.isRegistered()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        List<Long> open = memberDays.openCouponCodeIds(customer.getId(), SystemTime.asDate());
        if (open.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Long id : open) {
            OfferCode code = offerCodeDao.readOfferCodeById(id);
            if (code != null && !offerCodes.contains(code)) {
                offerCodes.add(code);
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
