package com.guidecommerce.core.birthday.service;

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
 * The gift offer HQ would create in Broadleaf's Offers section, for tests: 20 yuan off the order, delivered by code.
 * A class of its own, so that Broadleaf's entity classes are first loaded after its context has booted.
 */
public final class BirthdayFixtures {

    /** What the gift offer takes off an order. */
    public static final BigDecimal GIFT_AMOUNT = new BigDecimal("20.00");

    private BirthdayFixtures() {
    }

    /** Creates the gift offer and points the birthday gifts at it; answers its id. */
    public static Long giftOffer(ApplicationContext context) {
        final OfferService offers = context.getBean("blOfferService", OfferService.class);
        Offer saved = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> {
                    Offer offer = offers.getOfferDao().create();
                    offer.setName("生日礼 birthday gift");
                    offer.setMarketingMessage("Happy birthday");
                    offer.setType(OfferType.ORDER);
                    offer.setDeliveryType(OfferDeliveryType.CODE);
                    offer.setAutomaticallyAdded(false);
                    offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
                    offer.setValue(GIFT_AMOUNT);
                    offer.setPriority(10);
                    offer.setCombinableWithOtherOffers(true);
                    offer.setTreatAsNewFormat(true);
                    offer.setArchived('N');
                    offer.setStartDate(Date.from(Instant.parse("2020-01-01T00:00:00Z")));
                    return offers.save(offer);
                });
        context.getBean("gcBirthdayGiftOfferCodes", GiftOfferCodes.class).useGiftOffer(saved.getId());
        return saved.getId();
    }
}
