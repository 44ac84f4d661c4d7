package com.guidecommerce.core.channel.event;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Order, refund and line numbers and platform buyer ids name things across deliveries, so two spellings of one number
 * must name the same thing in memory exactly as they do in the database. MySQL's default collations compare text
 * without regard to letter case, so {@code ord-1} and {@code ORD-1} are one order there; here every such key is kept
 * in one canonical spelling (upper case), which makes every database, HSQLDB included, agree with MySQL. Order,
 * refund and line numbers are moreover limited to visible ASCII: outside it MySQL also folds accents and pads spaces,
 * which no upper-casing can mirror.
 */
public final class ChannelKeys {

    /** Longest order, refund or line number. */
    public static final int MAX_LENGTH = 64;
    private static final Pattern NUMBER = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private ChannelKeys() {
    }

    /** The one spelling of a key (trimmed, upper case), {@code null} for {@code null}. */
    public static String canonical(String key) {
        return key == null ? null : key.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether text can be an order, refund or line number: 1 to 64 visible ASCII characters. */
    public static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }
}
