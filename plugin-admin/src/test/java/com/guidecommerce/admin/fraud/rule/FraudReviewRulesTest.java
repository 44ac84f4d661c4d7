package com.guidecommerce.admin.fraud.rule;

import com.guidecommerce.admin.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FraudReviewRulesTest {

    private final FraudReviewRules rules = new FraudReviewRules();

    @Test
    void shouldAcceptTheUntouchedFormWithANewStatusAndNote() {
        Map<String, String> submitted = openSignal();
        submitted.put("status", "CONFIRMED");
        submitted.put("reviewNote", "Ten accounts share one device.");

        assertEquals(Collections.emptyList(), rules.check(openSignal(), submitted));
    }

    @Test
    void shouldRefuseAnEditedEvidence() {
        Map<String, String> submitted = openSignal();
        submitted.put("evidence", "nothing to see");

        assertEquals(Collections.singletonList(new FieldViolation("evidence", FraudReviewRules.FIELD_LOCKED)),
                rules.check(openSignal(), submitted));
    }

    @Test
    void shouldRefuseEveryEditedFieldButStatusAndNote() {
        Map<String, String> submitted = openSignal();
        submitted.put("guide", "99");
        submitted.put("memberCount", "1");
        submitted.put("type", "NO_PURCHASE");

        assertEquals(Arrays.asList(new FieldViolation("guide", FraudReviewRules.FIELD_LOCKED),
                new FieldViolation("memberCount", FraudReviewRules.FIELD_LOCKED),
                new FieldViolation("type", FraudReviewRules.FIELD_LOCKED)), rules.check(openSignal(), submitted));
    }

    @Test
    void shouldTreatAnEmptyFieldAsTheMissingValueItStandsFor() {
        Map<String, String> stored = openSignal();
        stored.put("reviewNote", null);
        stored.put("detectedAt", null);
        Map<String, String> submitted = openSignal();
        submitted.put("reviewNote", "");
        submitted.put("detectedAt", " ");

        assertEquals(Collections.emptyList(), rules.check(stored, submitted));
    }

    @Test
    void shouldRefuseAStatusThatIsNoReviewStatus() {
        Map<String, String> submitted = openSignal();
        submitted.put("status", "DELETED");

        assertEquals(Collections.singletonList(new FieldViolation("status", FraudReviewRules.UNKNOWN_STATUS)),
                rules.check(openSignal(), submitted));
    }

    @Test
    void shouldRefuseReopeningADismissedSignalWithoutANote() {
        Map<String, String> submitted = reviewed("DISMISSED", "Family members.");
        submitted.put("status", "OPEN");

        assertEquals(Collections.singletonList(new FieldViolation("reviewNote", FraudReviewRules.REOPEN_NEEDS_NOTE)),
                rules.check(reviewed("DISMISSED", "Family members."), submitted));
    }

    @Test
    void shouldRefuseReopeningAConfirmedSignalWithAnEmptyNote() {
        Map<String, String> submitted = reviewed("CONFIRMED", null);
        submitted.put("status", "OPEN");
        submitted.put("reviewNote", " ");

        assertEquals(Collections.singletonList(new FieldViolation("reviewNote", FraudReviewRules.REOPEN_NEEDS_NOTE)),
                rules.check(reviewed("CONFIRMED", null), submitted));
    }

    @Test
    void shouldReopenAReviewedSignalWithANewNote() {
        Map<String, String> submitted = reviewed("DISMISSED", "Family members.");
        submitted.put("status", "OPEN");
        submitted.put("reviewNote", "Two more accounts appeared at the same address.");

        assertEquals(Collections.emptyList(), rules.check(reviewed("DISMISSED", "Family members."), submitted));
    }

    @Test
    void shouldLetAReviewerChangeTheirMindBetweenConfirmedAndDismissed() {
        Map<String, String> submitted = reviewed("CONFIRMED", "Bought accounts.");
        submitted.put("status", "DISMISSED");

        List<FieldViolation> violations = rules.check(reviewed("CONFIRMED", "Bought accounts."), submitted);

        assertEquals(Collections.emptyList(), violations);
    }

    /** An open signal as the admin form shows it. */
    private static Map<String, String> openSignal() {
        Map<String, String> values = new HashMap<String, String>();
        values.put("id", "7");
        values.put("guide", "42");
        values.put("type", "SHARED_ADDRESS");
        values.put("evidence", "3 members ship to 1 Nanjing Road");
        values.put("memberCount", "3");
        values.put("detectedAt", "2024.05.01 10:00:00");
        values.put("status", "OPEN");
        values.put("reviewNote", null);
        return values;
    }

    private static Map<String, String> reviewed(String status, String note) {
        Map<String, String> values = openSignal();
        values.put("status", status);
        values.put("reviewNote", note);
        return values;
    }
}
