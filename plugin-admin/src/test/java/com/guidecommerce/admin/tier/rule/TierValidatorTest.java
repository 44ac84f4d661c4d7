package com.guidecommerce.admin.tier.rule;

import com.guidecommerce.admin.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TierValidatorTest {

    /** D_GOLD (id 13) is taken, and rank 2 of the distributor ladder. */
    private final TierValidator validator = new TierValidator(new TierCatalog() {
        @Override
        public boolean isCodeTaken(String code, Long tierId) {
            return "D_GOLD".equals(code) && !Long.valueOf(13).equals(tierId);
        }

        @Override
        public boolean isRankTaken(String subject, int rank, Long tierId) {
            return "DISTRIBUTOR".equals(subject) && rank == 2 && !Long.valueOf(13).equals(tierId);
        }
    });

    private static List<String> messages(List<FieldViolation> violations) {
        List<String> messages = new ArrayList<String>();
        for (FieldViolation violation : violations) {
            messages.add(violation.getField() + ":" + violation.getMessageKey());
        }
        return messages;
    }

    @Test
    void shouldAcceptANewTierWithItsOwnCodeAndRank() {
        assertEquals(Collections.emptyList(),
                validator.validate(null, "DISTRIBUTOR", "D_PLATINUM", "3", "20000.00", "50", "0"));
    }

    @Test
    void shouldAcceptATierSavedAgainWithItsOwnCodeAndRank() {
        assertEquals(Collections.emptyList(), validator.validate(13L, "DISTRIBUTOR", "D_GOLD", "2", "0", "0", "0"));
    }

    @Test
    void shouldRefuseACodeAnotherTierUsesAndARankItsLadderHas() {
        assertEquals(Arrays.asList("code:gcDuplicateTierCode", "rank:gcDuplicateTierRank"),
                messages(validator.validate(null, "DISTRIBUTOR", "D_GOLD", "2", "0", "0", "0")));
    }

    @Test
    void shouldAllowTheSameRankInTheOtherLadder() {
        assertEquals(Collections.emptyList(), validator.validate(null, "GUIDE", "STAR", "2", "0", "0", "0"));
    }

    @Test
    void shouldRefuseLowerCaseCodesAndNegativeOrFractionalThresholds() {
        assertEquals(Arrays.asList("code:gcInvalidTierCode", "minSales:gcInvalidTierThreshold",
                "minOrders:gcInvalidTierThreshold", "minNewMembers:gcInvalidTierThreshold"),
                messages(validator.validate(null, "GUIDE", "gold", "1", "100.001", "-1", "1.5")));
    }
}
