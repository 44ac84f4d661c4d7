package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.service.BoardEntry;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.Leaderboard;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestMode;
import com.guidecommerce.core.contest.domain.ContestReward;
import com.guidecommerce.core.contest.service.ContestService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;

/**
 * The contests a guide competes in, for their workbench: each one's board so far (its first {@link #TOP} lines) and
 * the guide's own score, or their store's in a team contest. Bean {@code gcContestCards}.
 */
public class ContestCards {

    static final int TOP = 5;

    @Resource(name = "gcContestService")
    protected ContestService contestService;

    @Resource(name = "gcBoardService")
    protected BoardService boardService;

    @Resource(name = "gcTierService")
    protected TierService tierService;

    public List<ContestCard> of(Guide guide, Locale locale) {
        List<ContestCard> cards = new ArrayList<ContestCard>();
        for (Contest contest : contestService.findRunningFor(guide)) {
            cards.add(card(contest, guide, locale));
        }
        return cards;
    }

    private ContestCard card(Contest contest, Guide guide, Locale locale) {
        boolean team = ContestMode.TEAM.equals(contest.getMode());
        Metric metric = Metric.valueOf(contest.getMetric().getType());
        Leaderboard board = contestService.liveBoard(contest, TOP);
        Long mine = team ? guide.getStore().getId() : guide.getId();
        List<RankCard.Line> lines = new ArrayList<RankCard.Line>();
        for (BoardEntry entry : board.getEntries()) {
            lines.add(new RankCard.Line(entry.getRank(), entry.getName(),
                    MetricLabels.value(metric, entry.getValue(), locale), mine.equals(entry.getSubjectId())));
        }
        DayRange days = board.getRange();
        BoardScope myScope = team ? BoardScope.store(mine) : BoardScope.guide(mine);
        String myValue = MetricLabels.value(metric, boardService.figures(myScope, days).get(metric), locale);
        boolean promotion = ContestReward.PROMOTION.equals(contest.getReward());
        return new ContestCard(contest.getId(), contest.getName(), contestService.firstDayOf(contest) + " – " + contestService.lastDayOf(contest),
                contestService.phaseOf(contest).name(), MetricLabels.key(metric), team, contest.getTopN(),
                promotion ? "gc.workbench.contest.rewardPromotion" : "gc.workbench.contest.rewardBonus",
                promotion ? tierName(contest.getRewardTier(), locale)
                        : WorkbenchText.money(contest.getBonusAmount(), locale), lines, myValue);
    }

    private String tierName(String code, Locale locale) {
        for (Tier tier : tierService.findTiers(TierSubject.GUIDE)) {
            if (tier.getCode().equals(code)) {
                return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? tier.getName() : tier.getNameEn();
            }
        }
        return code;
    }
}
