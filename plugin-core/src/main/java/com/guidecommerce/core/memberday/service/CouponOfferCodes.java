package com.guidecommerce.core.memberday.service;

import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.hibernate.ejb.HibernateEntityManagerFactory;

import java.security.SecureRandom;
import java.util.Date;
import javax.persistence.EntityManagerFactory;

/**
 * Makes the personal Broadleaf offer codes of member-day coupons: a new {@link OfferCode} of the benefit's coupon
 * offer with a random code ({@code MD} and ten characters), one use, valid for the member day. Only the code's row
 * is written; the offer, which Broadleaf caches, is never saved from here. Bean {@code gcMemberDayCouponCodes}.
 */
public class CouponOfferCodes {

    /** Hibernate's name of the offer's cached list of codes. */
    private static final String OFFER_CODES_ROLE = "org.broadleafcommerce.core.offer.domain.OfferImpl.offerCodes";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RANDOM_LENGTH = 10;

    private final OfferDao offerDao;
    private final OfferCodeDao offerCodeDao;
    private final EntityManagerFactory entityManagerFactory;
    private final SecureRandom random = new SecureRandom();

    public CouponOfferCodes(OfferDao offerDao, OfferCodeDao offerCodeDao, EntityManagerFactory entityManagerFactory) {
        this.offerDao = offerDao;
        this.offerCodeDao = offerCodeDao;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The offer, or {@code null} when Broadleaf has none of that id. */
    public Offer offer(Long offerId) {
        return offerId == null ? null : offerDao.readOfferById(offerId);
    }

    /**
     * Saves a new one-use code of the offer, valid from {@code start} to {@code end} (the last moment it works),
     * inside the caller's transaction.
     */
    public OfferCode issue(Long offerId, Date start, Date end) {
        Offer offer = offer(offerId);
        if (offer == null) {
            throw new IllegalStateException("No Broadleaf offer " + offerId + " for a member-day coupon");
        }
        OfferCode code = offerCodeDao.create();
        code.setOffer(offer);
        code.setOfferCode(newCode());
        code.setMaxUses(1);
        code.setStartDate(start);
        code.setEndDate(end);
        return offerCodeDao.save(code);
    }

    /**
     * Drops the offer's cached list of codes, after the transaction that added a code has committed, so that
     * Broadleaf's Offers section lists the new one.
     */
    public void forgetCachedCodeList(Long offerId) {
        if (offerId != null && entityManagerFactory instanceof HibernateEntityManagerFactory) {
            ((HibernateEntityManagerFactory) entityManagerFactory).getSessionFactory().getCache()
                    .evictCollection(OFFER_CODES_ROLE, offerId);
        }
    }

    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder code = new StringBuilder("MD");
            for (int i = 0; i < RANDOM_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (offerCodeDao.readOfferCodeByCode(code.toString()) == null) {
                return code.toString();
            }
        }
        throw new IllegalStateException("No free member-day coupon code after five random draws");
    }
}
