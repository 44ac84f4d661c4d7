package com.guidecommerce.core.memberday.rule;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a member-day campaign and a tier benefit valid. Tier, channel and store codes are restricted to
 * letters, digits, '_' and '-', because a tier code becomes part of a Broadleaf offer rule.
 */
public final class CampaignRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final int MAX_USES_PER_DAY = 100;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CampaignRules() {
    }

    public static List<MemberDayError> check(CampaignDraft draft) {
        List<MemberDayError> errors = new ArrayList<MemberDayError>();
        if (blank(draft.name)) {
            errors.add(MemberDayError.NAME_REQUIRED);
        }
        checkRecurrence(draft, errors);
        if (draft.validFrom == null) {
            errors.add(MemberDayError.VALID_FROM_REQUIRED);
        } else if (draft.validTo != null && draft.validTo.isBefore(draft.validFrom)) {
            errors.add(MemberDayError.END_BEFORE_START);
        }
        if (!codesValid(draft.channels) || !codesValid(draft.stores)) {
            errors.add(MemberDayError.CODES_INVALID);
        }
        if (draft.minimumOrderAmount != null && draft.minimumOrderAmount.signum() < 0) {
            errors.add(MemberDayError.MINIMUM_NEGATIVE);
        }
        if (draft.usesPerDay == null || draft.usesPerDay < 1 || draft.usesPerDay > MAX_USES_PER_DAY) {
            errors.add(MemberDayError.USES_PER_DAY_OUT_OF_RANGE);
        }
        return errors;
    }

    /**
     * @param otherTiers the tier codes of the campaign's other benefits
     */
    public static List<MemberDayError> checkBenefit(String tierCode, String discountType, BigDecimal discountValue,
                                                    BigDecimal pointsMultiplier, Collection<String> otherTiers) {
        List<MemberDayError> errors = new ArrayList<MemberDayError>();
        if (blank(tierCode)) {
            errors.add(MemberDayError.TIER_REQUIRED);
        } else if (!CODE.matcher(tierCode.trim()).matches()) {
            errors.add(MemberDayError.TIER_INVALID);
        } else if (otherTiers.contains(tierCode.trim())) {
            errors.add(MemberDayError.TIER_REPEATED);
        }
        if (!blank(discountType)) {
            if (discountValue == null || discountValue.signum() <= 0) {
                errors.add(MemberDayError.DISCOUNT_VALUE_REQUIRED);
            } else if ("PERCENT_OFF".equals(discountType) && discountValue.compareTo(HUNDRED) > 0) {
                errors.add(MemberDayError.PERCENT_OUT_OF_RANGE);
            }
        }
        if (pointsMultiplier == null || pointsMultiplier.compareTo(BigDecimal.ONE) < 0) {
            errors.add(MemberDayError.MULTIPLIER_BELOW_ONE);
        }
        return errors;
    }

    /**
     * Checks a benefit's coupon offer: none is fine; otherwise it must be a Broadleaf offer delivered by code.
     *
     * @param couponOfferId the offer named on the benefit, {@code null} for no coupon
     * @param offerExists whether Broadleaf has an offer of that id
     * @param deliveryType the offer's delivery type (Broadleaf's OfferDeliveryType code), {@code null} when none
     * @return the reason it is refused, or {@code null}
     */
    public static MemberDayError checkCouponOffer(Long couponOfferId, boolean offerExists, String deliveryType) {
        if (couponOfferId == null) {
            return null;
        }
        if (!offerExists) {
            return MemberDayError.COUPON_OFFER_MISSING;
        }
        return "CODE".equals(deliveryType) ? null : MemberDayError.COUPON_OFFER_NOT_CODE;
    }

    /** Splits a list of codes (commas, semicolons or spaces); empty for none. */
    public static List<String> codes(String text) {
        List<String> codes = new ArrayList<String>();
        if (text != null) {
            for (String part : text.split("[,;\\uFF0C\\s]+")) {
                if (!part.isEmpty()) {
                    codes.add(part);
                }
            }
        }
        return codes;
    }

    private static void checkRecurrence(CampaignDraft draft, List<MemberDayError> errors) {
        if ("WEEKLY".equals(draft.recurrence)) {
            if (draft.weekday == null || draft.weekday < 1 || draft.weekday > 7) {
                errors.add(MemberDayError.WEEKDAY_OUT_OF_RANGE);
            }
        } else if ("MONTHLY".equals(draft.recurrence)) {
            if (draft.dayOfMonth == null || draft.dayOfMonth < 1 || draft.dayOfMonth > 31) {
                errors.add(MemberDayError.DAY_OF_MONTH_OUT_OF_RANGE);
            }
        } else if ("DATES".equals(draft.recurrence)) {
            try {
                if (MemberDaySchedule.parseDates(draft.dates).isEmpty()) {
                    errors.add(MemberDayError.DATES_REQUIRED);
                }
            } catch (DateTimeException e) {
                errors.add(MemberDayError.DATES_INVALID);
            }
        } else {
            errors.add(MemberDayError.RECURRENCE_REQUIRED);
        }
    }

    private static boolean codesValid(String text) {
        for (String code : codes(text)) {
            if (!CODE.matcher(code).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
