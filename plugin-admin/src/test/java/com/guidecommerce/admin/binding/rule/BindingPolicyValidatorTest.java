package com.guidecommerce.admin.binding.rule;

import com.guidecommerce.admin.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BindingPolicyValidatorTest {

    private final SavedPolicies saved = new SavedPolicies();
    private final BindingPolicyValidator validator = new BindingPolicyValidator(saved);

    @Test
    void shouldAcceptAYearProtectedForNinetyDays() {
        assertEquals(Collections.emptyList(), validator.validate(null, "STORE_QR", "365", "90"));
    }

    @Test
    void shouldAcceptAnEmptyValidityAsPermanent() {
        assertEquals(Collections.emptyList(), validator.validate(null, "ADMIN", "", "0"));
        assertEquals(Collections.emptyList(), validator.validate(null, "IMPORT", null, "0"));
    }

    @Test
    void shouldAcceptTheLongestValidityWithEqualProtection() {
        assertEquals(Collections.emptyList(), validator.validate(null, "POS", "3650", "3650"));
    }

    @Test
    void shouldRejectAValidityOfZeroDays() {
        assertEquals(violation("validityDays", "gcBindingValidityOutOfRange"), validator.validate(null, "POS", "0", "0"));
    }

    @Test
    void shouldRejectAValidityBeyondTenYears() {
        assertEquals(violation("validityDays", "gcBindingValidityOutOfRange"), validator.validate(null, "POS", "3651", "0"));
    }

    @Test
    void shouldRejectAValidityThatIsNotAWholeNumber() {
        assertEquals(violation("validityDays", "gcBindingValidityOutOfRange"), validator.validate(null, "POS", "1.5", "0"));
    }

    @Test
    void shouldRejectProtectionLongerThanTheBinding() {
        assertEquals(violation("protectionDays", "gcBindingProtectionOutOfRange"),
                validator.validate(null, "SHARE_LINK", "30", "31"));
    }

    @Test
    void shouldRejectNegativeProtection() {
        assertEquals(violation("protectionDays", "gcBindingProtectionOutOfRange"),
                validator.validate(null, "SHARE_LINK", "30", "-1"));
    }

    @Test
    void shouldLimitProtectionOfAPermanentBindingToTenYears() {
        assertEquals(violation("protectionDays", "gcBindingProtectionOutOfRange"),
                validator.validate(null, "ADMIN", "", "3651"));
    }

    @Test
    void shouldRejectASecondPolicyForTheSameSource() {
        saved.put(1L, "STORE_QR");

        assertEquals(violation("source", "gcDuplicateBindingPolicySource"), validator.validate(null, "STORE_QR", "365", "90"));
    }

    @Test
    void shouldLetAPolicyKeepItsOwnSource() {
        saved.put(1L, "STORE_QR");

        assertEquals(Collections.emptyList(), validator.validate(1L, "STORE_QR", "180", "30"));
    }

    @Test
    void shouldLeaveABlankProtectionToTheRequiredFieldCheck() {
        assertEquals(Collections.emptyList(), validator.validate(null, "POS", "365", " "));
    }

    private static List<FieldViolation> violation(String field, String messageKey) {
        return Collections.singletonList(new FieldViolation(field, messageKey));
    }

    /** Saved policies keyed by id, answering the way the database does. */
    private static final class SavedPolicies implements BindingPolicySources {

        private final Map<Long, String> sources = new HashMap<Long, String>();

        void put(Long id, String source) {
            sources.put(id, source);
        }

        @Override
        public boolean isTaken(String source, Long policyId) {
            for (Map.Entry<Long, String> saved : sources.entrySet()) {
                if (saved.getValue().equals(source) && !saved.getKey().equals(policyId)) {
                    return true;
                }
            }
            return false;
        }
    }
}
