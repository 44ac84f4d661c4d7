package com.guidecommerce.core.contest.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.service.BoardEntry;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.Figures;
import com.guidecommerce.core.contest.rule.Standing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * A contest's standings at its close, from the performance boards: each contestant's score over the contest's days,
 * and what the refunds booked in the return window after them take off. The boards count a refund on the day it
 * happens, so refunds during the contest are in its days already; those of the window are taken off here (for net
 * sales their amount, for orders the orders refunded in full). A refund in the window of an order paid before the
 * contest counts against it too: the boards do not keep which day a refunded order was paid on. Bean
 * {@code gcContestStandings}.
 */
public class ContestStandings {

    /** Contestants read at a close, by the period's score: far more than any reward reaches. */
    static final int MAX_CONTESTANTS = 10000;

    @Resource(name = "gcBoardService")
    protected BoardService boardService;

    /** @param window the days after the contest whose refunds count, or null for none */
    public List<Standing> of(BoardScope scope, SubjectKind subject, Metric metric, DayRange days, DayRange window) {
        List<BoardEntry> entries = boardService.leaderboard(scope, subject, metric, days, MAX_CONTESTANTS)
                .getEntries();
        Map<Long, BigDecimal> later = window == null || metric == Metric.NEW_MEMBERS
                ? new HashMap<Long, BigDecimal>() : laterRefunds(entries, subject, metric, window);
        List<Standing> standings = new ArrayList<Standing>(entries.size());
        for (BoardEntry entry : entries) {
            standings.add(new Standing(entry.getSubjectId(), entry.getCode(), entry.getName(), entry.getValue(),
                    later.get(entry.getSubjectId())));
        }
        return standings;
    }

    private Map<Long, BigDecimal> laterRefunds(List<BoardEntry> entries, SubjectKind subject, Metric metric,
                                               DayRange window) {
        Map<Long, Figures> figures = new HashMap<Long, Figures>();
        List<Long> ids = new ArrayList<Long>(entries.size());
        for (BoardEntry entry : entries) {
            ids.add(entry.getSubjectId());
        }
        if (subject == SubjectKind.GUIDE) {
            figures.putAll(boardService.figuresOfGuides(ids, window));
        } else {
            for (Long storeId : ids) {
                figures.put(storeId, boardService.figures(BoardScope.store(storeId), window));
            }
        }
        Map<Long, BigDecimal> refunds = new HashMap<Long, BigDecimal>();
        for (Map.Entry<Long, Figures> entry : figures.entrySet()) {
            Figures f = entry.getValue();
            refunds.put(entry.getKey(), metric == Metric.ORDERS ? BigDecimal.valueOf(f.getRefundedOrders())
                    : f.getRefunds());
        }
        return refunds;
    }
}
