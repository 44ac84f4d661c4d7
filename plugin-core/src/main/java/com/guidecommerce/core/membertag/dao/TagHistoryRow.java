package com.guidecommerce.core.membertag.dao;

import java.util.Date;

/** A row of GC_MEMBER_TAG_HISTORY as the screens show it. */
public final class TagHistoryRow {

    private final String code;
    private final String oldValue;
    private final String newValue;
    private final String changeType;
    private final String cause;
    private final Date changedAt;

    public TagHistoryRow(String code, String oldValue, String newValue, String changeType, String cause,
                         Date changedAt) {
        this.code = code;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changeType = changeType;
        this.cause = cause;
        this.changedAt = changedAt;
    }

    public String getCode() {
        return code;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangeType() {
        return changeType;
    }

    public String getCause() {
        return cause;
    }

    public Date getChangedAt() {
        return changedAt;
    }

    @Override
    public String toString() {
        return changeType + " " + code + (oldValue == null ? "" : " " + oldValue) + (newValue == null ? "" : "->"
                + newValue) + " (" + cause + ")";
    }
}
