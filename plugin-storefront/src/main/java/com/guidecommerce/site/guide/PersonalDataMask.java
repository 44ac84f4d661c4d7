package com.guidecommerce.site.guide;

/**
 * Masks members' personal data for guide views: a guide recognises their member ({@code sh***@example.com},
 * {@code 138****0001}) without being handed a contact list to take elsewhere.
 */
public final class PersonalDataMask {

    static final String STARS = "***";
    static final String PHONE_STARS = "****";

    private PersonalDataMask() {
    }

    /** Keeps the first two characters of the mailbox and the whole domain; {@code null} when there is no email. */
    public static String email(String email) {
        if (email == null || email.trim().isEmpty()) {
            return null;
        }
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return prefix(trimmed, 2) + STARS;
        }
        String mailbox = trimmed.substring(0, at);
        // A one- or two-letter mailbox would be shown whole; keep one letter so something is always hidden.
        int shown = mailbox.length() > 2 ? 2 : Math.min(1, mailbox.length());
        return prefix(mailbox, shown) + STARS + trimmed.substring(at);
    }

    /**
     * Keeps the first three and the last four characters of a phone number (a mainland mobile number becomes
     * {@code 138****0001}); shorter numbers keep only their last two. {@code null} when there is no number.
     */
    public static String phone(String phone) {
        if (phone == null || phone.trim().isEmpty()) {
            return null;
        }
        String number = phone.trim().replace(" ", "");
        if (number.length() >= 8) {
            return number.substring(0, 3) + PHONE_STARS + number.substring(number.length() - 4);
        }
        if (number.length() > 2) {
            return PHONE_STARS + number.substring(number.length() - 2);
        }
        return PHONE_STARS;
    }

    private static String prefix(String text, int length) {
        return text.substring(0, Math.min(length, text.length()));
    }
}
