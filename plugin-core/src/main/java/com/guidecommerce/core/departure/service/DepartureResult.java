package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.departure.domain.GuideDeparture;

import java.util.Collections;
import java.util.List;

/** A completed departure: its audit record and every member's move. */
public final class DepartureResult {

    private final GuideDeparture departure;
    private final List<DepartureLine> lines;

    public DepartureResult(GuideDeparture departure, List<DepartureLine> lines) {
        this.departure = departure;
        this.lines = Collections.unmodifiableList(lines);
    }

    public GuideDeparture getDeparture() {
        return departure;
    }

    public List<DepartureLine> getLines() {
        return lines;
    }
}
