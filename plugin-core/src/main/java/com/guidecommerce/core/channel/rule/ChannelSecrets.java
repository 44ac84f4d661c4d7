package com.guidecommerce.core.channel.rule;

import com.guidecommerce.core.channel.domain.Channel;
import org.apache.commons.codec.binary.Hex;

import java.security.SecureRandom;
import java.util.Date;

/**
 * Which secrets verify a channel's signed events, and how a new one is drawn. The current secret always verifies; after
 * a rotation the one it replaced verifies too until its grace period ends, so a channel that still signs with it loses
 * no delivery while it switches. Both come from one read of the channel's row, which a rotation changes in one
 * transaction: a delivery sees either the secrets before the rotation or those after it, and a signature made with the
 * old secret verifies in both.
 */
public final class ChannelSecrets {

    /** Bytes of randomness in a drawn secret (written as 64 hex digits). */
    public static final int SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ChannelSecrets() {
    }

    /** Whether the channel has a secret to verify with at all. */
    public static boolean hasSecret(Channel channel) {
        return !isBlank(channel.getSigningSecret());
    }

    /**
     * Checks a request's signature headers against the channel's current secret and, within its grace period, the
     * previous one.
     *
     * @param nowMillis the server's clock
     * @return {@code null} when the request is authentic and fresh, else the problem found
     */
    public static EventSignature.Problem check(Channel channel, String timestamp, String signature, byte[] rawBody,
                                               long nowMillis, long skewSeconds) {
        EventSignature.Problem problem = EventSignature.check(channel.getSigningSecret(), timestamp, signature, rawBody,
                nowMillis / 1000, skewSeconds);
        if (problem != EventSignature.Problem.BAD_SIGNATURE || !previousValid(channel, nowMillis)) {
            return problem;
        }
        return EventSignature.check(channel.getPreviousSigningSecret(), timestamp, signature, rawBody,
                nowMillis / 1000, skewSeconds);
    }

    /** Whether the secret replaced by the last rotation still verifies at {@code nowMillis}. */
    public static boolean previousValid(Channel channel, long nowMillis) {
        Date until = channel.getPreviousSecretValidUntil();
        return !isBlank(channel.getPreviousSigningSecret()) && until != null && nowMillis < until.getTime();
    }

    /** A new secret: {@value #SECRET_BYTES} random bytes from {@link SecureRandom}, as lowercase hex. */
    public static String draw() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Hex.encodeHexString(bytes);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }
}
