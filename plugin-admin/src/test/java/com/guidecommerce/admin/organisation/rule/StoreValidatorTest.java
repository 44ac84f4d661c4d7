package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.admin.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreValidatorTest {

    private static final Long PEOPLES_SQUARE_ID = 10L;

    /** Saved stores by code. */
    private final Map<String, Long> savedStores = new HashMap<String, Long>();

    private final StoreValidator validator = new StoreValidator((code, storeId) ->
            savedStores.containsKey(code) && !savedStores.get(code).equals(storeId));

    @Test
    void shouldRejectDuplicateStoreCode() {
        savedStores.put("SH001", PEOPLES_SQUARE_ID);

        List<FieldViolation> violations = validator.validate(null, "SH001", "Asia/Shanghai");

        assertEquals(Collections.singletonList(new FieldViolation("code", "gcDuplicateStoreCode")), violations);
    }

    @Test
    void shouldLetStoreKeepItsOwnCode() {
        savedStores.put("SH001", PEOPLES_SQUARE_ID);

        assertEquals(Collections.emptyList(), validator.validate(PEOPLES_SQUARE_ID, "SH001", "Asia/Shanghai"));
    }

    @Test
    void shouldLookUpCodeWithoutSurroundingSpaces() {
        savedStores.put("SH001", PEOPLES_SQUARE_ID);

        List<FieldViolation> violations = validator.validate(null, " SH001 ", "Asia/Shanghai");

        assertEquals(Collections.singletonList(new FieldViolation("code", "gcDuplicateStoreCode")), violations);
    }

    @Test
    void shouldRejectInvalidTimeZone() {
        List<FieldViolation> violations = validator.validate(null, "SH002", "GMT+8:00 Beijing");

        assertEquals(Collections.singletonList(new FieldViolation("timeZoneId", "gcInvalidTimeZone")), violations);
    }

    @Test
    void shouldReportEveryBrokenRule() {
        savedStores.put("SH001", PEOPLES_SQUARE_ID);

        List<FieldViolation> violations = validator.validate(null, "SH001", "Beijing");

        assertEquals(Arrays.asList(new FieldViolation("code", "gcDuplicateStoreCode"),
                new FieldViolation("timeZoneId", "gcInvalidTimeZone")), violations);
    }

    @Test
    void shouldLeaveBlankValuesToTheRequiredFieldCheck() {
        assertEquals(Collections.emptyList(), validator.validate(null, " ", null));
    }
}
