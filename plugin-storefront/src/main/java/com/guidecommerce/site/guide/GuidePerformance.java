package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.CompetitionRanking;
import com.guidecommerce.core.board.rule.RankEntry;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.GuideBoard;
import com.guidecommerce.core.board.service.Figures;
import com.guidecommerce.core.board.service.GuideRanks;
import com.guidecommerce.core.organisation.domain.Guide;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workbench's performance sections, all read from the boards: the period's figures against the period before, the
 * guide's ranks with each scope's top three, and for a store manager the store's guides side by side.
 */
final class GuidePerformance {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final BoardService boards;
    private final Guide guide;
    private final Locale locale;

    GuidePerformance(BoardService boards, Guide guide, Locale locale) {
        this.boards = boards;
        this.guide = guide;
        this.locale = locale;
    }

    /** The period's figures against the period before and the guide's ranks in the period's snapshot. */
    GuideBoard board(WorkbenchPeriod period, Metric metric) {
        return boards.guideBoard(guide.getId(), period.getRange(), period.getPrevious(),
                boards.currentPeriod(period.getRankKind(), guide.getStore().getTimeZone().toZoneId()), metric);
    }

    List<FigureLine> figures(GuideBoard board) {
        return FigureLine.of(board.getFigures(), locale);
    }

    /** Store, region and nation, each with its top three; empty lines when the snapshot has not ranked the guide. */
    List<RankCard> rankCards(GuideRanks ranks, Metric metric) {
        List<RankCard> cards = new ArrayList<RankCard>();
        cards.add(RankCard.of("store", ranks.getInStore(), guide.getId(), metric, locale));
        cards.add(RankCard.of("region", ranks.getInRegion(), guide.getId(), metric, locale));
        cards.add(RankCard.of("nation", ranks.getInNation(), guide.getId(), metric, locale));
        return cards;
    }

    /** The snapshot's time as {@code hh:mm} in the store's zone; null when the period was never built. */
    String updatedAt(GuideRanks ranks, ZoneId storeZone) {
        return ranks.getBuiltAt() == null ? null
                : HOUR_MINUTE.format(ranks.getBuiltAt().toInstant().atZone(storeZone));
    }

    /** The store's active guides with the period's figures, best first by the metric (ties share a rank). */
    List<StoreGuideRow> storeGuides(List<Guide> colleagues, WorkbenchPeriod period, Metric metric) {
        Map<Long, Guide> byId = new LinkedHashMap<Long, Guide>();
        for (Guide colleague : colleagues) {
            if (colleague.isActive()) {
                byId.put(colleague.getId(), colleague);
            }
        }
        Map<Long, Figures> figures = boards.figuresOfGuides(byId.keySet(), period.getRange());
        List<RankEntry> entries = new ArrayList<RankEntry>();
        for (Long id : byId.keySet()) {
            entries.add(new RankEntry(id, guide.getStore().getId(), null, figures.get(id).get(metric)));
        }
        List<StoreGuideRow> rows = new ArrayList<StoreGuideRow>();
        for (RankEntry entry : CompetitionRanking.rank(entries)) {
            rows.add(StoreGuideRow.of(byId.get(entry.getSubjectId()), figures.get(entry.getSubjectId()),
                    entry.getRankInStore(), entry.getSubjectId() == guide.getId(), locale));
        }
        return rows;
    }
}
