package com.guidecommerce.core.contest.rule;

import java.math.BigDecimal;
import java.util.Date;

/** What HQ's form (or a stored contest) says of a contest, for its checks; scope, mode and reward as their codes. */
public final class ContestDraft {

    String name;
    Date start;
    Date end;
    String scope;
    boolean regionSet;
    boolean storeSet;
    String mode;
    Integer topN;
    String reward;
    String rewardTier;
    BigDecimal bonusAmount;
    Integer returnWindowDays;
    boolean closed;

    public ContestDraft name(String value) {
        name = value;
        return this;
    }

    public ContestDraft days(Date first, Date last) {
        start = first;
        end = last;
        return this;
    }

    public ContestDraft scope(String value, boolean withRegion, boolean withStore) {
        scope = value;
        regionSet = withRegion;
        storeSet = withStore;
        return this;
    }

    public ContestDraft mode(String value) {
        mode = value;
        return this;
    }

    public ContestDraft topN(Integer value) {
        topN = value;
        return this;
    }

    public ContestDraft reward(String value, String tier, BigDecimal bonus) {
        reward = value;
        rewardTier = tier;
        bonusAmount = bonus;
        return this;
    }

    public ContestDraft returnWindowDays(Integer value) {
        returnWindowDays = value;
        return this;
    }

    public ContestDraft closed(boolean value) {
        closed = value;
        return this;
    }
}
