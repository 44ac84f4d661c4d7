package com.guidecommerce.core.memberday.service;

/**
 * Who among a tier's members may claim a member-day coupon, when HQ narrows it (e.g. to dormant members, to win them
 * back). The audience is a code HQ chose on the benefit; the feature that knows those codes (member tags) answers.
 * Bean {@code gcCouponAudience}.
 */
public interface CouponAudience {

    /** Whether the member is in the audience; a blank audience is every member of the tier. */
    boolean includes(Long customerId, String audience);

    /** Whether the code names an audience this mall knows; a blank one does. */
    boolean isKnown(String audience);
}
