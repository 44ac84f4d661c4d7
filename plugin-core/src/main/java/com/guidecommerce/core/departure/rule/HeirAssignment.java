package com.guidecommerce.core.departure.rule;

/** One member and the guide who inherits them. */
public final class HeirAssignment {

    private final long memberId;
    private final GuideSummary heir;

    public HeirAssignment(long memberId, GuideSummary heir) {
        this.memberId = memberId;
        this.heir = heir;
    }

    public long getMemberId() {
        return memberId;
    }

    public GuideSummary getHeir() {
        return heir;
    }

    @Override
    public String toString() {
        return memberId + "->" + heir;
    }
}
