package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * A contest (PK赛) HQ runs: its days, who competes (scope and mode), what ranks them, how many win and what. Scores come
 * from the performance boards' daily figures; the contest closes once, after the return window that follows its last
 * day, with its results.
 */
public interface Contest extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    /** The first day (its date in HQ's calendar, {@code gc.default.timezone}). */
    Date getStartDate();

    void setStartDate(Date startDate);

    /** The last day, inclusive. */
    Date getEndDate();

    void setEndDate(Date endDate);

    ContestScope getScope();

    void setScope(ContestScope scope);

    /** The region of a REGION contest. */
    Region getRegion();

    void setRegion(Region region);

    /** The store of a STORE contest. */
    Store getStore();

    void setStore(Store store);

    ContestMetric getMetric();

    void setMetric(ContestMetric metric);

    ContestMode getMode();

    void setMode(ContestMode mode);

    int getTopN();

    void setTopN(int topN);

    ContestReward getReward();

    void setReward(ContestReward reward);

    /** The guide tier a PROMOTION lifts winners to, e.g. SUPER. */
    String getRewardTier();

    void setRewardTier(String rewardTier);

    /** The bonus each winning guide gets, for a BONUS. */
    BigDecimal getBonusAmount();

    void setBonusAmount(BigDecimal bonusAmount);

    /** Days after the last day during which refunds still change scores. */
    int getReturnWindowDays();

    void setReturnWindowDays(int returnWindowDays);

    ContestStatus getStatus();

    Date getClosedAt();

    List<ContestResult> getResults();
}
