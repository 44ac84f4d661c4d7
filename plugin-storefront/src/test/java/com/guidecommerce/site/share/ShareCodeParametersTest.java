package com.guidecommerce.site.share;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShareCodeParametersTest {

    @Test
    void shouldLogATamperedCodeAsTyped() {
        assertEquals("G0002-3f9a2c1b", ShareLinkInterceptor.printable("G0002-3f9a2c1b"));
    }

    @Test
    void shouldNotLetACodeForgeLogLines() {
        assertEquals("G0001??FAKE?ERROR", ShareLinkInterceptor.printable("G0001\r\nFAKE ERROR"));
    }

    @Test
    void shouldCutALongCodeShort() {
        String code = "G" + new String(new char[100]).replace('\0', '1');

        assertEquals(43, ShareLinkInterceptor.printable(code).length());
    }
}
