package com.guidecommerce.core.channel.rule;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSignatureTest {

    private static final String SECRET = "demo-tmall-secret";
    private static final byte[] BODY = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"T1\"}".getBytes(StandardCharsets.UTF_8);
    private static final long NOW = 1_800_000_000L;

    @Test
    void shouldMatchAnIndependentlyComputedHmac() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(("1800000000\n" + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }

        assertEquals(hex.toString(), EventSignature.sign(SECRET, "1800000000", BODY));
    }

    @Test
    void shouldAcceptAFreshCorrectlySignedEvent() {
        String signature = EventSignature.sign(SECRET, String.valueOf(NOW - 60), BODY);

        assertNull(EventSignature.check(SECRET, String.valueOf(NOW - 60), signature, BODY, NOW, 300));
    }

    @Test
    void shouldRefuseAnEventOlderThanTheAllowedSkew() {
        String old = String.valueOf(NOW - 301);

        assertEquals(EventSignature.Problem.STALE_TIMESTAMP,
                EventSignature.check(SECRET, old, EventSignature.sign(SECRET, old, BODY), BODY, NOW, 300));
    }

    @Test
    void shouldRefuseATamperedBodyOrAnotherChannelsSecret() {
        String ts = String.valueOf(NOW);
        String signature = EventSignature.sign(SECRET, ts, BODY);
        byte[] tampered = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"T2\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals(EventSignature.Problem.BAD_SIGNATURE, EventSignature.check(SECRET, ts, signature, tampered, NOW, 300));
        assertEquals(EventSignature.Problem.BAD_SIGNATURE,
                EventSignature.check("another-secret", ts, signature, BODY, NOW, 300));
    }

    @Test
    void shouldNameMissingAndMalformedHeaders() {
        assertEquals(EventSignature.Problem.MISSING_HEADERS, EventSignature.check(SECRET, null, "x", BODY, NOW, 300));
        assertEquals(EventSignature.Problem.MISSING_HEADERS, EventSignature.check(SECRET, "1", " ", BODY, NOW, 300));
        assertEquals(EventSignature.Problem.MALFORMED_TIMESTAMP,
                EventSignature.check(SECRET, "yesterday", "x", BODY, NOW, 300));
    }

    @Test
    void shouldRefuseATimestampWhoseDistanceFromNowOverflowsALong() {
        String wrapped = String.valueOf(NOW + Long.MIN_VALUE);

        assertEquals(EventSignature.Problem.STALE_TIMESTAMP,
                EventSignature.check(SECRET, wrapped, EventSignature.sign(SECRET, wrapped, BODY), BODY, NOW, 300));
    }

    @Test
    void shouldRefuseTimestampsAtTheEndsOfTheLongRange() {
        for (long sentAt : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1}) {
            String ts = String.valueOf(sentAt);

            assertEquals(EventSignature.Problem.STALE_TIMESTAMP,
                    EventSignature.check(SECRET, ts, EventSignature.sign(SECRET, ts, BODY), BODY, NOW, 300), ts);
        }
    }

    @Test
    void shouldMeasureTheSkewExactlyAtItsEdgesEitherWay() {
        assertTrue(EventSignature.withinSkew(NOW - 300, NOW, 300));
        assertTrue(EventSignature.withinSkew(NOW + 300, NOW, 300));
        assertFalse(EventSignature.withinSkew(NOW - 301, NOW, 300));
        assertFalse(EventSignature.withinSkew(NOW + 301, NOW, 300));
    }

    @Test
    void shouldStayCorrectForClocksAndSkewsAtTheEndsOfTheLongRange() {
        assertTrue(EventSignature.withinSkew(Long.MIN_VALUE, Long.MIN_VALUE, 0));
        assertTrue(EventSignature.withinSkew(Long.MAX_VALUE, Long.MAX_VALUE, 0));
        assertFalse(EventSignature.withinSkew(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE));
        assertFalse(EventSignature.withinSkew(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));
        assertFalse(EventSignature.withinSkew(-1, Long.MAX_VALUE, Long.MAX_VALUE));
        assertTrue(EventSignature.withinSkew(0, Long.MAX_VALUE, Long.MAX_VALUE));
        assertTrue(EventSignature.withinSkew(Long.MIN_VALUE + 1, 0, Long.MAX_VALUE));
        assertFalse(EventSignature.withinSkew(Long.MIN_VALUE, 0, Long.MAX_VALUE));
        assertFalse(EventSignature.withinSkew(NOW, NOW, -1));
    }
}
