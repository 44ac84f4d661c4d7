package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.FieldError;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** A delivery as stored in GC_CHANNEL_EVENT, with its parsed event while the batch works on it. */
final class EventRow {

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
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error);
        }
        message = text.length() > 1000 ? text.substring(0, 1000) : text.toString();
        dirty = true;
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
