package com.guidecommerce.core.contest.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.Leaderboard;
import com.guidecommerce.core.common.GcEnumeration;
import com.guidecommerce.core.common.ShortLivedCache;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestImpl;
import com.guidecommerce.core.contest.domain.ContestMode;
import com.guidecommerce.core.contest.domain.ContestScope;
import com.guidecommerce.core.contest.domain.ContestStatus;
import com.guidecommerce.core.contest.rule.ContestDraft;
import com.guidecommerce.core.contest.rule.ContestError;
import com.guidecommerce.core.contest.rule.ContestPhase;
import com.guidecommerce.core.contest.rule.ContestRanking;
import com.guidecommerce.core.contest.rule.ContestRules;
import com.guidecommerce.core.contest.rule.Placing;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Closing runs in a transaction of its own per contest: the guarded status update that claims it, the results and the
 * rewards commit together or not at all.
 */
public class ContestServiceImpl implements ContestService {

    static final long LIVE_BOARD_MILLIS = 60000L;
    static final int LIVE_BOARDS_KEPT = 1000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcBoardService")
    protected BoardService boardService;

    @Resource(name = "gcStoreTimeZones")
    protected StoreTimeZones timeZones;

    @Resource(name = "gcTierService")
    protected TierService tierService;

    @Resource(name = "gcContestStandings")
    protected ContestStandings standings;

    @Resource(name = "gcContestResults")
    protected ContestResults results;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Live boards by contest, size and minute. */
    private final ShortLivedCache<Leaderboard> liveBoards = new ShortLivedCache<Leaderboard>(LIVE_BOARDS_KEPT);

    @Override
    public Contest findById(Long contestId) {
        return contestId == null ? null : em.find(ContestImpl.class, contestId);
    }

    @Override
    @Transactional("blTransactionManager")
    public Contest save(Contest contest) {
        List<ContestError> errors = check(contest);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The contest '" + contest.getName() + "' breaks the rules: " + errors);
        }
        return em.merge(contest);
    }

    @Override
    public List<Contest> findOpen() {
        return em.createQuery("select c from ContestImpl c where c.status = :open order by c.startDate desc, c.id desc",
                Contest.class).setParameter("open", ContestStatus.OPEN.getType()).getResultList();
    }

    @Override
    public List<Contest> findRunningFor(Guide guide) {
        List<Contest> running = new ArrayList<Contest>();
        for (Contest contest : findOpen()) {
            ContestPhase phase = phaseOf(contest);
            if (phase != ContestPhase.UPCOMING && includes(contest, guide)) {
                running.add(contest);
            }
        }
        return running;
    }

    @Override
    public LocalDate firstDayOf(Contest contest) {
        return day(contest.getStartDate(), zone());
    }

    @Override
    public LocalDate lastDayOf(Contest contest) {
        return day(contest.getEndDate(), zone());
    }

    @Override
    public ContestPhase phaseOf(Contest contest) {
        ZoneId zone = zone();
        return ContestPhase.at(SystemTime.asDate().toInstant(), day(contest.getStartDate(), zone),
                day(contest.getEndDate(), zone), contest.getReturnWindowDays(), zone);
    }

    @Override
    public List<ContestError> check(Contest contest) {
        List<String> tiers = new ArrayList<String>();
        for (Tier tier : tierService.findTiers(TierSubject.GUIDE)) {
            tiers.add(tier.getCode());
        }
        return ContestRules.check(new ContestDraft().name(contest.getName())
                .days(contest.getStartDate(), contest.getEndDate())
                .scope(type(contest.getScope()), contest.getRegion() != null, contest.getStore() != null)
                .mode(type(contest.getMode())).topN(contest.getTopN())
                .reward(type(contest.getReward()), contest.getRewardTier(), contest.getBonusAmount())
                .returnWindowDays(contest.getReturnWindowDays())
                .closed(ContestStatus.CLOSED.equals(contest.getStatus())), tiers);
    }

    @Override
    public Leaderboard liveBoard(final Contest contest, final int topN) {
        ZoneId zone = zone();
        LocalDate today = SystemTime.asDate().toInstant().atZone(zone).toLocalDate();
        LocalDate first = day(contest.getStartDate(), zone);
        LocalDate last = day(contest.getEndDate(), zone);
        LocalDate to = today.isBefore(last) ? today : last;
        final DayRange days = new DayRange(first, to.isBefore(first) ? first : to);
        String key = contest.getId() + "#" + topN + "#" + days + "#" + SystemTime.asMillis() / LIVE_BOARD_MILLIS;
        return liveBoards.get(key, new Callable<Leaderboard>() {
            @Override
            public Leaderboard call() {
                return boardService.leaderboard(scopeOf(contest), subjectOf(contest), metricOf(contest), days, topN);
            }
        });
    }

    @Override
    public boolean close(final Long contestId, final String actor) {
        Boolean closed = new TransactionTemplate(transactionManager).execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return closeInTransaction(contestId, actor);
            }
        });
        return Boolean.TRUE.equals(closed);
    }

    private boolean closeInTransaction(Long contestId, String actor) {
        Contest contest = findById(contestId);
        if (contest == null || phaseOf(contest) != ContestPhase.DUE) {
            return false;
        }
        Date now = SystemTime.asDate();
        // The one place that decides who closes a contest: two nodes' jobs, or HQ and the job, racing.
        int claimed = em.createQuery("update ContestImpl c set c.status = :closed, c.closedAt = :now"
                + " where c.id = :id and c.status = :open")
                .setParameter("closed", ContestStatus.CLOSED.getType())
                .setParameter("now", now)
                .setParameter("id", contestId)
                .setParameter("open", ContestStatus.OPEN.getType())
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        ZoneId zone = zone();
        LocalDate last = day(contest.getEndDate(), zone);
        DayRange days = new DayRange(day(contest.getStartDate(), zone), last);
        DayRange window = contest.getReturnWindowDays() == 0 ? null
                : new DayRange(last.plusDays(1), last.plusDays(contest.getReturnWindowDays()));
        List<Placing> placings = ContestRanking.rank(standings.of(scopeOf(contest), subjectOf(contest), metricOf(contest),
                days, window), contest.getTopN());
        results.record(contest, subjectOf(contest), placings, actor, now);
        return true;
    }

    @Override
    public int closeDue(String actor) {
        int closed = 0;
        for (Contest contest : findOpen()) {
            if (phaseOf(contest) == ContestPhase.DUE && close(contest.getId(), actor)) {
                closed++;
            }
        }
        return closed;
    }

    static boolean includes(Contest contest, Guide guide) {
        ContestScope scope = contest.getScope();
        if (ContestScope.STORE.equals(scope)) {
            return contest.getStore() != null && contest.getStore().getId().equals(guide.getStore().getId());
        }
        if (ContestScope.REGION.equals(scope)) {
            return contest.getRegion() != null && guide.getStore().getRegion() != null
                    && contest.getRegion().getId().equals(guide.getStore().getRegion().getId());
        }
        return true;
    }

    static BoardScope scopeOf(Contest contest) {
        if (ContestScope.STORE.equals(contest.getScope())) {
            return BoardScope.store(contest.getStore().getId());
        }
        return ContestScope.REGION.equals(contest.getScope()) ? BoardScope.region(contest.getRegion().getId())
                : BoardScope.nation();
    }

    static SubjectKind subjectOf(Contest contest) {
        return ContestMode.TEAM.equals(contest.getMode()) ? SubjectKind.STORE : SubjectKind.GUIDE;
    }

    static Metric metricOf(Contest contest) {
        return Metric.valueOf(contest.getMetric().getType());
    }

    private static String type(GcEnumeration value) {
        return value == null ? null : value.getType();
    }

    private ZoneId zone() {
        return timeZones.getDefaultZone();
    }

    /** The contest's days are dates in HQ's calendar, whatever time of day the admin's picker put on them. */
    static LocalDate day(Date date, ZoneId zone) {
        return date.toInstant().atZone(zone).toLocalDate();
    }
}
