package com.guidecommerce.core.share;

import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareCodesTest {

    private static final String SECRET = "a-brand-secret-of-enough-length";
    private static final String PLACEHOLDER = "change-me-guide-commerce-share-secret";
    /** HMAC-SHA256 of "G0001" with SECRET, from {@code printf G0001 | openssl dgst -sha256 -hmac SECRET}. */
    private static final String G0001_HMAC = "d931d8b71bd9e40840f178d71a94d0271cb7f69222bd16fa3d8fdf3c47327abf";
    private static final String LEGACY_G0001 = "G0001-" + G0001_HMAC.substring(0, 8);
    /** The last day of the grace period in Shanghai ends at 16:00 UTC. */
    private static final String LAST_LEGACY_DAY = "2027-03-31";
    private static final Instant GRACE_ENDS = Instant.parse("2027-03-31T16:00:00Z");

    private final ShareCodes codes = new ShareCodes(SECRET, LAST_LEGACY_DAY, "Asia/Shanghai");

    @AfterEach
    void resetClock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldSignWithTheFirstSixtyFourBitsOfTheHmacOfTheSharerCode() {
        assertEquals("G0001-" + G0001_HMAC.substring(0, 16), codes.sign("G0001"));
    }

    @Test
    void shouldVerifyTheCodeItSigned() {
        assertEquals("G0001", codes.verify(codes.sign("G0001")));
    }

    @Test
    void shouldRejectASharerCodeEditedByHand() {
        String signature = codes.sign("G0001").substring("G0001".length());

        assertNull(codes.verify("G0002" + signature));
    }

    @Test
    void shouldRejectASignatureWithOneDigitChanged() {
        String shareCode = codes.sign("G0001");
        char last = shareCode.charAt(shareCode.length() - 1);

        assertNull(codes.verify(shareCode.substring(0, shareCode.length() - 1) + (last == '0' ? '1' : '0')));
    }

    @Test
    void shouldRejectMalformedCodes() {
        assertNull(codes.verify(null));
        assertNull(codes.verify(""));
        assertNull(codes.verify("G0001"));
        assertNull(codes.verify("G0001-xyz"));
        assertNull(codes.verify("-0123abcd0123abcd"));
        assertNull(codes.verify("G0001-" + G0001_HMAC.substring(0, 12)), "neither the long nor the legacy length");
    }

    @Test
    void shouldSignDifferentlyWithAnotherSecret() {
        assertNotEquals(codes.sign("G0001"), new ShareCodes("another-brand-secret-value").sign("G0001"));
    }

    @Test
    void shouldAcceptUpperCaseSignaturesAndLowerCaseCodes() {
        String shareCode = codes.sign("g0001");

        assertEquals("G0001", codes.verify(shareCode.toUpperCase()));
        assertEquals("G0001", codes.verify(shareCode.toLowerCase()));
    }

    @Test
    void shouldAcceptALegacyCodeUntilTheEndOfTheLastGraceDayInHqsTimeZone() {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(GRACE_ENDS.toEpochMilli() - 1));

        assertEquals("G0001", codes.verify(LEGACY_G0001));
        assertEquals("G0001", codes.verify(LEGACY_G0001.toUpperCase()));
    }

    @Test
    void shouldRefuseALegacyCodeOnceTheGracePeriodIsOver() {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(GRACE_ENDS.toEpochMilli()));

        assertNull(codes.verify(LEGACY_G0001));
        assertEquals("G0001", codes.verify(codes.sign("G0001")), "long codes are not affected");
    }

    @Test
    void shouldRefuseATamperedLegacyCodeWithinTheGracePeriod() {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(GRACE_ENDS.toEpochMilli() - 1));

        assertNull(codes.verify("G0002" + LEGACY_G0001.substring("G0001".length())));
    }

    @Test
    void shouldRefuseLegacyCodesWhenNoGracePeriodIsConfigured() {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(GRACE_ENDS.toEpochMilli() - 1));

        assertNull(new ShareCodes(SECRET, "", "Asia/Shanghai").verify(LEGACY_G0001));
        assertNull(new ShareCodes(SECRET).verify(LEGACY_G0001));
    }

    @Test
    void shouldHonourNothingWhileTheSecretIsAPlaceholder() {
        ShareCodes placeholder = new ShareCodes(PLACEHOLDER, LAST_LEGACY_DAY, "Asia/Shanghai");
        // Signed with the shipped placeholder: printf G0001 | openssl dgst -sha256 -hmac <PLACEHOLDER>
        String forged = "G0001-5a306ea1cab75e1d";

        assertFalse(placeholder.isHonoured());
        assertNull(placeholder.verify(forged));
        assertThrows(IllegalStateException.class, () -> placeholder.sign("G0001"));
    }

    @Test
    void shouldHonourCodesUnderARealSecret() {
        assertTrue(codes.isHonoured());
    }

    @Test
    void shouldRefuseAGraceDateThatIsNotAnIsoDate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShareCodes(SECRET, "31.03.2027", "Asia/Shanghai"));

        assertTrue(e.getMessage().contains("gc.share.legacyCodesAcceptedUntil"), e.getMessage());
    }
}
