package com.guidecommerce.core.commission.rule;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;

/**
 * Statement numbers read as what they are: {@code ST-202611-G0001} is guide G0001's statement for November 2026.
 * A second statement of the same beneficiary for the same month (another currency, or entries that became settleable
 * after the first run) gets a suffix: {@code ST-202611-G0001-2}.
 */
public final class StatementNumbers {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private StatementNumbers() {
    }

    /** {@code ST-yyyyMM-} for the month the period starts in. */
    public static String prefix(Date periodStart, ZoneId zone) {
        return "ST-" + periodStart.toInstant().atZone(zone).format(MONTH) + "-";
    }

    /** The first number for this beneficiary that is not {@code taken}. */
    public static String next(String prefix, String beneficiaryCode, Collection<String> taken) {
        String base = prefix + beneficiaryCode;
        if (!taken.contains(base)) {
            return base;
        }
        int suffix = 2;
        while (taken.contains(base + "-" + suffix)) {
            suffix++;
        }
        return base + "-" + suffix;
    }
}
