package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.memberday.service.CouponAudience;
import com.guidecommerce.core.membertag.rule.CouponAudienceType;
import com.guidecommerce.core.membertag.rule.MemberTag;

import java.util.Collections;
import java.util.List;

/**
 * Member-day coupon audiences by automatic member tag: the member holds the tag now (any value, or the one named).
 * Bean {@code gcCouponAudience}.
 */
public class TagCouponAudience implements CouponAudience {

    private final MemberTagService tags;

    public TagCouponAudience(MemberTagService tags) {
        this.tags = tags;
    }

    @Override
    public boolean includes(Long customerId, String audience) {
        if (blank(audience)) {
            return true;
        }
        if (customerId == null || !isKnown(audience)) {
            return false;
        }
        MemberTag tag = tagOf(audience);
        return tags.hasTag(customerId, tag.getCode(), tag.getValue());
    }

    @Override
    public boolean isKnown(String audience) {
        return blank(audience) || CouponAudienceType.getInstance(audience.trim()) != null;
    }

    private static MemberTag tagOf(String audience) {
        List<MemberTag> parsed = TagFilters.parse(Collections.singletonList(audience.trim()));
        return parsed.get(0);
    }

    private static boolean blank(String audience) {
        return audience == null || audience.trim().isEmpty();
    }
}
