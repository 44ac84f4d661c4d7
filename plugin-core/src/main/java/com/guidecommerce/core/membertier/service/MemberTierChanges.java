package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.membertier.dao.MemberSpendStore;
import com.guidecommerce.core.membertier.dao.MemberTierDao;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.domain.MemberTierChangeImpl;

import java.math.BigDecimal;
import java.util.Date;

/**
 * Applies one change of a member's tier, inside the caller's transaction, the one way every cause does it: a guarded
 * update of the member's state row from the tier read, an append-only history row, and the customer attribute
 * offers read. Nothing is written when the row holds another tier by now. Bean {@code gcMemberTierChanges}.
 */
public class MemberTierChanges {

    private final MemberSpendStore store;
    private final MemberTierDao dao;
    private final MemberTierAttribute attribute;

    public MemberTierChanges(MemberSpendStore store, MemberTierDao dao, MemberTierAttribute attribute) {
        this.store = store;
        this.dao = dao;
        this.attribute = attribute;
    }

    /**
     * @param expected the tier code the state row holds as read ({@code null}: never placed)
     * @param from     the tier the member held as history shows it (the lowest tier's code for one never placed)
     * @return the history row, or {@code null} when the member's row no longer held {@code expected}
     */
    public MemberTierChange apply(Long customerId, String expected, String from, String to, MemberTierChangeCause cause,
                                  BigDecimal spend, String periodKey, String actor, String reason, Date at) {
        if (!store.changeTier(customerId, expected, to, at, spend)) {
            return null;
        }
        MemberTierChange change = dao.append(new MemberTierChangeImpl(customerId, from, to, cause, spend, periodKey,
                actor, reason, at));
        attribute.write(customerId, to);
        return change;
    }
}
