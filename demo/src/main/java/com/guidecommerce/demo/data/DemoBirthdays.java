package com.guidecommerce.demo.data;

import com.guidecommerce.core.birthday.service.BirthdayService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

/**
 * The demo's birthday gift: the gift offer as HQ would create it in Broadleaf's Offers section (30 yuan off an
 * order, delivered by code; its id is gc.birthday.offerId in the demo's runtime properties), and a member,
 * {@code birthday@example.com}, whose birthday is today and has been on file for two months, with this year's gift
 * issued.
 */
public class DemoBirthdays {

    /** The gift offer's id, fixed so that gc.birthday.offerId can name it. */
    static final long GIFT_OFFER_ID = -7530L;
    static final String MEMBER = "birthday@example.com";

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "gcBirthdayService")
    protected BirthdayService birthdayService;

    @Resource(name = "demoOrganisationData")
    protected DemoOrganisationData organisationData;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    public void load() {
        new TransactionTemplate(transactionManager).execute(status -> offerService.save(giftOffer()));
        Customer member = new TransactionTemplate(transactionManager)
                .execute(status -> organisationData.account(MEMBER, "寿星会员"));
        LocalDate today = birthdayService.today();
        // Given two months ago, so that this year's gift is due (a birthday given late pays from next year).
        SystemTime.setLocalTimeSource(new FixedTimeSource(SystemTime.asMillis() - TimeUnit.DAYS.toMillis(60)));
        try {
            birthdayService.setBirthday(member.getId(), today.getMonthValue(), today.getDayOfMonth(), 1992, MEMBER);
        } finally {
            SystemTime.resetLocalTimeSource();
        }
        birthdayService.issueGifts(today);
    }

    private Offer giftOffer() {
        Offer offer = offerService.getOfferDao().create();
        offer.setId(GIFT_OFFER_ID);
        offer.setName("生日礼 立减 30 元");
        offer.setMarketingMessage("生日快乐");
        offer.setType(OfferType.ORDER);
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setAutomaticallyAdded(false);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(new BigDecimal("30.00"));
        offer.setPriority(10);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        offer.setArchived('N');
        offer.setStartDate(new Date(SystemTime.asMillis() - TimeUnit.DAYS.toMillis(365)));
        return offer;
    }
}
