package com.guidecommerce.core.board.rule;

import com.guidecommerce.core.organisation.service.Placement;

import java.time.ZoneId;

/** Where a guide's figures go: where the guide works, and the zone (resolved) whose calendar days the figures keep. */
public final class FigurePlace {

    private final Placement place;
    private final ZoneId zone;

    public FigurePlace(Placement place, ZoneId zone) {
        this.place = place;
        this.zone = zone;
    }

    public Long getGuideId() {
        return place.getId();
    }

    public Long getStoreId() {
        return place.getStoreId();
    }

    public Long getRegionId() {
        return place.getRegionId();
    }

    public Long getFranchiseeId() {
        return place.getFranchiseeId();
    }

    public ZoneId getZone() {
        return zone;
    }
}
