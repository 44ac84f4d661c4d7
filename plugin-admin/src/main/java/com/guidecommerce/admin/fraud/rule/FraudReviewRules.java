package com.guidecommerce.admin.fraud.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What HQ may change when reviewing a {@link FraudSignal}: its status and review note, nothing else. The evidence is
 * what the detection found and must stay as found, or a review could hide what it was about. A signal that was
 * confirmed or dismissed is reopened only with a new note saying why, so the review history never goes silent.
 */
public class FraudReviewRules {

    public static final String STATUS = "status";
    public static final String REVIEW_NOTE = "reviewNote";

    public static final String FIELD_LOCKED = "gcFraudSignalFieldLocked";
    public static final String UNKNOWN_STATUS = "gcFraudSignalUnknownStatus";
    public static final String REOPEN_NEEDS_NOTE = "gcFraudSignalReopenNeedsNote";

    /** Identifies the record rather than describing it; the admin always sends it. */
    private static final String ID = "id";

    /**
     * @param stored the signal as the admin shows it (property name to displayed value)
     * @param submitted the values the admin sent back
     */
    public List<FieldViolation> check(Map<String, String> stored, Map<String, String> submitted) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        // Sorted, so the errors come in the same order every time.
        for (Map.Entry<String, String> property : new TreeMap<String, String>(submitted).entrySet()) {
            String name = property.getKey();
            if (isEditable(name) || ID.equals(name) || !stored.containsKey(name)) {
                continue;
            }
            if (!sameValue(stored.get(name), property.getValue())) {
                violations.add(new FieldViolation(name, FIELD_LOCKED));
            }
        }
        checkStatus(stored, submitted, violations);
        return violations;
    }

    private static void checkStatus(Map<String, String> stored, Map<String, String> submitted,
                                    List<FieldViolation> violations) {
        if (!submitted.containsKey(STATUS)) {
            return;
        }
        FraudSignalStatus next = FraudSignalStatus.getInstance(trimmed(submitted.get(STATUS)));
        if (next == null) {
            violations.add(new FieldViolation(STATUS, UNKNOWN_STATUS));
            return;
        }
        FraudSignalStatus current = FraudSignalStatus.getInstance(trimmed(stored.get(STATUS)));
        boolean reopens = FraudSignalStatus.OPEN.equals(next) && current != null && !FraudSignalStatus.OPEN.equals(current);
        if (reopens && !hasNewNote(stored.get(REVIEW_NOTE), submitted.get(REVIEW_NOTE))) {
            violations.add(new FieldViolation(REVIEW_NOTE, REOPEN_NEEDS_NOTE));
        }
    }

    private static boolean isEditable(String property) {
        return STATUS.equals(property) || REVIEW_NOTE.equals(property);
    }

    private static boolean hasNewNote(String storedNote, String submittedNote) {
        return trimmed(submittedNote) != null && !sameValue(storedNote, submittedNote);
    }

    /** Blank and missing are the same: the admin sends an empty field for a value that is not set. */
    private static boolean sameValue(String stored, String submitted) {
        String a = trimmed(stored);
        String b = trimmed(submitted);
        return a == null ? b == null : a.equals(b);
    }

    private static String trimmed(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }
}
