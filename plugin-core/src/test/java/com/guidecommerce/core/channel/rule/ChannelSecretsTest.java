package com.guidecommerce.core.channel.rule;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelImpl;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which secrets verify a channel's events: the current one always, the replaced one only within its grace period. */
class ChannelSecretsTest {

    private static final long NOW = 1800000000000L;
    private static final long HOUR = 3600000L;
    private static final byte[] BODY = "{\"type\":\"ORDER_PAID\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldVerifyTheNewAndTheOldSecretInsideTheGracePeriod() {
        Channel channel = rotated("new-secret-0123456789", "old-secret-0123456789", NOW + 24 * HOUR);

        assertNull(check(channel, "new-secret-0123456789", NOW));
        assertNull(check(channel, "old-secret-0123456789", NOW));
        assertNull(check(channel, "old-secret-0123456789", NOW + 24 * HOUR - 1000));
    }

    @Test
    void shouldVerifyOnlyTheNewSecretOnceTheGracePeriodEnds() {
        Channel channel = rotated("new-secret-0123456789", "old-secret-0123456789", NOW + 24 * HOUR);

        assertEquals(EventSignature.Problem.BAD_SIGNATURE, check(channel, "old-secret-0123456789", NOW + 24 * HOUR));
        assertEquals(EventSignature.Problem.BAD_SIGNATURE, check(channel, "old-secret-0123456789", NOW + 48 * HOUR));
        assertNull(check(channel, "new-secret-0123456789", NOW + 48 * HOUR));
    }

    @Test
    void shouldRefuseAnyOtherSecretAndKeepTheFirstProblemOfAStaleRequest() {
        Channel channel = rotated("new-secret-0123456789", "old-secret-0123456789", NOW + HOUR);
        String old = String.valueOf(NOW / 1000 - 3600);

        assertEquals(EventSignature.Problem.BAD_SIGNATURE, check(channel, "someone-elses-secret", NOW));
        assertEquals(EventSignature.Problem.STALE_TIMESTAMP, ChannelSecrets.check(channel, old,
                EventSignature.sign("old-secret-0123456789", old, BODY), BODY, NOW, 300));
    }

    @Test
    void shouldVerifyOnlyTheCurrentSecretOfAChannelNeverRotated() {
        Channel channel = rotated("the-only-secret-0123", null, null);

        assertNull(check(channel, "the-only-secret-0123", NOW));
        assertFalse(ChannelSecrets.previousValid(channel, NOW));
        assertTrue(ChannelSecrets.hasSecret(channel));
        assertFalse(ChannelSecrets.hasSecret(rotated(null, null, null)));
    }

    @Test
    void shouldDrawLongRandomHexSecrets() {
        Set<String> drawn = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            String secret = ChannelSecrets.draw();
            assertTrue(secret.matches("[0-9a-f]{64}"), secret);
            drawn.add(secret);
        }
        assertEquals(100, drawn.size());
    }

    private static EventSignature.Problem check(Channel channel, String signedWith, long now) {
        String timestamp = String.valueOf(now / 1000);
        return ChannelSecrets.check(channel, timestamp, EventSignature.sign(signedWith, timestamp, BODY), BODY, now, 300);
    }

    private static Channel rotated(String current, String previous, Long previousUntil) {
        Channel channel = new ChannelImpl();
        channel.setSigningSecret(current);
        channel.setPreviousSigningSecret(previous);
        channel.setPreviousSecretValidUntil(previousUntil == null ? null : new Date(previousUntil));
        return channel;
    }
}
