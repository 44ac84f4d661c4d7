package com.guidecommerce.admin.memberday.handler;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reads values as Broadleaf's admin form submits them. */
final class AdminFormValues {

    /** How Broadleaf's admin form sends a date. */
    static final String FORM_DATE = "yyyy.MM.dd HH:mm:ss";

    private AdminFormValues() {
    }

    static String text(Entity submitted, String property) {
        Property found = submitted.findProperty(property);
        String value = found == null ? null : found.getValue();
        return value == null || value.trim().isEmpty() || "null".equals(value.trim()) ? null : value.trim();
    }

    static Long id(Entity submitted, String property) {
        String value = text(submitted, property);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer number(Entity submitted, String property) {
        String value = text(submitted, property);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal amount(Entity submitted, String property) {
        String value = text(submitted, property);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The calendar date the form shows (a date without a zone, read in the JVM's zone as Broadleaf writes it). */
    static LocalDate calendarDate(Entity submitted, String property) {
        String value = text(submitted, property);
        if (value == null) {
            return null;
        }
        try {
            return new SimpleDateFormat(FORM_DATE).parse(value).toInstant().atZone(ZoneId.systemDefault())
                    .toLocalDate();
        } catch (ParseException e) {
            return null;
        }
    }
}
