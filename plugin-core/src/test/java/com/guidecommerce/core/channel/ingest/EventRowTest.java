package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.common.Note;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a rejected delivery stores as its message: its problems as notes, within the message column. */
class EventRowTest {

    @Test
    void shouldStoreEachFieldsProblemAsANote() {
        EventRow row = new EventRow();

        row.reject(Arrays.asList(new FieldError("orderNo", EventProblem.ORDER_RECEIVED.note("TM-1")),
                new FieldError("lines[0].amount", EventProblem.REFUND_TOO_LARGE.note("40.00", "1"))));

        assertEquals(EventStatus.REJECTED, row.status);
        assertEquals(Arrays.asList(
                EventProblem.AT_FIELD.note("orderNo", EventProblem.ORDER_RECEIVED.note("TM-1")),
                EventProblem.AT_FIELD.note("lines[0].amount", EventProblem.REFUND_TOO_LARGE.note("40.00", "1"))),
                Note.parse(row.message));
    }

    @Test
    void shouldStoreAsManyProblemsAsTheColumnHoldsAndCountTheRest() {
        List<FieldError> errors = new ArrayList<FieldError>();
        for (int i = 0; i < 200; i++) {
            errors.add(new FieldError("lines[" + i + "].paidAmount", EventProblem.NOT_AMOUNT.note()));
        }

        String stored = EventRow.stored(errors);

        List<Note> notes = Note.parse(stored);
        assertTrue(stored.length() <= EventRow.MESSAGE_LENGTH, stored);
        assertEquals(EventProblem.MORE.note(200 - (notes.size() - 1)), notes.get(notes.size() - 1));
        assertEquals(errors.get(0).getNote(), notes.get(0));
    }

    @Test
    void shouldCutAProblemTooLongForTheColumnInEnglish() {
        char[] type = new char[2000];
        Arrays.fill(type, 'X');
        FieldError error = new FieldError("type", EventProblem.UNKNOWN_TYPE.note(new String(type)));

        String stored = EventRow.stored(Collections.singletonList(error));

        assertEquals(EventRow.MESSAGE_LENGTH, stored.length());
        assertTrue(stored.startsWith("type: 'XXX"), stored);
    }
}
