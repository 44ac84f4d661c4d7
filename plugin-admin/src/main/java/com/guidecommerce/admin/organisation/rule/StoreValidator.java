package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.admin.common.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules a store must satisfy before the admin saves it, beyond what single-field annotations can say: its code is
 * unique and its time zone is one the storefront can actually use. A blank value is left to the admin's own
 * required-field check.
 */
public class StoreValidator {

    public static final String CODE = "code";
    public static final String TIME_ZONE = "timeZoneId";

    public static final String DUPLICATE_CODE = "gcDuplicateStoreCode";
    public static final String INVALID_TIME_ZONE = "gcInvalidTimeZone";

    private final StoreCodes storeCodes;

    public StoreValidator(StoreCodes storeCodes) {
        this.storeCodes = storeCodes;
    }

    public List<FieldViolation> validate(Long storeId, String code, String timeZoneId) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        if (!isBlank(code) && storeCodes.isTaken(code.trim(), storeId)) {
            violations.add(new FieldViolation(CODE, DUPLICATE_CODE));
        }
        if (!isBlank(timeZoneId) && !TimeZoneIds.isValid(timeZoneId.trim())) {
            violations.add(new FieldViolation(TIME_ZONE, INVALID_TIME_ZONE));
        }
        return violations;
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
