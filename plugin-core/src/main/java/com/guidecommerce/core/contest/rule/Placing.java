package com.guidecommerce.core.contest.rule;

/** A contestant's final place: their rank (equal scores share one) and whether it wins the reward. */
public final class Placing {

    private final int rank;
    private final Standing standing;
    private final boolean winner;

    Placing(int rank, Standing standing, boolean winner) {
        this.rank = rank;
        this.standing = standing;
        this.winner = winner;
    }

    public int getRank() {
        return rank;
    }

    public Standing getStanding() {
        return standing;
    }

    public boolean isWinner() {
        return winner;
    }
}
