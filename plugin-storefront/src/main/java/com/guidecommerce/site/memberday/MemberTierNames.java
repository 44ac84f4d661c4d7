package com.guidecommerce.site.memberday;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * The name a shopper reads for a member tier code: for now the storefront message {@code gc.memberTier.<CODE>}
 * (金卡 / Gold …), the code itself when there is none. Bean {@code gcMemberTierNames}; one place to switch when tiers
 * carry names of their own.
 */
public class MemberTierNames {

    public static final String KEY_PREFIX = "gc.memberTier.";

    private final MessageSource messages;

    public MemberTierNames(MessageSource messages) {
        this.messages = messages;
    }

    public String nameOf(String tierCode, Locale locale) {
        if (tierCode == null) {
            return null;
        }
        return messages.getMessage(KEY_PREFIX + tierCode, null, tierCode, locale);
    }
}
