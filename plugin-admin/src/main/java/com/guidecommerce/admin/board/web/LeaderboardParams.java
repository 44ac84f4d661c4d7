package com.guidecommerce.admin.board.web;

/**
 * The leaderboard form's fields as sent (Spring binds request parameters to it): {@code scope}, {@code region},
 * {@code store}, {@code subject}, {@code metric}, {@code period}, {@code from}, {@code to}.
 */
public class LeaderboardParams {

    private String scope;
    private Long region;
    private Long store;
    private String subject;
    private String metric;
    private String period;
    private String from;
    private String to;

    public LeaderboardQuery toQuery() {
        return LeaderboardQuery.of(scope, region, store, subject, metric, period, from, to);
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public void setRegion(Long region) {
        this.region = region;
    }

    public void setStore(Long store) {
        this.store = store;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
