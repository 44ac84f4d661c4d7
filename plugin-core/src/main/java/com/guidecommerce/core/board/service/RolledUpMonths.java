package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.rule.RangePlan;

import java.time.YearMonth;

/**
 * Which closed months GC_FIG_GUIDE_MONTH and GC_FIG_STORE_MONTH hold. The board service reads a whole month of a
 * range from the monthly tables only when this says the month was rolled up, and from the daily tables otherwise.
 * Bean {@code gcBoardRolledUpMonths}; the default, {@link #NONE}, reads days only.
 */
public interface RolledUpMonths extends RangePlan.MonthCheck {

    /** No month is read from the monthly tables. */
    RolledUpMonths NONE = new RolledUpMonths() {
        @Override
        public boolean isRolledUp(YearMonth month) {
            return false;
        }
    };
}
