package com.guidecommerce.site.memberday;

import java.io.Serializable;

/**
 * A member-day coupon the logged-in member's tier may claim today in one campaign, and the code once claimed
 * ({@code null} before), for the banner.
 */
public final class MemberDayCouponOffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long campaignId;
    private final String campaignName;
    private final String code;

    MemberDayCouponOffer(Long campaignId, String campaignName, String code) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.code = code;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    /** The member's code of today, {@code null} while not claimed. */
    public String getCode() {
        return code;
    }

    public boolean isClaimed() {
        return code != null;
    }
}
