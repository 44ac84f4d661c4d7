package com.guidecommerce.core.tier.rule;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The tiers of one kind of subject from the entry tier (lowest rank) up. */
public final class TierLadder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<TierLevel> levels;

    public TierLadder(List<TierLevel> levels) {
        if (levels == null || levels.isEmpty()) {
            throw new TierException(TierError.NO_TIERS);
        }
        List<TierLevel> sorted = new ArrayList<TierLevel>(levels);
        Collections.sort(sorted, new Comparator<TierLevel>() {
            @Override
            public int compare(TierLevel a, TierLevel b) {
                return Integer.compare(a.getRank(), b.getRank());
            }
        });
        this.levels = Collections.unmodifiableList(sorted);
    }

    public List<TierLevel> getLevels() {
        return levels;
    }

    public TierLevel entry() {
        return levels.get(0);
    }

    /** The tier with this code, or null when the ladder has none. */
    public TierLevel find(String code) {
        for (TierLevel level : levels) {
            if (level.getCode().equals(code)) {
                return level;
            }
        }
        return null;
    }

    /** The tier with this code, or the entry tier for a subject that has none of this ladder's codes. */
    public TierLevel findOrEntry(String code) {
        TierLevel found = find(code);
        return found == null ? entry() : found;
    }

    /** The highest tier whose thresholds the figures meet; the entry tier when they meet none. */
    public TierLevel highestEarnedBy(PeriodFigures figures) {
        for (int i = levels.size() - 1; i > 0; i--) {
            if (levels.get(i).isEarnedBy(figures)) {
                return levels.get(i);
            }
        }
        return entry();
    }

    /** How many steps up the ladder a tier stands, 0 for the entry tier. */
    public int stepOf(TierLevel level) {
        return levels.indexOf(level);
    }

    public TierLevel atStep(int step) {
        return levels.get(Math.max(0, Math.min(step, levels.size() - 1)));
    }
}
