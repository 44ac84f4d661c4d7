package com.guidecommerce.core.share;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareCodesTest {

    private final ShareCodes codes = new ShareCodes("a-brand-secret-of-enough-length");

    @Test
    void shouldVerifyTheCodeItSigned() {
        String shareCode = codes.sign("G0001");

        assertTrue(shareCode.matches("G0001-[0-9a-f]{8}"), shareCode);
        assertEquals("G0001", codes.verify(shareCode));
    }

    @Test
    void shouldRejectASharerCodeEditedByHand() {
        String signature = codes.sign("G0001").substring("G0001".length());

        assertNull(codes.verify("G0002" + signature));
    }

    @Test
    void shouldRejectMalformedCodes() {
        assertNull(codes.verify(null));
        assertNull(codes.verify(""));
        assertNull(codes.verify("G0001"));
        assertNull(codes.verify("G0001-xyz"));
        assertNull(codes.verify("-0123abcd"));
    }

    @Test
    void shouldSignDifferentlyWithAnotherSecret() {
        assertNotEquals(codes.sign("G0001"), new ShareCodes("another-brand-secret-value").sign("G0001"));
    }

    @Test
    void shouldAcceptUpperCaseSignaturesAndLowerCaseCodes() {
        String shareCode = codes.sign("g0001");

        assertEquals("G0001", codes.verify(shareCode.toUpperCase()));
    }

    @Test
    void shouldRefuseAShortSecret() {
        assertThrows(IllegalArgumentException.class, () -> new ShareCodes("short"));
    }
}
