package com.guidecommerce.core.channel.event;

import java.io.Serializable;

/** Why one field of an event cannot be accepted, in words a channel's developer can act on. */
public final class FieldError implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public FieldError(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
