package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.Figures;
import com.guidecommerce.core.commission.service.LedgerService;
import com.guidecommerce.core.commission.service.SharerFigures;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.PeriodFigures;
import com.guidecommerce.core.tier.rule.TierPeriod;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures a period's evaluation uses, read through the features that own them. Bean {@code gcTierFigures}.
 *
 * <p>Guides: the performance boards' daily figures over the period's store-local days. Sales are net sales: paid line
 * amounts of orders paid in the period, less the refunds booked in it (a refund counts on the store-local day it
 * happened, so a refund after the period's end lowers the next period's sales, never escapes). Orders are the orders
 * paid in the period, new members those bound for the first time in it. The boards' nightly check has corrected the
 * days by the time the evaluation runs (gc.tier.waitDays after the period).
 *
 * <p>Distributors: the commission ledger's sharer entries on orders paid in the period (by gc.default.timezone's
 * days), net of every reversal appended so far; evaluated gc.tier.waitDays after the period, the reversals of refunds
 * inside the return window are in. Distributors bring no members of their own, so their new members are 0.
 */
public class TierFigures {

    private final BoardService boardService;
    private final LedgerService ledgerService;
    private final ZoneId zone;

    public TierFigures(BoardService boardService, LedgerService ledgerService, String zoneId) {
        this.boardService = boardService;
        this.ledgerService = ledgerService;
        this.zone = ZoneId.of(zoneId);
    }

    /** Each subject's figures of the period; a subject without any has zeros. */
    public Map<Long, PeriodFigures> of(TierSubject subject, Collection<Long> ids, TierPeriod period) {
        Map<Long, PeriodFigures> figures = new HashMap<Long, PeriodFigures>();
        if (ids.isEmpty()) {
            return figures;
        }
        if (TierSubject.GUIDE.equals(subject)) {
            DayRange days = new DayRange(period.getFirstDay(), period.getLastDay());
            for (Map.Entry<Long, Figures> guide : boardService.figuresOfGuides(ids, days).entrySet()) {
                Figures board = guide.getValue();
                figures.put(guide.getKey(), new PeriodFigures(board.getNetSales(), board.getOrders(),
                        board.getNewMembers()));
            }
        } else {
            Date from = Date.from(period.getFirstDay().atStartOfDay(zone).toInstant());
            Date to = Date.from(period.getLastDay().plusDays(1).atStartOfDay(zone).toInstant());
            Map<Long, SharerFigures> sold = ledgerService.sharerFigures(ids, from, to);
            for (Map.Entry<Long, SharerFigures> sharer : sold.entrySet()) {
                figures.put(sharer.getKey(), new PeriodFigures(sharer.getValue().getNetSales(),
                        sharer.getValue().getOrders(), 0));
            }
        }
        for (Long id : ids) {
            if (!figures.containsKey(id)) {
                figures.put(id, PeriodFigures.ZERO);
            }
        }
        return figures;
    }

    public ZoneId getZone() {
        return zone;
    }
}
