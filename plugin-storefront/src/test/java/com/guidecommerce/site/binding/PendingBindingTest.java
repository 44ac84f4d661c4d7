package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.domain.BindingSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingBindingTest {

    private static final Date NOW = new Date(1_700_000_000_000L);

    @Test
    void shouldReplaceNothing() {
        assertTrue(scan("G0001").replaces(null));
        assertTrue(share("G0001").replaces(null));
    }

    @Test
    void shouldLetANewerScanReplaceAnEarlierScan() {
        assertTrue(scan("G0002").replaces(scan("G0001")));
    }

    @Test
    void shouldLetAScanReplaceAShareLink() {
        assertTrue(scan("G0002").replaces(share("G0001")));
    }

    @Test
    void shouldNotLetAShareLinkReplaceAScan() {
        assertFalse(share("G0002").replaces(scan("G0001")));
    }

    @Test
    void shouldLetANewerShareLinkReplaceAnEarlierShareLink() {
        assertTrue(share("G0002").replaces(share("G0001")));
    }

    @Test
    void shouldKeepTheScannedGuideInTheSessionWhenAShareLinkFollows() {
        MockHttpSession session = new MockHttpSession();

        PendingBindingStore.offer(session, scan("G0001"));
        PendingBindingStore.offer(session, share("G0002"));

        assertEquals("G0001", PendingBindingStore.current(session).getGuideCode());
        assertEquals(BindingSource.STORE_QR, PendingBindingStore.current(session).getSource());
    }

    @Test
    void shouldForgetThePendingBindingWhenCleared() {
        MockHttpSession session = new MockHttpSession();
        PendingBindingStore.offer(session, scan("G0001"));

        PendingBindingStore.clear(session);

        assertNull(PendingBindingStore.current(session));
    }

    @Test
    void shouldHaveNoPendingBindingWithoutASession() {
        assertNull(PendingBindingStore.current(null));
    }

    private static PendingBinding scan(String guideCode) {
        return new PendingBinding(guideCode, BindingSource.STORE_QR, NOW);
    }

    private static PendingBinding share(String guideCode) {
        return new PendingBinding(guideCode, BindingSource.SHARE_LINK, NOW);
    }
}
