package com.guidecommerce.core.departure.service;

import java.util.Collections;
import java.util.List;

/** What a departure would do: every member's heir and every distributor's. */
public final class DeparturePlan {

    private final List<DepartureLine> lines;
    private final List<DistributorLine> distributorLines;

    public DeparturePlan(List<DepartureLine> lines, List<DistributorLine> distributorLines) {
        this.lines = Collections.unmodifiableList(lines);
        this.distributorLines = Collections.unmodifiableList(distributorLines);
    }

    /** The members with a valid binding, each with their heir. */
    public List<DepartureLine> getLines() {
        return lines;
    }

    /** The distributors who have not ended, each with their heir. */
    public List<DistributorLine> getDistributorLines() {
        return distributorLines;
    }
}
