package com.guidecommerce.core.membertier.rule;

import java.math.BigDecimal;

/**
 * When a member's tier moves. The order stream only lifts: a rolling spend that earns a higher tier than the one held
 * upgrades at once, and a lower spend changes nothing until the evaluation of a period, which sets the tier the spend
 * at the period's end earns, down as well as up.
 */
public final class MemberTierRules {

    private MemberTierRules() {
    }

    /** The tier the order stream moves the member to, or {@code null} when it leaves them where they are. */
    public static MemberTierLevel upgrade(MemberTierLadder ladder, String heldCode, BigDecimal rollingSpend) {
        MemberTierLevel held = ladder.held(heldCode);
        MemberTierLevel earned = ladder.earnedBy(rollingSpend);
        return earned.getRank() > held.getRank() ? earned : null;
    }

    /** The tier an evaluation sets, or {@code null} when the member keeps theirs. */
    public static MemberTierLevel evaluate(MemberTierLadder ladder, String heldCode, BigDecimal spendAtPeriodEnd) {
        MemberTierLevel earned = ladder.earnedBy(spendAtPeriodEnd);
        MemberTierLevel held = ladder.find(heldCode);
        if (held == null && earned.getRank() == ladder.lowest().getRank()) {
            // Never placed (or on a tier HQ removed) and earning the lowest: nothing to record.
            return heldCode == null ? null : earned;
        }
        return held != null && held.getCode().equals(earned.getCode()) ? null : earned;
    }

    /** The tier HQ sets by hand: it must exist, and the reason must say why. */
    public static MemberTierLevel override(MemberTierLadder ladder, String code, String reason) {
        if (reason == null || reason.trim().isEmpty()) {
            throw new MemberTierException(MemberTierError.REASON_REQUIRED);
        }
        MemberTierLevel level = code == null ? null : ladder.find(code.trim());
        if (level == null) {
            throw new MemberTierException(MemberTierError.UNKNOWN_TIER, code);
        }
        return level;
    }
}
