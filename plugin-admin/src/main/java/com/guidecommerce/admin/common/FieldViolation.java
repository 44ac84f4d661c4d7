package com.guidecommerce.admin.common;

/**
 * A rule broken by one field of an admin form: the field's property name and the message key the admin shows next to it.
 */
public final class FieldViolation {

    private final String field;
    private final String messageKey;

    public FieldViolation(String field, String messageKey) {
        this.field = field;
        this.messageKey = messageKey;
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FieldViolation)) {
            return false;
        }
        FieldViolation that = (FieldViolation) other;
        return field.equals(that.field) && messageKey.equals(that.messageKey);
    }

    @Override
    public int hashCode() {
        return 31 * field.hashCode() + messageKey.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + messageKey;
    }
}
