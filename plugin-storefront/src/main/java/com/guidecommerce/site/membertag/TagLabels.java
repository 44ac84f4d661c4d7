package com.guidecommerce.site.membertag;

import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagRule;
import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.Map;

/**
 * Automatic tags in the reader's language: a tag's name ({@code gc.tag.code.<CODE>}), its value (a spend band's
 * {@code gc.tag.band.<BAND>}, a channel's name) and its rule with the configured parameters
 * ({@code gc.tag.rule.<CODE>}).
 */
public final class TagLabels {

    public static final String PREFIX = "gc.tag.";

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> channelNames;

    public TagLabels(MessageSource messages, Locale locale, Map<String, String> channelNames) {
        this.messages = messages;
        this.locale = locale;
        this.channelNames = channelNames;
    }

    public String name(TagCode code) {
        return messages.getMessage(PREFIX + "code." + code.name(), null, code.name(), locale);
    }

    /** The tag's name with its value, e.g. "Spend band: high", "Only on: Tmall". */
    public String label(MemberTag tag) {
        if (tag.getValue() == null) {
            return name(tag.getCode());
        }
        String value = tag.getValue();
        if (tag.getCode() == TagCode.SPEND_BAND) {
            value = messages.getMessage(PREFIX + "band." + value, null, value, locale);
        } else if (channelNames.containsKey(value)) {
            value = channelNames.get(value);
        }
        return name(tag.getCode()) + ": " + value;
    }

    public String rule(TagRule rule) {
        return messages.getMessage(PREFIX + rule.getMessageKey(), rule.getArgs(), locale);
    }
}
