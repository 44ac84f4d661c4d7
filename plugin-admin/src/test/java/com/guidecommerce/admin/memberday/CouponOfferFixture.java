package com.guidecommerce.admin.memberday;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

/**
 * A coupon offer as HQ makes one in Broadleaf's Offers section (amount off, delivered by code), for admin tests. A
 * class of its own, so that Broadleaf's entity classes are first loaded after its context has booted.
 */
final class CouponOfferFixture {

    private CouponOfferFixture() {
    }

    static Long codeDeliveredOffer(ApplicationContext context) {
        OfferService offers = context.getBean("blOfferService", OfferService.class);
        return new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> {
                    Offer offer = offers.getOfferDao().create();
                    offer.setName("会员日券 admin coupon");
                    offer.setType(OfferType.ORDER);
                    offer.setDeliveryType(OfferDeliveryType.CODE);
                    offer.setAutomaticallyAdded(false);
                    offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
                    offer.setValue(new BigDecimal("30"));
                    offer.setCombinableWithOtherOffers(true);
                    offer.setTreatAsNewFormat(true);
                    offer.setArchived('N');
                    offer.setStartDate(Date.from(Instant.parse("2020-01-01T00:00:00Z")));
                    return offers.save(offer).getId();
                });
    }
}
