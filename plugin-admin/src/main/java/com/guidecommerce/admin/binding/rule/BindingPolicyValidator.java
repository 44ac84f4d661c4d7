package com.guidecommerce.admin.binding.rule;

import com.guidecommerce.admin.common.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules a binding policy must satisfy before the admin saves it: a binding lasts 1 to 3650 days or is permanent
 * (validity left empty); its protection lasts 0 days up to its validity (up to 3650 days for a permanent binding),
 * since protecting a member longer than they are bound means nothing; and each source has one policy. A blank
 * protection or source is left to the admin's own required-field check.
 */
public class BindingPolicyValidator {

    public static final String SOURCE = "source";
    public static final String VALIDITY_DAYS = "validityDays";
    public static final String PROTECTION_DAYS = "protectionDays";

    public static final int MAX_DAYS = 3650;

    public static final String DUPLICATE_SOURCE = "gcDuplicateBindingPolicySource";
    public static final String VALIDITY_OUT_OF_RANGE = "gcBindingValidityOutOfRange";
    public static final String PROTECTION_OUT_OF_RANGE = "gcBindingProtectionOutOfRange";

    private final BindingPolicySources sources;

    public BindingPolicyValidator(BindingPolicySources sources) {
        this.sources = sources;
    }

    /**
     * @param policyId the policy being saved, {@code null} when it is new
     * @param validityDays the submitted validity: empty for permanent
     */
    public List<FieldViolation> validate(Long policyId, String source, String validityDays, String protectionDays) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        if (!isBlank(source) && sources.isTaken(source.trim(), policyId)) {
            violations.add(new FieldViolation(SOURCE, DUPLICATE_SOURCE));
        }
        Integer validity = isBlank(validityDays) ? null : parse(validityDays);
        boolean validityOk = isBlank(validityDays) || (validity != null && validity >= 1 && validity <= MAX_DAYS);
        if (!validityOk) {
            violations.add(new FieldViolation(VALIDITY_DAYS, VALIDITY_OUT_OF_RANGE));
        }
        if (!isBlank(protectionDays)) {
            Integer protection = parse(protectionDays);
            int limit = validity != null && validityOk ? validity : MAX_DAYS;
            if (protection == null || protection < 0 || protection > limit) {
                violations.add(new FieldViolation(PROTECTION_DAYS, PROTECTION_OUT_OF_RANGE));
            }
        }
        return violations;
    }

    /** The whole number in {@code value}, or {@code null} when it is not one. */
    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
