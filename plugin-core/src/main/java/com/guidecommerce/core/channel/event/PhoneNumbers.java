package com.guidecommerce.core.channel.event;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * Phone numbers are matched, never stored: a buyer's number is normalised (digits only, mainland China's +86/0086
 * prefix dropped) and kept as a salted SHA-256 hash.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Digits only, without the country prefix of mainland China; {@code null} when it cannot be a phone number. */
    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')') {
                return null;
            }
        }
        String value = digits.toString();
        if (value.startsWith("0086")) {
            value = value.substring(4);
        } else if (value.startsWith("86") && value.length() == 13) {
            value = value.substring(2);
        }
        return value.length() >= 6 && value.length() <= 15 ? value : null;
    }

    /** Lowercase hex SHA-256 of salt + normalised number. */
    public static String hash(String salt, String phone) {
        String normalised = normalise(phone);
        if (normalised == null) {
            return null;
        }
        return DigestUtils.sha256Hex(salt + normalised);
    }
}
