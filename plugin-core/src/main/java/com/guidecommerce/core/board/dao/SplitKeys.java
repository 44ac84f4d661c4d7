package com.guidecommerce.core.board.dao;

import java.util.ArrayList;
import java.util.List;

/**
 * Split keys of a chart as text: a channel code as it is, a unit's id as its digits, and no unit (a store of HQ's,
 * with no franchisee) as {@code ""}, like the channel code of figures not from an order.
 */
final class SplitKeys {

    private SplitKeys() {
    }

    static String key(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number ? String.valueOf(((Number) value).longValue()) : value.toString();
    }

    /** A condition selecting the rows of the given keys, its arguments added to {@code args}. */
    static String condition(String column, List<String> keys, List<Object> args) {
        boolean channel = "CHANNEL_CODE".equals(column);
        List<String> placeholders = new ArrayList<String>();
        boolean none = false;
        for (String key : keys) {
            if (!channel && key.isEmpty()) {
                none = true;
            } else {
                placeholders.add("?");
                args.add(channel ? key : (Object) Long.valueOf(key));
            }
        }
        String in = placeholders.isEmpty() ? null : column + " IN (" + String.join(", ", placeholders) + ")";
        if (none) {
            return "(" + (in == null ? "" : in + " OR ") + column + " IS NULL)";
        }
        return in == null ? "1 = 0" : in;
    }
}
