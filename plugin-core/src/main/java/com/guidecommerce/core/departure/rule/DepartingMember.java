package com.guidecommerce.core.departure.rule;

/** A member of the departing guide, as the heir rules see them. */
public final class DepartingMember {

    private final long memberId;
    private final String name;
    private final Long ownGuideId;

    /**
     * @param name       how the member is named in errors (their username)
     * @param ownGuideId the guide whose storefront login this member's account is, or {@code null}: that guide cannot
     *                   inherit the member, as nobody is bound to themselves
     */
    public DepartingMember(long memberId, String name, Long ownGuideId) {
        this.memberId = memberId;
        this.name = name;
        this.ownGuideId = ownGuideId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    boolean isGuideAccount() {
        return ownGuideId != null;
    }

    boolean isAccountOf(GuideSummary guide) {
        return ownGuideId != null && ownGuideId == guide.getId();
    }
}
