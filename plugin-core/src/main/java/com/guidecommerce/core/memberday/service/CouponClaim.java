package com.guidecommerce.core.memberday.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;

/** A member's claimed member-day coupon: the personal Broadleaf offer code issued for one campaign and member day. */
public final class CouponClaim implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long campaignId;
    private final Long customerId;
    private final LocalDate memberDay;
    private final String tierCode;
    private final Long offerId;
    private final Long offerCodeId;
    private final String code;
    private final Date validUntil;
    private final Date claimedAt;

    public CouponClaim(Long campaignId, Long customerId, LocalDate memberDay, String tierCode, Long offerId,
                       Long offerCodeId, String code, Date validUntil, Date claimedAt) {
        this.campaignId = campaignId;
        this.customerId = customerId;
        this.memberDay = memberDay;
        this.tierCode = tierCode;
        this.offerId = offerId;
        this.offerCodeId = offerCodeId;
        this.code = code;
        this.validUntil = validUntil;
        this.claimedAt = claimedAt;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** The member day, in the mall's zone. */
    public LocalDate getMemberDay() {
        return memberDay;
    }

    /** The tier the member had when claiming. */
    public String getTierCode() {
        return tierCode;
    }

    /** The coupon offer the code belongs to. */
    public Long getOfferId() {
        return offerId;
    }

    public Long getOfferCodeId() {
        return offerCodeId;
    }

    /** The code as the shopper sees it. */
    public String getCode() {
        return code;
    }

    /** The last moment the code works (the end of the member day in the mall's zone). */
    public Date getValidUntil() {
        return validUntil;
    }

    public Date getClaimedAt() {
        return claimedAt;
    }

    @Override
    public String toString() {
        return "CouponClaim{campaign=" + campaignId + ", customer=" + customerId + ", day=" + memberDay + ", code="
                + code + "}";
    }
}
