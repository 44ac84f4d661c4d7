package com.guidecommerce.core.membertier.rule;

import java.time.LocalDate;

/**
 * The rolling window a member's spend counts over: the days after {@code day − windowDays}, up to and including
 * {@code day}. Setting {@code gc.memberTier.windowDays}.
 */
public final class SpendWindow {

    private final int days;

    public SpendWindow(int days) {
        if (days < 1) {
            throw new MemberTierException(MemberTierError.BAD_SETTING, "gc.memberTier.windowDays", days);
        }
        this.days = days;
    }

    public int getDays() {
        return days;
    }

    /** The last day that no longer counts on {@code day}: rows count when their day is after it. */
    public LocalDate lastDayOutside(LocalDate day) {
        return day.minusDays(days);
    }

    public boolean counts(LocalDate spendDay, LocalDate day) {
        return spendDay.isAfter(lastDayOutside(day)) && !spendDay.isAfter(day);
    }
}
