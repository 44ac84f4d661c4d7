package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.RangePlan;
import com.guidecommerce.core.board.service.BoardScope;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds a portable query over a range's figures: one grouped select on the daily table for the range's runs of days
 * and one on the monthly table for its rolled-up months, joined by UNION ALL. Each part selects the group keys as
 * K0, K1 … and the values as V0, V1 …; the whole can be summed again by key ({@link #summed}).
 */
final class FigureQuery {

    /** The longest run of days a subject's query lists day by day (a month and a half of days outside whole months). */
    static final int MAX_LISTED_DAYS = 62;

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<Object>();
    /** Selects on one table (no UNION ALL): already summed by its keys, with nothing to sum again. */
    private boolean onePart;

    private FigureQuery() {
    }

    /**
     * @param dayKeys   group keys on the daily table (e.g. {@code GUIDE_ID}, or {@code DAY} for a series)
     * @param monthKeys the same keys on the monthly table ({@code MONTH} instead of {@code DAY})
     * @param values    aggregate expressions, e.g. {@code SUM(ORDERS)}
     * @param extra     a further condition with its arguments, or null
     */
    static FigureQuery parts(FigureTables tables, BoardScope scope, RangePlan plan, List<String> dayKeys,
                             List<String> monthKeys, List<String> values, String extra, List<?> extraArgs) {
        FigureQuery query = new FigureQuery();
        if (!plan.getDays().isEmpty()) {
            // A guide's or a store's rows are found by day and then by the key's second column: listing the days
            // makes that one lookup a day, where a range of days would read every subject's rows of those days.
            boolean listDays = tables.keyColumn().equals(FigureTables.filterColumn(scope))
                    || extra != null && extra.startsWith(tables.keyColumn() + " IN (");
            StringBuilder days = new StringBuilder("(");
            for (DayRange run : plan.getDays()) {
                days.append(days.length() == 1 ? "" : " OR ");
                if (listDays && run.length() <= MAX_LISTED_DAYS) {
                    days.append("DAY IN (");
                    for (LocalDate day = run.getFrom(); !day.isAfter(run.getTo()); day = day.plusDays(1)) {
                        days.append(day.equals(run.getFrom()) ? "?" : ", ?");
                        query.args.add(Date.valueOf(day));
                    }
                    days.append(')');
                } else {
                    days.append("DAY BETWEEN ? AND ?");
                    query.args.add(Date.valueOf(run.getFrom()));
                    query.args.add(Date.valueOf(run.getTo()));
                }
            }
            query.part(tables.dayTable(), days.append(')').toString(), scope, dayKeys, values, extra, extraArgs);
        }
        if (!plan.getMonths().isEmpty()) {
            if (query.sql.length() > 0) {
                query.sql.append(" UNION ALL ");
            }
            StringBuilder months = new StringBuilder("MONTH IN (");
            for (YearMonth month : plan.getMonths()) {
                months.append(months.length() == 10 ? "?" : ", ?");
                query.args.add(Date.valueOf(month.atDay(1)));
            }
            query.part(tables.monthTable(), months.append(')').toString(), scope, monthKeys, values, extra,
                    extraArgs);
        }
        return query;
    }

    private void part(String table, String range, BoardScope scope, List<String> keys, List<String> values,
                      String extra, List<?> extraArgs) {
        onePart = sql.length() == 0;
        sql.append("SELECT ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(keys.get(i)).append(" AS K").append(i).append(", ");
        }
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(values.get(i)).append(" AS V").append(i);
        }
        sql.append(" FROM ").append(table).append(" WHERE ").append(range);
        String filter = FigureTables.filterColumn(scope);
        if (filter != null) {
            sql.append(" AND ").append(filter).append(" = ?");
            args.add(scope.getId());
        }
        if (extra != null) {
            sql.append(" AND ").append(extra);
            args.addAll(extraArgs);
        }
        if (!keys.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(keys.get(i));
            }
        }
    }

    /** The parts summed again by their keys: {@code SELECT K0…, SUM(V0)… FROM (parts) t GROUP BY K0…}. */
    FigureQuery summed(int keyCount, int valueCount, String orderAndLimit, Object... limitArgs) {
        FigureQuery outer = new FigureQuery();
        if (onePart) {
            // One table's select is summed by its keys already: no derived table for the server to materialise.
            outer.onePart = true;
            outer.sql.append(sql);
            if (orderAndLimit != null) {
                outer.sql.append(' ').append(orderAndLimit);
            }
            outer.args.addAll(args);
            Collections.addAll(outer.args, limitArgs);
            return outer;
        }
        outer.sql.append("SELECT ");
        for (int i = 0; i < keyCount; i++) {
            outer.sql.append("K").append(i).append(", ");
        }
        for (int i = 0; i < valueCount; i++) {
            outer.sql.append(i == 0 ? "" : ", ").append("SUM(V").append(i).append(") AS V").append(i);
        }
        outer.sql.append(" FROM (").append(sql).append(") t");
        for (int i = 0; i < keyCount; i++) {
            outer.sql.append(i == 0 ? " GROUP BY " : ", ").append("K").append(i);
        }
        if (orderAndLimit != null) {
            outer.sql.append(' ').append(orderAndLimit);
        }
        outer.args.addAll(args);
        Collections.addAll(outer.args, limitArgs);
        return outer;
    }

    /**
     * Two queries of {@code valueCount} values and no keys as one statement: a row per query, its position (0, 1)
     * first, then its values.
     */
    static FigureQuery both(FigureQuery first, FigureQuery second, int valueCount) {
        FigureQuery both = new FigureQuery();
        both.sql.append(first.positioned(0, valueCount)).append(" UNION ALL ").append(second.positioned(1, valueCount));
        both.args.addAll(first.args);
        both.args.addAll(second.args);
        return both;
    }

    /** This query's select with its position first: {@code SELECT 0 AS W, V0 …}. */
    private String positioned(int position, int valueCount) {
        String select = "SELECT " + position + " AS W, ";
        if (onePart) {
            return select + sql.substring("SELECT ".length());
        }
        StringBuilder values = new StringBuilder(select);
        for (int i = 0; i < valueCount; i++) {
            values.append(i == 0 ? "V" : ", V").append(i);
        }
        return values.append(" FROM (").append(sql).append(") t").append(position).toString();
    }

    String sql() {
        return sql.toString();
    }

    Object[] args() {
        return args.toArray();
    }
}
