package com.guidecommerce.admin.channel.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.organisation.rule.TimeZoneIds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules a channel must satisfy before the admin saves it. The code is what channels send in the API's address and in
 * every event, so it is upper-case letters, digits and underscores and unique; the time zone must be a real tz region
 * (the day an order counts for depends on it); the return window is 0 to 365 days. A blank value is left to the
 * admin's own required-field check.
 */
public class ChannelValidator {

    public static final String CODE = "code";
    public static final String TIME_ZONE = "timeZone";
    public static final String RETURN_WINDOW = "returnWindowDays";

    public static final String INVALID_CODE = "gcInvalidChannelCode";
    public static final String DUPLICATE_CODE = "gcDuplicateChannelCode";
    public static final String INVALID_TIME_ZONE = "gcInvalidTimeZone";
    public static final String RETURN_WINDOW_OUT_OF_RANGE = "gcReturnWindowOutOfRange";

    static final int MAX_RETURN_WINDOW_DAYS = 365;

    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9_]{1,32}");

    private final ChannelCodes channelCodes;

    public ChannelValidator(ChannelCodes channelCodes) {
        this.channelCodes = channelCodes;
    }

    public List<FieldViolation> validate(Long channelId, String code, String timeZone, String returnWindowDays) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        if (!isBlank(code)) {
            if (!CODE_PATTERN.matcher(code.trim()).matches()) {
                violations.add(new FieldViolation(CODE, INVALID_CODE));
            } else if (channelCodes.isTaken(code.trim(), channelId)) {
                violations.add(new FieldViolation(CODE, DUPLICATE_CODE));
            }
        }
        if (!isBlank(timeZone) && !TimeZoneIds.isValid(timeZone.trim())) {
            violations.add(new FieldViolation(TIME_ZONE, INVALID_TIME_ZONE));
        }
        if (!isBlank(returnWindowDays) && !isDayCount(returnWindowDays.trim())) {
            violations.add(new FieldViolation(RETURN_WINDOW, RETURN_WINDOW_OUT_OF_RANGE));
        }
        return violations;
    }

    private static boolean isDayCount(String value) {
        try {
            int days = Integer.parseInt(value);
            return days >= 0 && days <= MAX_RETURN_WINDOW_DAYS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
