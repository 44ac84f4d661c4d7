package com.guidecommerce.core.contest.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** A contestant's final place in a closed contest, written once when it closes. */
public interface ContestResult extends Serializable {

    Long getId();

    Contest getContest();

    int getRank();

    /** GUIDE or STORE. */
    String getSubjectKind();

    Long getSubjectId();

    String getSubjectCode();

    String getSubjectName();

    /** What the board counted over the contest's days. */
    BigDecimal getPeriodScore();

    /** Refunds in the return window after the last day, taken off the period's score. */
    BigDecimal getLaterRefunds();

    BigDecimal getFinalScore();

    boolean isWinner();

    /** What winning gave, as a note (promotion to a tier, a bonus), or null. */
    String getRewardNote();

    Date getClosedAt();
}
