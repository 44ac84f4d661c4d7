package com.guidecommerce.core.membertag.rule;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The member-tag audiences HQ can give a member-day coupon, as Broadleaf shows them in a select: a tag, any value
 * ({@code DORMANT}), or a tag with one value ({@code SPEND_BAND=HIGH}) in {@link com.guidecommerce.core.membertag.service.TagFilters}'
 * notation.
 */
public class CouponAudienceType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CouponAudienceType> TYPES = new LinkedHashMap<String, CouponAudienceType>();

    public static final CouponAudienceType NEW_MEMBER = of("NEW_MEMBER");
    public static final CouponAudienceType FIRST_PURCHASE = of("FIRST_PURCHASE");
    public static final CouponAudienceType REPEAT_BUYER = of("REPEAT_BUYER");
    public static final CouponAudienceType DORMANT = of("DORMANT");
    public static final CouponAudienceType MEMBER_DAY_BUYER = of("MEMBER_DAY_BUYER");
    public static final CouponAudienceType HIGH_REFUND = of("HIGH_REFUND");
    public static final CouponAudienceType PLATFORM_ONLY = of("PLATFORM_ONLY");
    public static final CouponAudienceType SPEND_BAND_LOW = of("SPEND_BAND=LOW");
    public static final CouponAudienceType SPEND_BAND_MID = of("SPEND_BAND=MID");
    public static final CouponAudienceType SPEND_BAND_HIGH = of("SPEND_BAND=HIGH");

    private static CouponAudienceType of(String type) {
        return new CouponAudienceType(type, "CouponAudience_" + type.replace('=', '_'));
    }

    public static CouponAudienceType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public static Iterable<CouponAudienceType> values() {
        return TYPES.values();
    }

    public CouponAudienceType() {
    }

    public CouponAudienceType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
