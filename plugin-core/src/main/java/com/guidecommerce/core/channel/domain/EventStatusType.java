package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@link EventStatus} as the admin shows and filters it: each status with a label in HQ's language. */
public class EventStatusType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, EventStatusType> TYPES = new LinkedHashMap<String, EventStatusType>();

    static {
        for (EventStatus status : EventStatus.values()) {
            new EventStatusType(status.name(), "EventStatus_" + status.name());
        }
    }

    public static EventStatusType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public EventStatusType() {
    }

    public EventStatusType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
