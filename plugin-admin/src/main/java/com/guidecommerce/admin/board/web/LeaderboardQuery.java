package com.guidecommerce.admin.board.web;

import com.guidecommerce.admin.board.rule.LeaderboardPeriod;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.service.BoardScope;

/**
 * What HQ asked the leaderboard for, made whole: the scope (the nation, a region or a store), guides or stores (a
 * store ranks its guides only), a ranked metric and a period, with the custom range's days as typed. Anything missing
 * or unknown falls back to the national board of guides by net sales this month.
 */
public final class LeaderboardQuery {

    private final BoardScope.Kind scope;
    private final Long regionId;
    private final Long storeId;
    private final SubjectKind subject;
    private final Metric metric;
    private final LeaderboardPeriod period;
    private final String from;
    private final String to;

    private LeaderboardQuery(BoardScope.Kind scope, Long regionId, Long storeId, SubjectKind subject, Metric metric,
                             LeaderboardPeriod period, String from, String to) {
        this.scope = scope;
        this.regionId = regionId;
        this.storeId = storeId;
        this.subject = subject;
        this.metric = metric;
        this.period = period;
        this.from = from;
        this.to = to;
    }

    public static LeaderboardQuery of(String scope, Long regionId, Long storeId, String subject, String metric,
                                      String period, String from, String to) {
        BoardScope.Kind kind = "REGION".equals(scope) && regionId != null ? BoardScope.Kind.REGION
                : "STORE".equals(scope) && storeId != null ? BoardScope.Kind.STORE : BoardScope.Kind.NATION;
        SubjectKind subjectKind = "STORE".equals(subject) && kind != BoardScope.Kind.STORE ? SubjectKind.STORE
                : SubjectKind.GUIDE;
        Metric ranked = Metric.NET_SALES;
        for (Metric candidate : Metric.values()) {
            if (candidate.isRanked() && candidate.name().equals(metric)) {
                ranked = candidate;
            }
        }
        return new LeaderboardQuery(kind, regionId, storeId, subjectKind, ranked, LeaderboardPeriod.of(period),
                from, to);
    }

    public BoardScope toScope() {
        return scope == BoardScope.Kind.REGION ? BoardScope.region(regionId)
                : scope == BoardScope.Kind.STORE ? BoardScope.store(storeId) : BoardScope.nation();
    }

    public String getScope() {
        return scope.name();
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getStoreId() {
        return storeId;
    }

    public String getSubject() {
        return subject.name();
    }

    public SubjectKind getSubjectKind() {
        return subject;
    }

    public String getMetricCode() {
        return metric.name();
    }

    public Metric getMetric() {
        return metric;
    }

    public LeaderboardPeriod getPeriod() {
        return period;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
