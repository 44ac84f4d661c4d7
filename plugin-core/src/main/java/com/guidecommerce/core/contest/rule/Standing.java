package com.guidecommerce.core.contest.rule;

import java.math.BigDecimal;

/**
 * A contestant's figures: what the board counted over the contest's days, and what refunds in the return window after
 * them take off (zero for a metric refunds do not touch, such as new members).
 */
public final class Standing {

    private final Long subjectId;
    private final String code;
    private final String name;
    private final BigDecimal periodScore;
    private final BigDecimal laterRefunds;

    public Standing(Long subjectId, String code, String name, BigDecimal periodScore, BigDecimal laterRefunds) {
        this.subjectId = subjectId;
        this.code = code;
        this.name = name;
        this.periodScore = periodScore;
        this.laterRefunds = laterRefunds == null ? BigDecimal.ZERO : laterRefunds;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPeriodScore() {
        return periodScore;
    }

    public BigDecimal getLaterRefunds() {
        return laterRefunds;
    }

    /** The score that ranks: the period's, less the refunds that came in the return window after it. */
    public BigDecimal getFinalScore() {
        return periodScore.subtract(laterRefunds);
    }
}
