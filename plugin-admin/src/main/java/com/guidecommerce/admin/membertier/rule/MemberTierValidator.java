package com.guidecommerce.admin.membertier.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.membertier.rule.MemberTierError;
import com.guidecommerce.core.membertier.rule.MemberTierException;
import com.guidecommerce.core.membertier.rule.MemberTierLadder;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules a member tier must satisfy before the admin saves it, judged with the rest of the ladder: the code is what
 * offer rules read (upper-case letters, digits and underscores), unique; one tier per rank; the minimum spend is an
 * amount in yuan of zero or more, higher than every tier ranked below and lower than every tier ranked above. A blank
 * value is left to the admin's required-field check.
 */
public class MemberTierValidator {

    public static final String CODE = "code";
    public static final String RANK = "rank";
    public static final String MIN_SPEND = "minSpend";

    public static final String INVALID_CODE = "gcInvalidMemberTierCode";
    public static final String DUPLICATE_CODE = "gcDuplicateMemberTierCode";
    public static final String DUPLICATE_RANK = "gcDuplicateMemberTierRank";
    public static final String INVALID_RANK = "gcInvalidMemberTierRank";
    public static final String INVALID_SPEND = "gcInvalidMemberTierSpend";
    public static final String SPEND_NOT_INCREASING = "gcMemberTierSpendNotIncreasing";

    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9_]{1,32}");

    /**
     * @param others the other tiers of the ladder, as saved (without the one being changed)
     */
    public List<FieldViolation> validate(List<MemberTierLevel> others, String code, String rank, String minSpend) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        String trimmedCode = code == null ? null : code.trim();
        if (trimmedCode != null && !trimmedCode.isEmpty() && !CODE_PATTERN.matcher(trimmedCode).matches()) {
            violations.add(new FieldViolation(CODE, INVALID_CODE));
        }
        Integer rankValue = isBlank(rank) ? null : rankOf(rank);
        if (!isBlank(rank) && rankValue == null) {
            violations.add(new FieldViolation(RANK, INVALID_RANK));
        }
        BigDecimal spend = isBlank(minSpend) ? null : amountOf(minSpend);
        if (!isBlank(minSpend) && spend == null) {
            violations.add(new FieldViolation(MIN_SPEND, INVALID_SPEND));
        }
        if (!violations.isEmpty() || isBlank(trimmedCode) || rankValue == null || spend == null) {
            return violations;
        }
        List<MemberTierLevel> ladder = new ArrayList<MemberTierLevel>(others);
        ladder.add(new MemberTierLevel(trimmedCode, trimmedCode, null, rankValue, spend));
        Collections.sort(ladder, new Comparator<MemberTierLevel>() {
            @Override
            public int compare(MemberTierLevel a, MemberTierLevel b) {
                return Integer.compare(a.getRank(), b.getRank());
            }
        });
        try {
            MemberTierLadder.check(ladder);
        } catch (MemberTierException e) {
            violations.add(violationOf(e.getError()));
        }
        return violations;
    }

    private static FieldViolation violationOf(MemberTierError error) {
        switch (error) {
            case DUPLICATE_CODE:
                return new FieldViolation(CODE, DUPLICATE_CODE);
            case DUPLICATE_RANK:
                return new FieldViolation(RANK, DUPLICATE_RANK);
            case NEGATIVE_THRESHOLD:
                return new FieldViolation(MIN_SPEND, INVALID_SPEND);
            default:
                return new FieldViolation(MIN_SPEND, SPEND_NOT_INCREASING);
        }
    }

    private static Integer rankOf(String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed >= 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal amountOf(String value) {
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 ? amount : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
