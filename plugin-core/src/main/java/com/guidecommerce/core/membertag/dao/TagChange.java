package com.guidecommerce.core.membertag.dao;

import com.guidecommerce.core.membertag.rule.TagCode;

/** One change of a member's automatic tag, for GC_MEMBER_TAG and its history. */
public final class TagChange {

    public enum Type {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** What recomputed the tags. */
    public enum Cause {
        ORDERS,
        BINDING,
        JOB
    }

    private final Long customerId;
    private final TagCode code;
    private final String oldValue;
    private final String newValue;
    private final Type type;

    public TagChange(Long customerId, TagCode code, String oldValue, String newValue, Type type) {
        this.customerId = customerId;
        this.code = code;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.type = type;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public TagCode getCode() {
        return code;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Type getType() {
        return type;
    }

    @Override
    public String toString() {
        return type + " " + code + (oldValue == null ? "" : " " + oldValue) + (newValue == null ? "" : "->" + newValue);
    }
}
