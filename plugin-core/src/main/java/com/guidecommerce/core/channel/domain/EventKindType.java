package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a channel event reports ({@link EventType}), labelled in HQ's language. */
public class EventKindType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, EventKindType> TYPES = new LinkedHashMap<String, EventKindType>();

    static {
        for (EventType value : EventType.values()) {
            new EventKindType(value.name(), "EventType_" + value.name());
        }
    }

    public static EventKindType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public EventKindType() {
    }

    public EventKindType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
