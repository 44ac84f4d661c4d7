package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuideValidatorTest {

    private final InMemoryGuides guides = new InMemoryGuides();
    private final GuideValidator validator = new GuideValidator(guides);

    @Test
    void shouldRejectDuplicateGuideCode() {
        guides.save(1L, "G0001", "E1001", GuideStatus.ACTIVE);

        List<FieldViolation> violations = validator.validate(null, "G0001", "E2002", GuideStatus.ACTIVE);

        assertEquals(Collections.singletonList(new FieldViolation("guideCode", "gcDuplicateGuideCode")), violations);
    }

    @Test
    void shouldRejectDuplicateEmployeeNumber() {
        guides.save(1L, "G0001", "E1001", GuideStatus.ACTIVE);

        List<FieldViolation> violations = validator.validate(null, "G0002", "E1001", GuideStatus.ACTIVE);

        assertEquals(Collections.singletonList(new FieldViolation("employeeNo", "gcDuplicateEmployeeNo")), violations);
    }

    @Test
    void shouldLetGuideKeepItsOwnCodeAndEmployeeNumber() {
        guides.save(1L, "G0001", "E1001", GuideStatus.ACTIVE);

        assertEquals(Collections.emptyList(), validator.validate(1L, "G0001", "E1001", GuideStatus.SUSPENDED));
    }

    @Test
    void shouldRefuseToReactivateDepartedGuide() {
        guides.save(1L, "G0001", "E1001", GuideStatus.DEPARTED);

        List<FieldViolation> violations = validator.validate(1L, "G0001", "E1001", GuideStatus.ACTIVE);

        assertEquals(Collections.singletonList(new FieldViolation("status", "gcGuideDepartedIsFinal")), violations);
    }

    @Test
    void shouldSendAnAdminWhoMarksAGuideDepartedToTheDeparturePage() {
        guides.save(1L, "G0001", "E1001", GuideStatus.ACTIVE);

        List<FieldViolation> violations = validator.validate(1L, "G0001", "E1001", GuideStatus.DEPARTED);

        assertEquals(Collections.singletonList(new FieldViolation("status", "gcGuideDepartsThroughDeparture")), violations);
    }

    @Test
    void shouldLetDepartedGuideBeEditedWithoutChangingStatus() {
        guides.save(1L, "G0001", "E1001", GuideStatus.DEPARTED);

        assertEquals(Collections.emptyList(), validator.validate(1L, "G0001", "E1001", null));
    }

    @Test
    void shouldAcceptNewGuideEnteredAsDeparted() {
        assertEquals(Collections.emptyList(), validator.validate(null, "G0009", "E1009", GuideStatus.DEPARTED));
    }

    /** Saved guides keyed by id, answering the way the database does. */
    private static final class InMemoryGuides implements GuideDirectory {

        private final Map<Long, String[]> rows = new HashMap<Long, String[]>();

        void save(Long id, String guideCode, String employeeNo, GuideStatus status) {
            rows.put(id, new String[] {guideCode, employeeNo, status.getType()});
        }

        @Override
        public boolean isGuideCodeTaken(String guideCode, Long guideId) {
            return other(0, guideCode.toUpperCase(Locale.ROOT), guideId);
        }

        @Override
        public boolean isEmployeeNoTaken(String employeeNo, Long guideId) {
            return other(1, employeeNo, guideId);
        }

        @Override
        public GuideStatus findSavedStatus(Long guideId) {
            return rows.containsKey(guideId) ? GuideStatus.getInstance(rows.get(guideId)[2]) : null;
        }

        private boolean other(int column, String value, Long guideId) {
            for (Map.Entry<Long, String[]> row : rows.entrySet()) {
                if (row.getValue()[column].equals(value) && !row.getKey().equals(guideId)) {
                    return true;
                }
            }
            return false;
        }
    }
}
