package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.FigureReader;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.RangePlan;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.UnitName;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart series of the board service: the split's totals over the range choose the top K lines, then one read per
 * bucket of those lines and one of the scope's totals, whose difference is "others".
 */
public class ChartSeriesReader {

    private final FigureReader figureReader;
    private final OrganisationService organisationService;
    private final ChannelService channelService;

    public ChartSeriesReader(FigureReader figureReader, OrganisationService organisationService,
                             ChannelService channelService) {
        this.figureReader = figureReader;
        this.organisationService = organisationService;
        this.channelService = channelService;
    }

    ChartSeries series(BoardScope scope, Metric metric, DayRange range, boolean monthly, RangePlan plan,
                       SeriesSplit split, int topK) {
        if (scope.getKind() == BoardScope.Kind.GUIDE && split != SeriesSplit.NONE) {
            throw new IllegalArgumentException("A guide's series is not split, not by " + split);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("A series shows at least one line, not " + topK);
        }
        final Buckets buckets = new Buckets(range, monthly);
        final BigDecimal[] totals = buckets.zeros();
        List<SeriesLine> lines = new ArrayList<SeriesLine>();
        if (split == SeriesSplit.NONE) {
            figureReader.perBucket(scope, metric, plan, null, null, sum(buckets, totals, null));
            lines.add(new SeriesLine(SeriesLine.TOTAL, null, null, false, buckets.list(totals)));
            return new ChartSeries(scope, metric, range, monthly, buckets.starts(), lines);
        }
        String column = column(split);
        final Map<String, BigDecimal> byKey = figureReader.totalsBy(column, scope, metric, plan);
        List<String> keys = new ArrayList<String>(byKey.keySet());
        Collections.sort(keys, new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                int byValue = byKey.get(b).compareTo(byKey.get(a));
                return byValue != 0 ? byValue : a.compareTo(b);
            }
        });
        List<String> top = keys.subList(0, Math.min(topK, keys.size()));
        final Map<String, BigDecimal[]> values = new LinkedHashMap<String, BigDecimal[]>();
        for (String key : top) {
            values.put(key, buckets.zeros());
        }
        if (!top.isEmpty()) {
            figureReader.perBucket(scope, metric, plan, column, top, sum(buckets, null, values));
        }
        Map<String, UnitName> names = names(split, top);
        for (Map.Entry<String, BigDecimal[]> line : values.entrySet()) {
            UnitName name = names.get(line.getKey());
            lines.add(new SeriesLine(line.getKey(), name == null ? null : name.getCode(),
                    name == null ? null : name.getName(), false, buckets.list(line.getValue())));
        }
        if (keys.size() > top.size()) {
            figureReader.perBucket(scope, metric, plan, null, null, sum(buckets, totals, null));
            for (BigDecimal[] line : values.values()) {
                for (int i = 0; i < totals.length; i++) {
                    totals[i] = totals[i].subtract(line[i]);
                }
            }
            lines.add(new SeriesLine(SeriesLine.TOTAL, null, null, true, buckets.list(totals)));
        }
        return new ChartSeries(scope, metric, range, monthly, buckets.starts(), lines);
    }

    private static FigureReader.BucketSink sum(final Buckets buckets, final BigDecimal[] totals,
                                               final Map<String, BigDecimal[]> byKey) {
        return new FigureReader.BucketSink() {
            @Override
            public void add(LocalDate day, String splitKey, BigDecimal value) {
                BigDecimal[] target = byKey == null ? totals : byKey.get(splitKey);
                int index = buckets.index(day);
                target[index] = target[index].add(value);
            }
        };
    }

    private Map<String, UnitName> names(SeriesSplit split, List<String> keys) {
        Map<String, UnitName> names = new HashMap<String, UnitName>();
        if (split == SeriesSplit.CHANNEL) {
            for (Channel channel : channelService.findAll()) {
                names.put(channel.getCode(), new UnitName(channel.getId(), channel.getCode(), channel.getName()));
            }
            return names;
        }
        List<Long> ids = new ArrayList<Long>();
        for (String key : keys) {
            if (!key.isEmpty()) {
                ids.add(Long.valueOf(key));
            }
        }
        OrganisationUnit unit = split == SeriesSplit.STORE ? OrganisationUnit.STORE
                : split == SeriesSplit.REGION ? OrganisationUnit.REGION : OrganisationUnit.FRANCHISEE;
        for (UnitName name : organisationService.findNames(unit, ids).values()) {
            names.put(String.valueOf(name.getId()), name);
        }
        return names;
    }

    /** The store-table column a split groups by. */
    static String column(SeriesSplit split) {
        switch (split) {
            case CHANNEL:
                return "CHANNEL_CODE";
            case STORE:
                return "STORE_ID";
            case FRANCHISEE:
                return "FRANCHISEE_ID";
            default:
                return "REGION_ID";
        }
    }

    /** The days or months of a range, each known by its first day within the range. */
    private static final class Buckets {
        private final DayRange range;
        private final boolean monthly;
        private final int count;

        Buckets(DayRange range, boolean monthly) {
            this.range = range;
            this.monthly = monthly;
            this.count = index(range.getTo()) + 1;
        }

        int index(LocalDate day) {
            return monthly ? (int) ChronoUnit.MONTHS.between(YearMonth.from(range.getFrom()), YearMonth.from(day))
                    : (int) ChronoUnit.DAYS.between(range.getFrom(), day);
        }

        BigDecimal[] zeros() {
            BigDecimal[] zeros = new BigDecimal[count];
            // Two decimals, as the figure columns have, so every value of a line prints alike.
            java.util.Arrays.fill(zeros, BigDecimal.ZERO.setScale(2));
            return zeros;
        }

        List<BigDecimal> list(BigDecimal[] values) {
            List<BigDecimal> list = new ArrayList<BigDecimal>(values.length);
            Collections.addAll(list, values);
            return list;
        }

        List<LocalDate> starts() {
            List<LocalDate> starts = new ArrayList<LocalDate>();
            for (int i = 0; i < count; i++) {
                starts.add(i == 0 ? range.getFrom() : monthly ? YearMonth.from(range.getFrom()).plusMonths(i).atDay(1)
                        : range.getFrom().plusDays(i));
            }
            return starts;
        }
    }
}
