package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.SpendBand;
import com.guidecommerce.core.membertag.rule.TagCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags typed in a list's address: {@code CODE} (any value) or {@code CODE=VALUE}, e.g. {@code DORMANT},
 * {@code SPEND_BAND=HIGH}. Names that are no tag are left out, so a stale bookmark still lists something sensible.
 */
public final class TagFilters {

    private TagFilters() {
    }

    public static List<MemberTag> parse(List<String> typed) {
        List<MemberTag> tags = new ArrayList<MemberTag>();
        if (typed == null) {
            return tags;
        }
        for (String one : typed) {
            if (one == null || one.trim().isEmpty()) {
                continue;
            }
            int equals = one.indexOf('=');
            TagCode code = TagCode.parse(equals < 0 ? one : one.substring(0, equals));
            String value = equals < 0 ? null : one.substring(equals + 1).trim();
            if (code != null && !tags.contains(new MemberTag(code, value == null || value.isEmpty() ? null : value))) {
                tags.add(new MemberTag(code, value == null || value.isEmpty() ? null : value));
            }
        }
        return tags;
    }

    /**
     * The filters a screen offers for a tag: the tag itself, or for {@link TagCode#SPEND_BAND} one per band, so a list
     * can ask for the high spenders alone.
     */
    public static List<MemberTag> choicesOf(TagCode code) {
        List<MemberTag> filters = new ArrayList<MemberTag>();
        if (code == TagCode.SPEND_BAND) {
            for (SpendBand band : SpendBand.values()) {
                filters.add(new MemberTag(TagCode.SPEND_BAND, band.name()));
            }
        } else {
            filters.add(MemberTag.of(code));
        }
        return filters;
    }

    /** The filter as typed back into an address. */
    public static String format(MemberTag tag) {
        return tag.toString();
    }
}
