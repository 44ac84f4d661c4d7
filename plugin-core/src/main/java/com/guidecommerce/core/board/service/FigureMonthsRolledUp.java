package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.FigureMonths;

import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The closed months whose rollup the figure check has built, as GC_FIG_MONTH records them. A month once rolled up
 * stays so (later changes to its days update its month rows too), so a yes is remembered; a no is asked again.
 */
public class FigureMonthsRolledUp implements RolledUpMonths {

    private final FigureMonths months;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    public FigureMonthsRolledUp(FigureMonths months) {
        this.months = months;
    }

    @Override
    public boolean isRolledUp(YearMonth month) {
        if (known.contains(month)) {
            return true;
        }
        boolean rolledUp = months.isRolledUp(month.atDay(1));
        if (rolledUp) {
            known.add(month);
        }
        return rolledUp;
    }
}
