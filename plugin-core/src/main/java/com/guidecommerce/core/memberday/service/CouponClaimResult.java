package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.rule.MemberDayError;

/**
 * What {@link MemberDayService#claimCoupon} did: issued a code now, found the one claimed before, or refused with a
 * reason ({@link MemberDayError#NOT_MEMBER_DAY}, {@link MemberDayError#NO_COUPON}).
 */
public final class CouponClaimResult {

    private final CouponClaim claim;
    private final boolean issuedNow;
    private final MemberDayError refusal;

    private CouponClaimResult(CouponClaim claim, boolean issuedNow, MemberDayError refusal) {
        this.claim = claim;
        this.issuedNow = issuedNow;
        this.refusal = refusal;
    }

    public static CouponClaimResult issued(CouponClaim claim) {
        return new CouponClaimResult(claim, true, null);
    }

    public static CouponClaimResult alreadyClaimed(CouponClaim claim) {
        return new CouponClaimResult(claim, false, null);
    }

    public static CouponClaimResult refused(MemberDayError refusal) {
        return new CouponClaimResult(null, false, refusal);
    }

    /** The member's claim (new or earlier); {@code null} when refused. */
    public CouponClaim getClaim() {
        return claim;
    }

    /** Whether this call issued the code (false when it was claimed before). */
    public boolean isIssuedNow() {
        return issuedNow;
    }

    /** Why no coupon was given; {@code null} when there is a claim. */
    public MemberDayError getRefusal() {
        return refusal;
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
