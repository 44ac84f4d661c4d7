package com.guidecommerce.core.membertier.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The member ladder, lowest rank first. A member holds the highest tier whose minimum spend their rolling spend
 * reaches; a member never placed holds the lowest tier. Thresholds must rise with rank, so the tier a spend earns is
 * one well-defined step.
 */
public final class MemberTierLadder {

    private static final int MONEY_SCALE = 2;

    private final List<MemberTierLevel> levels;

    public MemberTierLadder(List<MemberTierLevel> levels) {
        if (levels.isEmpty()) {
            throw new MemberTierException(MemberTierError.NO_TIERS);
        }
        List<MemberTierLevel> sorted = new ArrayList<MemberTierLevel>(levels);
        Collections.sort(sorted, new Comparator<MemberTierLevel>() {
            @Override
            public int compare(MemberTierLevel a, MemberTierLevel b) {
                return Integer.compare(a.getRank(), b.getRank());
            }
        });
        check(sorted);
        this.levels = Collections.unmodifiableList(sorted);
    }

    /**
     * Refuses a ladder with two tiers of one code or rank, a negative threshold, or a threshold that does not rise
     * with rank.
     */
    public static void check(List<MemberTierLevel> byRank) {
        Set<String> codes = new HashSet<String>();
        Set<Integer> ranks = new HashSet<Integer>();
        MemberTierLevel below = null;
        for (MemberTierLevel level : byRank) {
            if (!codes.add(level.getCode())) {
                throw new MemberTierException(MemberTierError.DUPLICATE_CODE, level.getCode());
            }
            if (!ranks.add(level.getRank())) {
                throw new MemberTierException(MemberTierError.DUPLICATE_RANK, level.getRank());
            }
            if (level.getMinSpend().signum() < 0) {
                throw new MemberTierException(MemberTierError.NEGATIVE_THRESHOLD, level.getCode());
            }
            if (below != null && level.getMinSpend().compareTo(below.getMinSpend()) <= 0) {
                throw new MemberTierException(MemberTierError.THRESHOLD_NOT_INCREASING, level.getCode(),
                        below.getCode());
            }
            below = level;
        }
    }

    public List<MemberTierLevel> getLevels() {
        return levels;
    }

    public MemberTierLevel lowest() {
        return levels.get(0);
    }

    /** The highest tier the spend reaches; the lowest tier for no or negative spend. */
    public MemberTierLevel earnedBy(BigDecimal spend) {
        MemberTierLevel earned = lowest();
        for (MemberTierLevel level : levels) {
            if (level.isEarnedBy(spend)) {
                earned = level;
            }
        }
        return earned;
    }

    /** The tier of that code; the lowest tier for a member without one ({@code null}) or a code no longer defined. */
    public MemberTierLevel held(String code) {
        MemberTierLevel found = find(code);
        return found == null ? lowest() : found;
    }

    /** The tier of that code, or {@code null}. */
    public MemberTierLevel find(String code) {
        for (MemberTierLevel level : levels) {
            if (level.getCode().equals(code)) {
                return level;
            }
        }
        return null;
    }

    /** The tier one rank above, or {@code null} at the top. */
    public MemberTierLevel above(MemberTierLevel level) {
        for (MemberTierLevel candidate : levels) {
            if (candidate.getRank() > level.getRank()) {
                return candidate;
            }
        }
        return null;
    }

    /** What the spend still lacks to reach the tier: zero once reached. */
    public static BigDecimal stillNeeded(MemberTierLevel target, BigDecimal spend) {
        BigDecimal gap = target.getMinSpend().subtract(spend);
        return gap.signum() <= 0 ? BigDecimal.ZERO.setScale(MONEY_SCALE)
                : gap.setScale(MONEY_SCALE, RoundingMode.UP);
    }
}
