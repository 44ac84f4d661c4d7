package com.guidecommerce.core.birthday.service;

import com.guidecommerce.core.birthday.dao.BirthdayDao;
import com.guidecommerce.core.birthday.domain.BirthdayGiftImpl;
import com.guidecommerce.core.birthday.domain.BirthdayOnFile;
import com.guidecommerce.core.birthday.domain.BirthdayChangeImpl;
import com.guidecommerce.core.birthday.domain.DueGift;
import com.guidecommerce.core.birthday.domain.IssuedGift;
import com.guidecommerce.core.birthday.rule.Birthday;
import com.guidecommerce.core.birthday.rule.BirthdayError;
import com.guidecommerce.core.birthday.rule.BirthdayException;
import com.guidecommerce.core.birthday.rule.GiftTerms;
import com.guidecommerce.core.birthday.rule.GiftWindow;
import com.guidecommerce.core.common.IdBlocks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Birthdays and gifts with plain SQL on Broadleaf's transaction ({@link BirthdayDao}) and the gift's offer code through
 * Broadleaf's offer DAO ({@link GiftOfferCodes}). A member's birthday row is the lock both a change and an issue take
 * first; the gift's unique key (member, gift year) is the last word when two nodes issue at once.
 */
public class BirthdayServiceImpl implements BirthdayService {

    private static final Log LOG = LogFactory.getLog(BirthdayServiceImpl.class);

    private final BirthdayDao dao;
    private final IdBlocks ids;
    private final GiftTerms terms;
    private final GiftOfferCodes offerCodes;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    public BirthdayServiceImpl(BirthdayDao dao, IdBlocks ids, GiftTerms terms, GiftOfferCodes offerCodes,
                               PlatformTransactionManager transactionManager, String zone) {
        this.dao = dao;
        this.ids = ids;
        this.terms = terms;
        this.offerCodes = offerCodes;
        this.transaction = new TransactionTemplate(transactionManager);
        this.zone = ZoneId.of(zone);
    }

    @Override
    public BirthdayOnFile setBirthday(final Long customerId, final int month, final int day, final Integer year,
                                      final String actor) {
        final Birthday birthday = Birthday.of(month, day, year, today());
        try {
            return transaction.execute(status -> record(customerId, birthday, actor));
        } catch (DuplicateKeyException firstTimeRaced) {
            // Another request gave this member's first birthday a moment before: this one is now a change.
            return transaction.execute(status -> record(customerId, birthday, actor));
        }
    }

    private BirthdayOnFile record(Long customerId, Birthday birthday, String actor) {
        if (!dao.customerExists(customerId)) {
            throw new BirthdayException(BirthdayError.NO_MEMBER, customerId);
        }
        Date now = SystemTime.asDate();
        BirthdayOnFile before = dao.lockBirthday(customerId);
        if (before == null) {
            dao.insertBirthday(customerId, birthday, now);
        } else if (before.getBirthday().equals(birthday)) {
            return before;
        } else {
            dao.updateBirthday(customerId, birthday, now);
        }
        dao.insertChange(ids.next(BirthdayChangeImpl.ID_SEQUENCE), customerId,
                before == null ? null : before.getBirthday(), birthday, now, actor);
        return dao.birthdayOf(customerId);
    }

    @Override
    public BirthdayOnFile birthdayOf(Long customerId) {
        return dao.birthdayOf(customerId);
    }

    @Override
    public List<DueGift> giftsDue(LocalDate date) {
        Map<BirthdayOnFile, Set<Integer>> birthdays = dao.birthdaysInMonths(monthsWithWindowsOn(date),
                date.getYear() - 1, date.getYear() + 1);
        List<DueGift> due = new ArrayList<DueGift>();
        for (Map.Entry<BirthdayOnFile, Set<Integer>> entry : birthdays.entrySet()) {
            BirthdayOnFile onFile = entry.getKey();
            GiftWindow window = terms.dueOn(onFile.getBirthday(), localDay(onFile.getChangedAt()), date);
            if (window != null && !entry.getValue().contains(window.getGiftYear())) {
                due.add(new DueGift(onFile.getCustomerId(), window));
            }
        }
        return due;
    }

    /** The birthday months whose window can contain {@code date}: a week reaches into the neighbouring months. */
    private Set<Integer> monthsWithWindowsOn(LocalDate date) {
        Set<Integer> months = new LinkedHashSet<Integer>();
        months.add(date.getMonthValue());
        if (terms.getKind() == GiftWindow.Kind.WEEK) {
            months.add(date.minusMonths(1).getMonthValue());
            months.add(date.plusMonths(1).getMonthValue());
        }
        return months;
    }

    @Override
    public int issueGifts(final LocalDate date) {
        if (!offerCodes.isConfigured()) {
            LOG.warn("No birthday gifts issued: set gc.birthday.offerId to the id of the gift offer");
            return 0;
        }
        int issued = 0;
        for (final DueGift due : giftsDue(date)) {
            Boolean done = transaction.execute(status -> {
                boolean ok = issue(due, date);
                if (!ok) {
                    status.setRollbackOnly();
                }
                return ok;
            });
            if (Boolean.TRUE.equals(done)) {
                issued++;
            }
        }
        if (issued > 0) {
            offerCodes.forgetCachedCodeList();
        }
        return issued;
    }

    /**
     * Issues one gift with the member's birthday row locked, deciding again on what is committed now: the member may
     * have changed their birthday, or another node may have issued the gift, since the list was read.
     */
    private boolean issue(DueGift due, LocalDate date) {
        BirthdayOnFile onFile = dao.lockBirthday(due.getCustomerId());
        if (onFile == null) {
            return false;
        }
        GiftWindow window = terms.dueOn(onFile.getBirthday(), localDay(onFile.getChangedAt()), date);
        if (window == null || dao.giftOf(due.getCustomerId(), window.getGiftYear()) != null) {
            return false;
        }
        long giftId = ids.next(BirthdayGiftImpl.ID_SEQUENCE);
        if (!dao.claimGift(giftId, due.getCustomerId(), window, onFile.getBirthday(), SystemTime.asDate())) {
            return false;
        }
        OfferCode code = offerCodes.issue(window);
        dao.attachCode(giftId, code.getId(), code.getOfferCode());
        LOG.info("Birthday gift " + window.getGiftYear() + " issued to member " + due.getCustomerId());
        return true;
    }

    @Override
    public IssuedGift giftOf(Long customerId, int year) {
        return dao.giftOf(customerId, year);
    }

    @Override
    public IssuedGift currentGiftOf(Long customerId) {
        List<IssuedGift> gifts = dao.giftsNotEndedBefore(customerId, today());
        return gifts.isEmpty() ? null : gifts.get(gifts.size() - 1);
    }

    @Override
    public LocalDate today() {
        return localDay(SystemTime.asDate());
    }

    private LocalDate localDay(Date moment) {
        return moment.toInstant().atZone(zone).toLocalDate();
    }
}
