package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.FieldError;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/**
 * What became of one delivered event: accepted (applied now, or waiting for its order), a duplicate of an event
 * accepted before, rejected with reasons, or failed (stored, but not applied because of a fault on our side). Every
 * delivery is stored, so each result names its stored event.
 */
public final class IngestResult implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The answer a channel acts on. */
    public enum Status {
        ACCEPTED,
        DUPLICATE,
        REJECTED,
        /** Stored, but applying it failed on our side; sending it again is safe and applies it once the cause is gone. */
        FAILED
    }

    private final Status status;
    private final Long eventId;
    private final String eventKey;
    private final EventStatus outcome;
    private final List<FieldError> errors;
    private final int entriesWritten;

    private IngestResult(Status status, Long eventId, String eventKey, EventStatus outcome, List<FieldError> errors,
                         int entriesWritten) {
        this.status = status;
        this.eventId = eventId;
        this.eventKey = eventKey;
        this.outcome = outcome;
        this.errors = errors == null ? Collections.<FieldError>emptyList() : Collections.unmodifiableList(errors);
        this.entriesWritten = entriesWritten;
    }

    public static IngestResult accepted(Long eventId, String eventKey, EventStatus outcome, int entriesWritten) {
        return new IngestResult(Status.ACCEPTED, eventId, eventKey, outcome, null, entriesWritten);
    }

    public static IngestResult duplicate(Long eventId, String eventKey) {
        return new IngestResult(Status.DUPLICATE, eventId, eventKey, EventStatus.DUPLICATE, null, 0);
    }

    public static IngestResult rejected(Long eventId, String eventKey, List<FieldError> errors) {
        return new IngestResult(Status.REJECTED, eventId, eventKey, EventStatus.REJECTED, errors, 0);
    }

    /** A delivery that was stored but could not be applied; {@code reason} is for HQ and the log, not the channel. */
    public static IngestResult failed(Long eventId, String eventKey, String reason) {
        return new IngestResult(Status.FAILED, eventId, eventKey, EventStatus.FAILED,
                Collections.singletonList(new FieldError("event", reason)), 0);
    }

    public Status getStatus() {
        return status;
    }

    /** The stored delivery (its raw payload and outcome), {@code null} only if nothing could be stored. */
    public Long getEventId() {
        return eventId;
    }

    public String getEventKey() {
        return eventKey;
    }

    /** APPLIED or WAITING when accepted; DUPLICATE, REJECTED or FAILED otherwise. */
    public EventStatus getOutcome() {
        return outcome;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** Ledger entries this event appended (commissions and reversals). */
    public int getEntriesWritten() {
        return entriesWritten;
    }

    /** The reasons in one line, for a report row. */
    public String describeErrors() {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error);
        }
        return text.toString();
    }
}
