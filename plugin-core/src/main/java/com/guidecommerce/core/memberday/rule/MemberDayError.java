package com.guidecommerce.core.memberday.rule;

/** Why a member-day campaign or benefit cannot be saved, or why a checkout loses its member-day price. */
public enum MemberDayError {

    NAME_REQUIRED("GcMemberDay_error_nameRequired"),
    RECURRENCE_REQUIRED("GcMemberDay_error_recurrenceRequired"),
    WEEKDAY_OUT_OF_RANGE("GcMemberDay_error_weekdayOutOfRange"),
    DAY_OF_MONTH_OUT_OF_RANGE("GcMemberDay_error_dayOfMonthOutOfRange"),
    DATES_REQUIRED("GcMemberDay_error_datesRequired"),
    DATES_INVALID("GcMemberDay_error_datesInvalid"),
    VALID_FROM_REQUIRED("GcMemberDay_error_validFromRequired"),
    END_BEFORE_START("GcMemberDay_error_endBeforeStart"),
    MINIMUM_NEGATIVE("GcMemberDay_error_minimumNegative"),
    USES_PER_DAY_OUT_OF_RANGE("GcMemberDay_error_usesPerDayOutOfRange"),
    CODES_INVALID("GcMemberDay_error_codesInvalid"),
    TIER_REQUIRED("GcMemberDay_error_tierRequired"),
    TIER_INVALID("GcMemberDay_error_tierInvalid"),
    TIER_REPEATED("GcMemberDay_error_tierRepeated"),
    DISCOUNT_VALUE_REQUIRED("GcMemberDay_error_discountValueRequired"),
    PERCENT_OUT_OF_RANGE("GcMemberDay_error_percentOutOfRange"),
    MULTIPLIER_BELOW_ONE("GcMemberDay_error_multiplierBelowOne"),
    /** The benefit's coupon offer is no Broadleaf offer. */
    COUPON_OFFER_MISSING("GcMemberDay_error_couponOfferMissing"),
    /** The benefit's coupon offer is not delivered by code. */
    COUPON_OFFER_NOT_CODE("GcMemberDay_error_couponOfferNotCode"),
    /** The benefit's coupon audience is no audience this mall knows. */
    COUPON_AUDIENCE_UNKNOWN("GcMemberDay_error_couponAudienceUnknown"),
    /** Coupon claim: the member's tier has no coupon in the campaign. */
    NO_COUPON("gc.memberday.coupon.noCoupon"),
    /** Coupon claim: the coupon is for members with a tag (e.g. dormant) the member does not hold. */
    NOT_IN_AUDIENCE("gc.memberday.coupon.notInAudience"),
    /** Checkout: the cart was priced on a member day that is over in the store's zone. */
    NOT_MEMBER_DAY("gc.memberday.checkout.notMemberDay"),
    /** Checkout: the member's tier is no longer the one the price was for. */
    TIER_CHANGED("gc.memberday.checkout.tierChanged"),
    /** Checkout: the member has used the campaign as often as it allows on this member day. */
    LIMIT_USED("gc.memberday.checkout.limitUsed");

    private final String messageKey;

    MemberDayError(String messageKey) {
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
