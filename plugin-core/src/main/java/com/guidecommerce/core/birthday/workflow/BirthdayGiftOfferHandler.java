package com.guidecommerce.core.birthday.workflow;

import com.guidecommerce.core.birthday.domain.IssuedGift;
import com.guidecommerce.core.birthday.service.BirthdayService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.List;
import javax.annotation.PostConstruct;

/**
 * Puts a member's open birthday gift code on their cart when Broadleaf prices it
 * ({@code OfferService.buildOfferCodeListForCustomer}, called by the pricing workflow's offer activity), so the
 * member gets the gift without typing the code. Broadleaf then drops the code itself when it is outside its dates
 * or used up. Registered with {@code blOfferServiceExtensionManager}; bean {@code gcBirthdayGiftOfferHandler}.
 */
public class BirthdayGiftOfferHandler extends AbstractOfferServiceExtensionHandler {

    private final OfferServiceExtensionManager extensionManager;
    private final BirthdayService birthdays;
    private final OfferCodeDao offerCodeDao;

    public BirthdayGiftOfferHandler(OfferServiceExtensionManager extensionManager, BirthdayService birthdays,
                                    OfferCodeDao offerCodeDao) {
        this.extensionManager = extensionManager;
        this.birthdays = birthdays;
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
        IssuedGift gift = birthdays.currentGiftOf(customer.getId());
        if (gift == null || !gift.isOpenOn(birthdays.today())) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        OfferCode code = offerCodeDao.readOfferCodeById(gift.getOfferCodeId());
        if (code != null && !offerCodes.contains(code)) {
            offerCodes.add(code);
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
