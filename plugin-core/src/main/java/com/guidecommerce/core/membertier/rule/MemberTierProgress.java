package com.guidecommerce.core.membertier.rule;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a member stands: the tier they hold, their rolling spend, and the next tier with what it still needs. The
 * next tier is the one above the tier held (a member kept below what they spend, by HQ, still sees one step).
 */
public final class MemberTierProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MemberTierLevel tier;
    private final BigDecimal spend;
    private final MemberTierLevel next;
    private final BigDecimal stillNeeded;

    private MemberTierProgress(MemberTierLevel tier, BigDecimal spend, MemberTierLevel next, BigDecimal stillNeeded) {
        this.tier = tier;
        this.spend = spend;
        this.next = next;
        this.stillNeeded = stillNeeded;
    }

    /** @param heldCode the member's tier code, {@code null} for a member never placed */
    public static MemberTierProgress of(MemberTierLadder ladder, String heldCode, BigDecimal spend) {
        MemberTierLevel held = ladder.held(heldCode);
        MemberTierLevel next = ladder.above(held);
        return new MemberTierProgress(held, spend.setScale(2, RoundingMode.HALF_UP), next,
                next == null ? null : MemberTierLadder.stillNeeded(next, spend));
    }

    public MemberTierLevel getTier() {
        return tier;
    }

    public BigDecimal getSpend() {
        return spend;
    }

    /** {@code null} at the top of the ladder. */
    public MemberTierLevel getNext() {
        return next;
    }

    /** What the rolling spend lacks to reach the next tier; {@code null} at the top. */
    public BigDecimal getStillNeeded() {
        return stillNeeded;
    }

    public boolean isTop() {
        return next == null;
    }
}
