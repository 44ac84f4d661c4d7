package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;

import java.io.Serializable;

/**
 * Why one field of an event cannot be accepted: in words a channel's developer can act on (the API's answer), and as
 * a note ({@link EventProblem}) that HQ reads in the admin's language.
 */
public final class FieldError implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;
    private final String problem;

    /** A field's problem; its reason is the problem in English. */
    public FieldError(String field, Note problem) {
        this.field = field;
        this.reason = EventProblem.english(problem);
        this.problem = problem.format();
    }

    /** A reason in words only, with no note (a failure's reason, which is no problem of the event's). */
    public FieldError(String field, String reason) {
        this.field = field;
        this.reason = reason;
        this.problem = null;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }

    /** What is wrong with the field, as a note; {@code null} for a reason in words only. */
    public Note getProblem() {
        return problem == null ? null : Note.parse(problem).get(0);
    }

    /** The field and its problem (or its reason in words) as one note ({@code eventProblem.atField}). */
    public Note getNote() {
        return EventProblem.AT_FIELD.note(field, problem == null ? reason : getProblem());
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
