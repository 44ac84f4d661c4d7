package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.FigureReader;
import com.guidecommerce.core.board.dao.RankPeriodRow;
import com.guidecommerce.core.board.dao.RankSnapshotDao;
import com.guidecommerce.core.board.dao.RankSnapshotDao.GuideInStore;
import com.guidecommerce.core.board.dao.SnapshotRow;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.PeriodKind;
import com.guidecommerce.core.board.rule.RangePlan;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.UnitName;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class BoardServiceImpl implements BoardService {

    /** How many of a scope's first ranks a guide's ranks show. */
    static final int TOP_OF_SCOPE = 3;
    /** Region and nation tops kept per build: every region and the nation of each open period and metric, and more. */
    static final int KEPT_SCOPES = 5000;

    private final FigureReader figureReader;
    private final RankSnapshotDao snapshotDao;
    private final OrganisationService organisationService;
    private final StoreTimeZones storeTimeZones;
    private final RolledUpMonths rolledUpMonths;
    private final ChartSeriesReader seriesReader;
    private final TransactionTemplate readOnly;
    private final ScopeTops scopeTops = new ScopeTops(KEPT_SCOPES);

    public BoardServiceImpl(FigureReader figureReader, RankSnapshotDao snapshotDao,
                            OrganisationService organisationService, StoreTimeZones storeTimeZones,
                            RolledUpMonths rolledUpMonths, ChartSeriesReader seriesReader,
                            PlatformTransactionManager transactionManager) {
        this.figureReader = figureReader;
        this.snapshotDao = snapshotDao;
        this.organisationService = organisationService;
        this.storeTimeZones = storeTimeZones;
        this.rolledUpMonths = rolledUpMonths;
        this.seriesReader = seriesReader;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The one place that decides which whole months of a range are read from the monthly tables (those
     * {@code gcBoardRolledUpMonths} says were rolled up) and which from the daily tables.
     */
    protected RangePlan plan(DayRange range) {
        return RangePlan.of(range, rolledUpMonths);
    }

    @Override
    public Figures figures(final BoardScope scope, final DayRange range) {
        return read(new TransactionCallback<Figures>() {
            @Override
            public Figures doInTransaction(TransactionStatus status) {
                return figureReader.figures(scope, plan(range));
            }
        });
    }

    @Override
    public Map<Long, Figures> figuresOfGuides(final Collection<Long> guideIds, final DayRange range) {
        return read(new TransactionCallback<Map<Long, Figures>>() {
            @Override
            public Map<Long, Figures> doInTransaction(TransactionStatus status) {
                Map<Long, Figures> found = figureReader.figuresOf(SubjectKind.GUIDE, guideIds, plan(range));
                Map<Long, Figures> figures = new LinkedHashMap<Long, Figures>();
                for (Long guideId : guideIds) {
                    figures.put(guideId, found.containsKey(guideId) ? found.get(guideId) : Figures.ZERO);
                }
                return figures;
            }
        });
    }

    @Override
    public FiguresComparison figuresWithPrevious(BoardScope scope, DayRange range) {
        // One statement reads both ranges: no transaction needed for them to agree.
        Figures[] both = figureReader.figuresOfBoth(scope, plan(range), plan(range.previous()));
        return new FiguresComparison(range, both[0], both[1]);
    }

    @Override
    public RankPeriodKey currentPeriod(PeriodKind kind, ZoneId zone) {
        return RankPeriodKey.of(kind, Instant.ofEpochMilli(SystemTime.asMillis()).atZone(zone).toLocalDate());
    }

    @Override
    public GuideRanks guideRanks(Long guideId, PeriodKind kind, Metric metric) {
        return guideRanks(guideId, currentPeriod(kind, storeTimeZones.ofGuide(guideId)), metric);
    }

    @Override
    public GuideRanks guideRanks(Long guideId, RankPeriodKey period, Metric metric) {
        // No transaction: the period's build, the guide's row and their store's rows are one statement, and the
        // region's and nation's top threes are read for that build (a rebuild in between only makes them as new as
        // the next reader's).
        GuideInStore found = snapshotDao.guideInStore(period.getKey(), metric, guideId);
        SnapshotRow row = found == null ? null : found.getGuide();
        if (row == null) {
            return GuideRanks.unranked(guideId, period, metric, found == null ? null : found.getPeriod().getBuiltAt());
        }
        RankPeriodRow built = found.getPeriod();
        ScopeRank region = row.getRegionId() == null ? null
                : scopeRank(built, metric, BoardScope.region(row.getRegionId()), row.getRankInRegion());
        return new GuideRanks(guideId, period, metric, built.getBuiltAt(), row.getValue(),
                storeRank(found.getStore(), row), region,
                scopeRank(built, metric, BoardScope.nation(), row.getRankInNation()));
    }

    /** The guide's rank among their store's guides, with the store's count and first three. */
    private static ScopeRank storeRank(List<SnapshotRow> store, SnapshotRow guide) {
        List<SnapshotRow> first = new ArrayList<SnapshotRow>();
        int of = 0;
        for (SnapshotRow row : store) {
            Integer inStore = row.getRankInStore();
            of += inStore == null ? 0 : 1;
            if (inStore != null && inStore <= TOP_OF_SCOPE && first.size() < TOP_OF_SCOPE) {
                first.add(row);
            }
        }
        BoardScope scope = BoardScope.store(guide.getStoreId());
        return new ScopeRank(scope, guide.getRankInStore(), of, snapshotEntries(scope, first));
    }

    /** The guide's rank in their region or the nation, with its count and top three, read once per build. */
    private ScopeRank scopeRank(final RankPeriodRow built, final Metric metric, final BoardScope scope, int rank) {
        final String periodKey = built.getPeriod().getKey();
        ScopeTops.Top top = scopeTops.get(ScopeTops.key(periodKey, built.getBuildNo(), metric, scope),
                new ScopeTops.Loader() {
                    @Override
                    public ScopeTops.Top load() {
                        return new ScopeTops.Top(snapshotDao.count(periodKey, metric, SubjectKind.GUIDE, scope),
                                snapshotEntries(scope, snapshotDao.top(periodKey, metric, SubjectKind.GUIDE, scope,
                                        TOP_OF_SCOPE, TOP_OF_SCOPE)));
                    }
                });
        return new ScopeRank(scope, rank, top.getOf(), top.getEntries());
    }

    @Override
    public GuideBoard guideBoard(Long guideId, DayRange range, DayRange previousRange, RankPeriodKey period,
                                 Metric metric) {
        Figures[] both = figureReader.figuresOfBoth(BoardScope.guide(guideId), plan(range), plan(previousRange));
        return new GuideBoard(new FiguresComparison(range, previousRange, both[0], both[1]),
                guideRanks(guideId, period, metric));
    }

    @Override
    public Leaderboard leaderboard(final BoardScope scope, final SubjectKind subject, final Metric metric,
                                   final RankPeriodKey period, final int topN) {
        checkLeaderboard(scope, topN);
        return read(new TransactionCallback<Leaderboard>() {
            @Override
            public Leaderboard doInTransaction(TransactionStatus status) {
                RankPeriodRow built = snapshotDao.period(period.getKey());
                if (built == null || !metric.isRanked()) {
                    return computed(scope, subject, metric, period.getDays(), topN);
                }
                List<SnapshotRow> top = snapshotDao.top(period.getKey(), metric, subject, scope, topN, topN);
                return new Leaderboard(scope, subject, metric, period.getDays(), period.getKey(),
                        built.getBuiltAt(), snapshotEntries(scope, top));
            }
        });
    }

    @Override
    public Leaderboard leaderboard(final BoardScope scope, final SubjectKind subject, final Metric metric,
                                   final DayRange range, final int topN) {
        checkLeaderboard(scope, topN);
        return read(new TransactionCallback<Leaderboard>() {
            @Override
            public Leaderboard doInTransaction(TransactionStatus status) {
                return computed(scope, subject, metric, range, topN);
            }
        });
    }

    private Leaderboard computed(BoardScope scope, SubjectKind subject, Metric metric, DayRange range, int topN) {
        LinkedHashMap<Long, BigDecimal> top = figureReader.top(scope, subject, metric, plan(range), topN);
        Map<Long, UnitName> names = organisationService.findNames(unit(subject), top.keySet());
        List<BoardEntry> entries = new ArrayList<BoardEntry>();
        BigDecimal last = null;
        int rank = 0;
        for (Map.Entry<Long, BigDecimal> entry : top.entrySet()) {
            // Competition ranking over a prefix of the sorted values: the row's position unless it ties the last.
            if (last == null || entry.getValue().compareTo(last) != 0) {
                rank = entries.size() + 1;
                last = entry.getValue();
            }
            entries.add(entry(rank, entry.getKey(), entry.getValue(), names));
        }
        return new Leaderboard(scope, subject, metric, range, null, null, entries);
    }

    @Override
    public ChartSeries series(final BoardScope scope, final Metric metric, final DayRange range,
                              final SeriesSplit split, final int topK) {
        return read(new TransactionCallback<ChartSeries>() {
            @Override
            public ChartSeries doInTransaction(TransactionStatus status) {
                boolean monthly = range.length() > ChartSeries.MAX_DAILY_DAYS;
                // Per day, a rolled-up month cannot be split into its days: a daily series reads days only.
                RangePlan plan = monthly ? plan(range) : RangePlan.of(range, RolledUpMonths.NONE);
                return seriesReader.series(scope, metric, range, monthly, plan, split, topK);
            }
        });
    }

    @Override
    public Map<String, BigDecimal> totals(final BoardScope scope, final Metric metric, final DayRange range,
                                          final SeriesSplit split) {
        if (split == SeriesSplit.NONE || scope.getKind() == BoardScope.Kind.GUIDE) {
            throw new IllegalArgumentException("Totals are split by channel, store, franchisee or region of a scope"
                    + " that is no guide, not " + split + " of " + scope);
        }
        return read(new TransactionCallback<Map<String, BigDecimal>>() {
            @Override
            public Map<String, BigDecimal> doInTransaction(TransactionStatus status) {
                return figureReader.totalsBy(ChartSeriesReader.column(split), scope, metric, plan(range));
            }
        });
    }

    /** A snapshot's rows as board entries, with the codes and names the build kept and the scope's ranks. */
    private static List<BoardEntry> snapshotEntries(BoardScope scope, List<SnapshotRow> rows) {
        List<BoardEntry> entries = new ArrayList<BoardEntry>();
        for (SnapshotRow row : rows) {
            int rank = scope.getKind() == BoardScope.Kind.NATION ? row.getRankInNation()
                    : scope.getKind() == BoardScope.Kind.REGION ? row.getRankInRegion() : row.getRankInStore();
            entries.add(new BoardEntry(rank, row.getSubjectId(), row.getCode(), row.getName(), row.getValue()));
        }
        return entries;
    }

    private static BoardEntry entry(int rank, Long id, BigDecimal value, Map<Long, UnitName> names) {
        UnitName name = names.get(id);
        return new BoardEntry(rank, id, name == null ? null : name.getCode(), name == null ? null : name.getName(),
                value);
    }

    private static OrganisationUnit unit(SubjectKind subject) {
        return subject == SubjectKind.GUIDE ? OrganisationUnit.GUIDE : OrganisationUnit.STORE;
    }

    private static void checkLeaderboard(BoardScope scope, int topN) {
        BoardScope.Kind kind = scope.getKind();
        if (kind != BoardScope.Kind.NATION && kind != BoardScope.Kind.REGION && kind != BoardScope.Kind.STORE) {
            throw new IllegalArgumentException("A leaderboard ranks the nation, a region or a store, not " + scope);
        }
        if (topN < 1) {
            throw new IllegalArgumentException("A leaderboard shows at least one entry, not " + topN);
        }
    }

    private <T> T read(TransactionCallback<T> callback) {
        return readOnly.execute(callback);
    }
}
