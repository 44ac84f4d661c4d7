package com.guidecommerce.admin.tier.rule;

import com.guidecommerce.admin.common.FieldViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules a tier must satisfy before the admin saves it. The code is what guide and distributor rows and commission
 * rules store, so it is upper-case letters, digits and underscores and unique across both ladders; a ladder has one
 * tier per rank, from 0 up; thresholds are not negative. A blank value is left to the admin's required-field check.
 */
public class TierValidator {

    public static final String SUBJECT = "subject";
    public static final String CODE = "code";
    public static final String RANK = "rank";
    public static final String MIN_SALES = "minSales";
    public static final String MIN_ORDERS = "minOrders";
    public static final String MIN_NEW_MEMBERS = "minNewMembers";

    public static final String INVALID_CODE = "gcInvalidTierCode";
    public static final String DUPLICATE_CODE = "gcDuplicateTierCode";
    public static final String DUPLICATE_RANK = "gcDuplicateTierRank";
    public static final String NOT_A_THRESHOLD = "gcInvalidTierThreshold";

    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9_]{1,32}");

    private final TierCatalog catalog;

    public TierValidator(TierCatalog catalog) {
        this.catalog = catalog;
    }

    public List<FieldViolation> validate(Long tierId, String subject, String code, String rank, String minSales,
                                         String minOrders, String minNewMembers) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        if (!isBlank(code)) {
            if (!CODE_PATTERN.matcher(code.trim()).matches()) {
                violations.add(new FieldViolation(CODE, INVALID_CODE));
            } else if (catalog.isCodeTaken(code.trim(), tierId)) {
                violations.add(new FieldViolation(CODE, DUPLICATE_CODE));
            }
        }
        if (!isBlank(rank)) {
            Integer value = count(rank);
            if (value == null) {
                violations.add(new FieldViolation(RANK, NOT_A_THRESHOLD));
            } else if (!isBlank(subject) && catalog.isRankTaken(subject.trim(), value, tierId)) {
                violations.add(new FieldViolation(RANK, DUPLICATE_RANK));
            }
        }
        if (!isBlank(minSales) && !isAmount(minSales.trim())) {
            violations.add(new FieldViolation(MIN_SALES, NOT_A_THRESHOLD));
        }
        if (!isBlank(minOrders) && count(minOrders) == null) {
            violations.add(new FieldViolation(MIN_ORDERS, NOT_A_THRESHOLD));
        }
        if (!isBlank(minNewMembers) && count(minNewMembers) == null) {
            violations.add(new FieldViolation(MIN_NEW_MEMBERS, NOT_A_THRESHOLD));
        }
        return violations;
    }

    /** A whole number of zero or more, or null. */
    private static Integer count(String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed >= 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isAmount(String value) {
        try {
            BigDecimal amount = new BigDecimal(value);
            return amount.signum() >= 0 && amount.scale() <= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
