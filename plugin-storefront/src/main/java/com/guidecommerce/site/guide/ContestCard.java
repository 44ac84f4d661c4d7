package com.guidecommerce.site.guide;

import java.util.List;

/** A contest on a guide's workbench: what it is, its board so far and where the guide (or their store) stands. */
public final class ContestCard {

    private final Long id;
    private final String name;
    private final String days;
    private final String phase;
    private final String metricKey;
    private final boolean team;
    private final int topN;
    private final String rewardKey;
    private final String rewardValue;
    private final List<RankCard.Line> lines;
    private final String myValue;

    ContestCard(Long id, String name, String days, String phase, String metricKey, boolean team, int topN,
                String rewardKey, String rewardValue, List<RankCard.Line> lines, String myValue) {
        this.id = id;
        this.name = name;
        this.days = days;
        this.phase = phase;
        this.metricKey = metricKey;
        this.team = team;
        this.topN = topN;
        this.rewardKey = rewardKey;
        this.rewardValue = rewardValue;
        this.lines = lines;
        this.myValue = myValue;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDays() {
        return days;
    }

    /** RUNNING, or SETTLING while the return window after its last day runs. */
    public String getPhase() {
        return phase;
    }

    public String getMetricKey() {
        return metricKey;
    }

    public boolean isTeam() {
        return team;
    }

    public int getTopN() {
        return topN;
    }

    public String getRewardKey() {
        return rewardKey;
    }

    public String getRewardValue() {
        return rewardValue;
    }

    public List<RankCard.Line> getLines() {
        return lines;
    }

    /** The guide's (or their store's) score so far. */
    public String getMyValue() {
        return myValue;
    }
}
