package com.guidecommerce.admin.commission.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.commission.service.CommissionPlanException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules a commission plan and its rules must satisfy before the admin saves them. Percentages are stored as percent
 * (5 = 5 %), so a rate and the cap lie between 0 and 100. A rule that pays (not an exclusion) must say whom it pays and
 * how much; an exclusion may leave both out (it then excludes every role). Only a draft plan may change.
 */
public class CommissionPlanRules {

    public static final String CAP = "capPercent";
    public static final String STATUS = "status";
    public static final String ROLE = "role";
    public static final String RATE = "ratePercent";

    public static final String CAP_OUT_OF_RANGE = "gcPlanCapOutOfRange";
    public static final String RATE_OUT_OF_RANGE = "gcRuleRateOutOfRange";
    public static final String ROLE_REQUIRED = "gcRuleRoleRequired";
    public static final String RATE_REQUIRED = "gcRuleRateRequired";
    /** The same key as the core's refusal, so the admin says it the same way everywhere. */
    public static final String NOT_DRAFT = CommissionPlanException.NOT_DRAFT;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public List<FieldViolation> checkPlan(String capPercent) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        if (!isBlank(capPercent) && !isPercent(capPercent)) {
            violations.add(new FieldViolation(CAP, CAP_OUT_OF_RANGE));
        }
        return violations;
    }

    public List<FieldViolation> checkRule(String role, String ratePercent, String excluded) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        boolean exclusion = "true".equalsIgnoreCase(excluded == null ? null : excluded.trim());
        if (!isBlank(ratePercent) && !isPercent(ratePercent)) {
            violations.add(new FieldViolation(RATE, RATE_OUT_OF_RANGE));
        }
        if (!exclusion && isBlank(role)) {
            violations.add(new FieldViolation(ROLE, ROLE_REQUIRED));
        }
        if (!exclusion && isBlank(ratePercent)) {
            violations.add(new FieldViolation(RATE, RATE_REQUIRED));
        }
        return violations;
    }

    /** The refusal of any change to a plan that is no longer a draft, or to its rules. */
    public List<FieldViolation> notDraft(String field) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        violations.add(new FieldViolation(field, NOT_DRAFT));
        return violations;
    }

    private static boolean isPercent(String value) {
        try {
            BigDecimal percent = new BigDecimal(value.trim());
            return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
