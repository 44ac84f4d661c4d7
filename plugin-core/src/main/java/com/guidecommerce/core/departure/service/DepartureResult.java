package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.departure.domain.GuideDeparture;

import java.util.Collections;
import java.util.List;

/** A completed departure: its audit record, every member's move and every distributor's. */
public final class DepartureResult {

    private final GuideDeparture departure;
    private final List<DepartureLine> lines;
    private final List<DistributorLine> distributorLines;

    public DepartureResult(GuideDeparture departure, List<DepartureLine> lines,
                           List<DistributorLine> distributorLines) {
        this.departure = departure;
        this.lines = Collections.unmodifiableList(lines);
        this.distributorLines = Collections.unmodifiableList(distributorLines);
    }

    public GuideDeparture getDeparture() {
        return departure;
    }

    public List<DepartureLine> getLines() {
        return lines;
    }

    /** The distributors moved to an heir; their history names the departure. */
    public List<DistributorLine> getDistributorLines() {
        return distributorLines;
    }
}
