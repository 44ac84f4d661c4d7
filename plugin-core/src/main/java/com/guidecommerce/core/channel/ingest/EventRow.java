package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.common.Note;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** A delivery as stored in GC_CHANNEL_EVENT, with its parsed event while the batch works on it. */
final class EventRow {

    /** The length of GC_CHANNEL_EVENT.MESSAGE. */
    static final int MESSAGE_LENGTH = 1000;
    private static final int ROOM_FOR_MORE = 32;

    Long id;
    String channelCode;
    String source;
    Date receivedAt;
    String eventKey;
    String dedupeKey;
    String eventType;
    String orderNo;
    EventStatus status;
    String message;
    Date processedAt;
    String payload;

    ChannelEvent event;
    final List<FieldError> errors = new ArrayList<FieldError>();
    Long duplicateOf;
    int entriesWritten;
    boolean dirty;
    /** Whether the row is in GC_CHANNEL_EVENT already (then its outcome is an update, else part of its insert). */
    boolean stored;

    void reject(List<FieldError> reasons) {
        errors.addAll(reasons);
        status = EventStatus.REJECTED;
        dedupeKey = null;
        message = stored(errors);
        dirty = true;
    }

    /**
     * The reasons as notes, as many as the message column holds, then how many more there were. A first reason too
     * long for the column (a value sent at great length) is stored in English, cut to fit.
     */
    static String stored(List<FieldError> reasons) {
        String stored = null;
        for (int i = 0; i < reasons.size(); i++) {
            String next = Note.append(stored, reasons.get(i).getNote());
            if (next.length() > MESSAGE_LENGTH - ROOM_FOR_MORE) {
                String english = reasons.get(0).toString();
                return stored != null ? Note.append(stored, EventProblem.MORE.note(reasons.size() - i))
                        : english.substring(0, Math.min(english.length(), MESSAGE_LENGTH));
            }
            stored = next;
        }
        return stored;
    }

    /** Forgets what a rolled-back attempt did, so the event can be applied again on its own. */
    void resetForRetry() {
        if (event != null) {
            status = EventStatus.RECEIVED;
            dedupeKey = null;
            message = null;
            errors.clear();
            duplicateOf = null;
            entriesWritten = 0;
            processedAt = null;
            dirty = false;
        }
    }
}
