package com.guidecommerce.core.channel.rule;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * Verifies a channel's signed event: {@code X-GC-Signature} is the lowercase hex HMAC-SHA256, keyed with the channel's
 * secret, of {@code X-GC-Timestamp + "\n" + raw body}, and the timestamp (epoch seconds) must be within the allowed
 * skew of the server's clock, so a captured request cannot be replayed later.
 */
public final class EventSignature {

    /** Why a request is not accepted; {@code null} from {@link #check} means it is. */
    public enum Problem {
        MISSING_HEADERS,
        MALFORMED_TIMESTAMP,
        STALE_TIMESTAMP,
        BAD_SIGNATURE
    }

    public static final long DEFAULT_SKEW_SECONDS = 300;

    private EventSignature() {
    }

    /** The signature a channel sends for this timestamp and body. */
    public static String sign(String secret, String timestamp, byte[] rawBody) {
        Mac mac = HmacUtils.getInitializedMac(HmacAlgorithms.HMAC_SHA_256, secret.getBytes(StandardCharsets.UTF_8));
        mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
        return Hex.encodeHexString(mac.doFinal(rawBody));
    }

    /**
     * Checks a request's signature headers against the channel secret.
     *
     * @param nowEpochSeconds the server's clock
     * @return {@code null} when the request is authentic and fresh, else the first problem found
     */
    public static Problem check(String secret, String timestamp, String signature, byte[] rawBody,
                                long nowEpochSeconds, long skewSeconds) {
        if (timestamp == null || signature == null || timestamp.trim().isEmpty() || signature.trim().isEmpty()) {
            return Problem.MISSING_HEADERS;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Problem.MALFORMED_TIMESTAMP;
        }
        if (!withinSkew(sentAt, nowEpochSeconds, skewSeconds)) {
            return Problem.STALE_TIMESTAMP;
        }
        byte[] expected = sign(secret, timestamp.trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? null : Problem.BAD_SIGNATURE;
    }

    /**
     * Whether {@code sentAt} lies within {@code skewSeconds} of {@code now}, for any two longs: the timestamp is the
     * caller's text, and a plain {@code abs(now - sentAt)} wraps around for values near {@code now - 2^63}, which
     * would let a far-off timestamp pass as fresh.
     */
    static boolean withinSkew(long sentAt, long now, long skewSeconds) {
        if (skewSeconds < 0) {
            return false;
        }
        long distance;
        try {
            distance = Math.subtractExact(now, sentAt);
        } catch (ArithmeticException e) {
            return false;
        }
        return distance <= skewSeconds && distance >= -skewSeconds;
    }
}
