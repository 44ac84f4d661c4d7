package com.guidecommerce.admin.membertier.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemberTierValidatorTest {

    private final MemberTierValidator validator = new MemberTierValidator();

    private static List<MemberTierLevel> shipped() {
        return Arrays.asList(level("NEW", 0, "0"), level("REGULAR", 1, "0.01"), level("SILVER", 2, "2000"),
                level("GOLD", 3, "5000"));
    }

    private static MemberTierLevel level(String code, int rank, String minSpend) {
        return new MemberTierLevel(code, code, code, rank, new BigDecimal(minSpend));
    }

    @Test
    void shouldAcceptATierThatFitsBetweenItsNeighbours() {
        assertEquals(Collections.emptyList(), validator.validate(shipped(), "PLATINUM", "4", "10000.00"));
    }

    @Test
    void shouldRefuseAThresholdBelowATierRankedUnderIt() {
        assertEquals(Collections.singletonList(new FieldViolation(MemberTierValidator.MIN_SPEND,
                MemberTierValidator.SPEND_NOT_INCREASING)), validator.validate(shipped(), "PLATINUM", "4", "3000"));
    }

    @Test
    void shouldRefuseATakenCodeOrRank() {
        assertEquals(Collections.singletonList(new FieldViolation(MemberTierValidator.CODE,
                MemberTierValidator.DUPLICATE_CODE)), validator.validate(shipped(), "GOLD", "4", "9000"));
        assertEquals(Collections.singletonList(new FieldViolation(MemberTierValidator.RANK,
                MemberTierValidator.DUPLICATE_RANK)), validator.validate(shipped(), "PLATINUM", "3", "9000"));
    }

    @Test
    void shouldRefuseMalformedValues() {
        assertEquals(Arrays.asList(new FieldViolation(MemberTierValidator.CODE, MemberTierValidator.INVALID_CODE),
                new FieldViolation(MemberTierValidator.RANK, MemberTierValidator.INVALID_RANK),
                new FieldViolation(MemberTierValidator.MIN_SPEND, MemberTierValidator.INVALID_SPEND)),
                validator.validate(shipped(), "gold", "-1", "12.345"));
    }

    @Test
    void shouldLetATierBeEditedInPlace() {
        List<MemberTierLevel> others = Arrays.asList(level("NEW", 0, "0"), level("REGULAR", 1, "0.01"),
                level("GOLD", 3, "5000"));

        assertEquals(Collections.emptyList(), validator.validate(others, "SILVER", "2", "2500"));
    }
}
