package com.guidecommerce.core.membertag.rule;

/**
 * The automatic member tags (会员标签). Each is decided by {@link TagRules} from a member's all-channel facts; two carry
 * a value: {@link #PLATFORM_ONLY} the channel code, {@link #SPEND_BAND} its {@link SpendBand}.
 */
public enum TagCode {
    NEW_MEMBER,
    FIRST_PURCHASE,
    REPEAT_BUYER,
    DORMANT,
    MEMBER_DAY_BUYER,
    HIGH_REFUND,
    PLATFORM_ONLY,
    SPEND_BAND;

    /** The code for a stored or typed name, or {@code null} when it names no tag. */
    public static TagCode parse(String name) {
        if (name == null) {
            return null;
        }
        for (TagCode code : values()) {
            if (code.name().equalsIgnoreCase(name.trim())) {
                return code;
            }
        }
        return null;
    }
}
