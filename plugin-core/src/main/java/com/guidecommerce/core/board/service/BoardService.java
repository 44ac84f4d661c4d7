package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.PeriodKind;
import com.guidecommerce.core.board.rule.RankPeriodKey;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * The performance boards, read side: figures of any scope for any range of store-local days, a guide's ranks from
 * the rank snapshots, leaderboards and chart series. Everything comes from the daily and monthly figure tables and
 * the rank snapshots, never from orders or the ledger. Each call reads in one read-only transaction, so it sees one
 * state of the snapshots. Bean {@code gcBoardService}; a host may replace it under the same name.
 */
public interface BoardService {

    /** A scope's figures over the days (a guide's, a store's, a region's, a franchisee's or the nation's). */
    Figures figures(BoardScope scope, DayRange range);

    /** The same, with the figures of the equal range just before it. */
    FiguresComparison figuresWithPrevious(BoardScope scope, DayRange range);

    /**
     * What a guide's workbench shows of the boards for one period, in two statements when the scopes' top threes of
     * the period's build were read before: the guide's figures over the range against the compared range (one
     * statement), and their ranks in the snapshot period with each scope's count and top three (the period's build
     * and the guide's row in one statement). Read without a transaction: each statement is consistent in itself.
     */
    GuideBoard guideBoard(Long guideId, DayRange range, DayRange previousRange, RankPeriodKey period, Metric metric);

    /** The figures of each of some guides over a range, read together; a guide without figures has zeros. */
    Map<Long, Figures> figuresOfGuides(Collection<Long> guideIds, DayRange range);

    /** The period of this kind that contains today in the zone. */
    RankPeriodKey currentPeriod(PeriodKind kind, ZoneId zone);

    /** A guide's ranks in the current period of this kind (today, this week, this month in their store's zone). */
    GuideRanks guideRanks(Long guideId, PeriodKind kind, Metric metric);

    /** A guide's ranks in a given period (e.g. last month, frozen). */
    GuideRanks guideRanks(Long guideId, RankPeriodKey period, Metric metric);

    /**
     * The first {@code topN} guides or stores of the nation, a region or a store (guides only) in a snapshot period,
     * with every ranked subject (those with no figures too, at 0). A period never built, or a metric not ranked
     * ({@link Metric#isRanked()}), is computed from the figures
     * as {@link #leaderboard(BoardScope, SubjectKind, Metric, DayRange, int)} does.
     */
    Leaderboard leaderboard(BoardScope scope, SubjectKind subject, Metric metric, RankPeriodKey period, int topN);

    /**
     * The first {@code topN} guides or stores of the nation, a region or a store over any range, computed from the
     * figures: only subjects with figures in the range (departed guides included, as history), ranked by the region
     * and store their figures were recorded in.
     */
    Leaderboard leaderboard(BoardScope scope, SubjectKind subject, Metric metric, DayRange range, int topN);

    /**
     * A metric of a scope per day, or per month for ranges longer than {@link ChartSeries#MAX_DAILY_DAYS} days, split
     * into its top {@code topK} channels, stores, franchisees or regions plus the others. A guide's scope takes
     * {@link SeriesSplit#NONE} only.
     */
    ChartSeries series(BoardScope scope, Metric metric, DayRange range, SeriesSplit split, int topK);

    /**
     * A metric of a scope over the range, summed by channel code or by store, franchisee or region id (as text;
     * {@code ""} for figures with none): every key with figures, not only the top ones of {@link #series}.
     */
    Map<String, BigDecimal> totals(BoardScope scope, Metric metric, DayRange range, SeriesSplit split);
}
