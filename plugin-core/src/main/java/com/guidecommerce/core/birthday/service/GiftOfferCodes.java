package com.guidecommerce.core.birthday.service;

import com.guidecommerce.core.birthday.rule.BirthdayError;
import com.guidecommerce.core.birthday.rule.BirthdayException;
import com.guidecommerce.core.birthday.rule.GiftWindow;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.hibernate.ejb.HibernateEntityManagerFactory;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Date;
import javax.persistence.EntityManagerFactory;

/**
 * Makes the Broadleaf offer codes of birthday gifts: a new {@link OfferCode} of the gift offer (setting
 * {@code gc.birthday.offerId}, an offer HQ creates in Broadleaf's Offers section with delivery type CODE) with a
 * random code, one use, valid from the first day of the gift's window to the end of its last day in HQ's zone. Only
 * the code's row is written: the offer itself, which Broadleaf caches, is never saved from here (two admin nodes
 * issuing at once would otherwise both update it). Bean {@code gcBirthdayGiftOfferCodes}.
 */
public class GiftOfferCodes {

    /** Hibernate's name of the offer's cached list of codes. */
    private static final String OFFER_CODES_ROLE = "org.broadleafcommerce.core.offer.domain.OfferImpl.offerCodes";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RANDOM_LENGTH = 10;

    private final OfferDao offerDao;
    private final OfferCodeDao offerCodeDao;
    private final EntityManagerFactory entityManagerFactory;
    private volatile Long giftOfferId;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    public GiftOfferCodes(OfferDao offerDao, OfferCodeDao offerCodeDao, EntityManagerFactory entityManagerFactory,
                          String giftOfferId, String zone) {
        this.offerDao = offerDao;
        this.offerCodeDao = offerCodeDao;
        this.entityManagerFactory = entityManagerFactory;
        this.giftOfferId = parseOfferId(giftOfferId);
        this.zone = ZoneId.of(zone);
    }

    private static Long parseOfferId(String setting) {
        if (setting == null || setting.trim().isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(setting.trim());
        } catch (NumberFormatException e) {
            throw new BirthdayException(BirthdayError.BAD_SETTING, "gc.birthday.offerId", setting);
        }
    }

    /** Whether HQ has named a gift offer; without one no gift is issued. */
    public boolean isConfigured() {
        return giftOfferId != null;
    }

    /** The gift offer's id, or null when none is set. */
    public Long getGiftOfferId() {
        return giftOfferId;
    }

    /**
     * Points the gifts at another offer from now on, for a host that creates the gift offer while running (the demo
     * and the tests do). Codes already issued keep their offer.
     */
    public void useGiftOffer(Long offerId) {
        this.giftOfferId = offerId;
    }

    /** Saves a new code of the gift offer for the window, inside the caller's transaction. */
    public OfferCode issue(GiftWindow window) {
        Long offerId = giftOfferId;
        Offer offer = offerId == null ? null : offerDao.readOfferById(offerId);
        if (offer == null) {
            throw new BirthdayException(BirthdayError.BAD_SETTING, "gc.birthday.offerId", String.valueOf(offerId));
        }
        OfferCode code = offerCodeDao.create();
        code.setOffer(offer);
        code.setOfferCode(newCode());
        code.setMaxUses(1);
        code.setStartDate(Date.from(window.getFirstDay().atStartOfDay(zone).toInstant()));
        // Broadleaf treats the end as the last moment the code works; whole seconds suit MySQL's DATETIME.
        code.setEndDate(Date.from(window.getLastDay().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1)));
        return offerCodeDao.save(code);
    }

    /**
     * Drops the gift offer's cached list of codes, after the transaction that added codes has committed, so that
     * Broadleaf's Offers section lists the new ones.
     */
    public void forgetCachedCodeList() {
        Long offerId = giftOfferId;
        if (offerId != null && entityManagerFactory instanceof HibernateEntityManagerFactory) {
            ((HibernateEntityManagerFactory) entityManagerFactory).getSessionFactory().getCache()
                    .evictCollection(OFFER_CODES_ROLE, offerId);
        }
    }

    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder code = new StringBuilder("BD");
            for (int i = 0; i < RANDOM_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (offerCodeDao.readOfferCodeByCode(code.toString()) == null) {
                return code.toString();
            }
        }
        throw new IllegalStateException("No free birthday gift code after five random draws");
    }
}
