package com.guidecommerce.core.web;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ErrorReferenceTest {

    @Test
    void shouldBeShortAndFreeOfLookAlikeCharacters() {
        String reference = ErrorReference.next();

        assertTrue(reference.matches("GC-[2-9A-HJ-NP-Z]{10}"), reference);
    }

    @Test
    void shouldNotRepeatItself() {
        Set<String> references = new HashSet<String>();
        for (int i = 0; i < 10000; i++) {
            references.add(ErrorReference.next());
        }

        assertEquals(10000, references.size());
    }

    @Test
    void shouldWriteTheReferenceAndTheExceptionToTheLog() {
        Log log = mock(Log.class);
        IllegalStateException failure = new IllegalStateException("boom");

        String reference = ErrorReference.log(log, "GET /cart failed", failure);

        verify(log).error("GET /cart failed [error reference " + reference + "]", failure);
    }

    @Test
    void shouldNoteAnAnswerWithoutAFailureUnderItsReference() {
        Log log = mock(Log.class);

        String reference = ErrorReference.note(log, "Answered 404 to /gc-guide/abc");

        verify(log).info("Answered 404 to /gc-guide/abc [error reference " + reference + "]");
    }
}
