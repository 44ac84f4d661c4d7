package com.guidecommerce.core.web;

import org.apache.commons.logging.Log;

import java.security.SecureRandom;

/**
 * A short reference printed on an error page and written to the log together with the exception, so that support can
 * find the failure a user reports without the page ever showing its details.
 */
public final class ErrorReference {

    /** The request attribute under which the reference of the request's failure is kept for the error page. */
    public static final String REQUEST_ATTRIBUTE = "gcErrorReference";

    /** Letters and digits that cannot be mistaken for one another when read out over the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** A new reference, {@code GC-} and ten characters; unique enough to find one failure in a log. */
    public static String next() {
        StringBuilder reference = new StringBuilder("GC-");
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    /**
     * Logs {@code failure} at error level under a new reference and returns the reference.
     *
     * @param what what failed, in the words of the log line (the reference is appended)
     */
    public static String log(Log log, String what, Throwable failure) {
        String reference = next();
        log.error(line(what, reference), failure);
        return reference;
    }

    /**
     * Notes at info level, under a new reference, an error answer that involves no failure (an address that names
     * nothing, a missing permission), and returns the reference.
     */
    public static String note(Log log, String what) {
        String reference = next();
        log.info(line(what, reference));
        return reference;
    }

    private static String line(String what, String reference) {
        return what + " [error reference " + reference + "]";
    }
}
