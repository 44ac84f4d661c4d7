package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** How an event arrived ({@link IngestSource}), labelled in HQ's language. */
public class IngestSourceType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, IngestSourceType> TYPES = new LinkedHashMap<String, IngestSourceType>();

    static {
        for (IngestSource value : IngestSource.values()) {
            new IngestSourceType(value.name(), "IngestSource_" + value.name());
        }
    }

    public static IngestSourceType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public IngestSourceType() {
    }

    public IngestSourceType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
