package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.FigureReader;
import com.guidecommerce.core.board.dao.RankPeriodRow;
import com.guidecommerce.core.board.dao.RankSnapshotDao;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.PeriodState;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.CompetitionRanking;
import com.guidecommerce.core.board.rule.RangePlan;
import com.guidecommerce.core.board.rule.RankCalendar;
import com.guidecommerce.core.board.rule.RankEntry;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.Placement;
import com.guidecommerce.core.organisation.service.UnitName;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Builds the rank snapshots of the open periods: the day, week and month of every date that is today in some
 * store's zone, and every period still OPEN in GC_RANK_PERIOD (yesterday's, last week's … until closed). Each period
 * is read from the daily figures, ranked in Java and written in one transaction, so readers see it whole. A closed
 * period is built one last time and FROZEN; a frozen period is never written again.
 *
 * <p>Who is ranked: every active guide (placed in their current store and region), with 0 when they have no figures,
 * so a new guide sees "rank n of n" rather than nothing; and every active store. A guide's figures from a store they
 * left during the period count for them in their current store.
 */
public class RankSnapshotBuilder {

    private static final Log LOG = LogFactory.getLog(RankSnapshotBuilder.class);

    private final OrganisationService organisationService;
    private final StoreTimeZones storeTimeZones;
    private final FigureReader figureReader;
    private final RankSnapshotDao snapshotDao;
    private final TransactionTemplate transaction;
    private final RankCalendar calendar;

    public RankSnapshotBuilder(OrganisationService organisationService, StoreTimeZones storeTimeZones,
                               FigureReader figureReader, RankSnapshotDao snapshotDao,
                               PlatformTransactionManager transactionManager, int freezeGraceDays) {
        this.organisationService = organisationService;
        this.storeTimeZones = storeTimeZones;
        this.figureReader = figureReader;
        this.snapshotDao = snapshotDao;
        this.transaction = new TransactionTemplate(transactionManager);
        this.calendar = new RankCalendar(freezeGraceDays);
    }

    /** Builds every open period once (see the class comment). */
    public RankBuildSummary buildOpenPeriods() {
        long started = System.currentTimeMillis();
        Instant now = Instant.ofEpochMilli(SystemTime.asMillis());
        List<Placement> guides = organisationService.findActiveGuidePlacements();
        List<Placement> stores = organisationService.findActiveStorePlacements();
        Map<Long, UnitName> guideNames = organisationService.findNames(OrganisationUnit.GUIDE, ids(guides));
        Map<Long, UnitName> storeNames = organisationService.findNames(OrganisationUnit.STORE, ids(stores));
        Set<ZoneId> zones = zones(stores);
        SortedSet<RankPeriodKey> periods = calendar.current(now, zones);
        for (RankPeriodRow open : snapshotDao.openPeriods()) {
            periods.add(open.getPeriod());
        }
        int built = 0;
        int frozen = 0;
        int rows = 0;
        int written = 0;
        for (RankPeriodKey period : periods) {
            RankPeriodRow existing = snapshotDao.period(period.getKey());
            if (existing != null && existing.getState() == PeriodState.FROZEN) {
                continue;
            }
            boolean closing = calendar.isClosed(period, now, zones);
            int[] counts = build(period, closing ? PeriodState.FROZEN : PeriodState.OPEN, guides, guideNames,
                    stores, storeNames, new Date(now.toEpochMilli()));
            rows += counts[0];
            written += counts[1];
            built++;
            frozen += closing ? 1 : 0;
        }
        RankBuildSummary summary = new RankBuildSummary(built, frozen, rows, written,
                System.currentTimeMillis() - started);
        LOG.info("Rank snapshots: " + summary);
        return summary;
    }

    /** Ranks one period and replaces its snapshot in one transaction; returns its rows and the rows written. */
    int[] build(final RankPeriodKey period, final PeriodState state, List<Placement> guides,
                Map<Long, UnitName> guideNames, List<Placement> stores, Map<Long, UnitName> storeNames,
                final Date builtAt) {
        RangePlan days = RangePlan.of(period.getDays(), RolledUpMonths.NONE);
        final List<Object[]> rows = new ArrayList<Object[]>();
        addRows(rows, period, SubjectKind.GUIDE, guides, guideNames,
                figureReader.metricsBySubject(SubjectKind.GUIDE, days), builtAt);
        addRows(rows, period, SubjectKind.STORE, stores, storeNames,
                figureReader.metricsBySubject(SubjectKind.STORE, days), builtAt);
        int written = transaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return snapshotDao.replace(period, state, builtAt, rows);
            }
        });
        return new int[] {rows.size(), written};
    }

    private static void addRows(List<Object[]> rows, RankPeriodKey period, SubjectKind kind,
                                List<Placement> subjects, Map<Long, UnitName> names, Map<Long, BigDecimal[]> values,
                                Date builtAt) {
        boolean guide = kind == SubjectKind.GUIDE;
        for (Metric metric : Metric.values()) {
            if (!metric.isRanked()) {
                continue;
            }
            List<RankEntry> entries = new ArrayList<RankEntry>(subjects.size());
            for (Placement subject : subjects) {
                BigDecimal[] found = values.get(subject.getId());
                entries.add(new RankEntry(subject.getId(), subject.getStoreId(), subject.getRegionId(),
                        found == null ? BigDecimal.ZERO : found[metric.ordinal()]));
            }
            for (RankEntry entry : CompetitionRanking.rank(entries)) {
                UnitName name = names.get(entry.getSubjectId());
                rows.add(new Object[] {period.getKey(), metric.name(), kind.name(), entry.getSubjectId(),
                        entry.getStoreId(), entry.getRegionId(), entry.getValue(),
                        guide ? entry.getRankInStore() : null, entry.getRegionId() == null ? null
                        : entry.getRankInRegion(), entry.getRankInNation(), name == null ? null : name.getCode(),
                        name == null ? null : name.getName(), builtAt});
            }
        }
    }

    private static List<Long> ids(List<Placement> placements) {
        List<Long> ids = new ArrayList<Long>(placements.size());
        for (Placement placement : placements) {
            ids.add(placement.getId());
        }
        return ids;
    }

    /** The zones of the active stores; HQ's zone when there are none (or for a zone id that is not valid). */
    private Set<ZoneId> zones(List<Placement> stores) {
        Set<ZoneId> zones = new LinkedHashSet<ZoneId>();
        for (Placement store : stores) {
            zones.add(zone(store.getTimeZoneId()));
        }
        if (zones.isEmpty()) {
            zones.add(storeTimeZones.getDefaultZone());
        }
        return zones;
    }

    private ZoneId zone(String id) {
        try {
            return id == null ? storeTimeZones.getDefaultZone() : ZoneId.of(id);
        } catch (DateTimeException e) {
            return storeTimeZones.getDefaultZone();
        }
    }
}
