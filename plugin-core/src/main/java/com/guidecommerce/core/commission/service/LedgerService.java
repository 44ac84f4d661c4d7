package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.ledger.AppendedEntry;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Moves ledger entries forward in time and reads them for their beneficiaries. */
public interface LedgerService {

    /** Frozen entries whose return window has closed become settleable; returns how many. */
    int releaseFrozenEntries();

    /**
     * The entries appended in {@code [from, to)} crediting beneficiaries of this type (GUIDE, FRANCHISEE, …), as the
     * ledger told its {@link com.guidecommerce.core.commission.ledger.LedgerEntryListener}s, in the order appended.
     */
    List<AppendedEntry> findEntriesAppended(String beneficiaryType, Date from, Date to);

    /**
     * The entries crediting this beneficiary (type GUIDE, FRANCHISEE, …, and id) summed by state as they stand now,
     * reversals subtracted.
     */
    LedgerTotals totalsOf(String beneficiaryType, Long beneficiaryId);

    /** The latest entries crediting this beneficiary, newest first, with their orders; at most {@code max}. */
    List<CommissionEntry> findLatestEntriesOf(String beneficiaryType, Long beneficiaryId, int max);

    /**
     * What each of these distributors sold as sharer on orders paid in {@code [from, to)}: the SHARER entries crediting
     * them, net of every reversal appended so far (so a late refund lowers the figures of the period its order was
     * paid in). Distributors without entries are left out.
     */
    Map<Long, SharerFigures> sharerFigures(Collection<Long> distributorIds, Date from, Date to);

    /**
     * Credits a beneficiary a bonus that no order earned (a contest won): one BONUS entry, settleable at once, so
     * their next statement pays it, with {@code reference} (at most 128 characters) saying what it is for. Joins the
     * caller's transaction, so a bonus is written with what decided it or not at all.
     *
     * @return the entry's id
     */
    Long appendBonus(Bonus bonus);
}
