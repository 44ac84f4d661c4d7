package com.guidecommerce.site.share;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareContextTest {

    private static final Date NOW = new Date(1_700_000_000_000L);

    @Test
    void shouldKeepTheSharerAndTimeInTheSession() {
        MockHttpSession session = new MockHttpSession();

        new ShareContext("G0001", NOW, null).storeIn(session);

        assertEquals("G0001", ShareContext.current(session).getSharerCode());
        assertEquals(NOW, ShareContext.current(session).getSharedAt());
    }

    @Test
    void shouldKnowItWasAppliedToTheSameMemberForTheSameSharer() {
        ShareContext context = new ShareContext("G0001", NOW, 42L);

        assertTrue(context.isAppliedTo("G0001", 42L));
        assertFalse(context.isAppliedTo("G0001", 43L));
        assertFalse(context.isAppliedTo("G0002", 42L));
    }

    @Test
    void shouldNotCountAnAnonymousVisitAsApplied() {
        assertFalse(new ShareContext("G0001", NOW, null).isAppliedTo("G0001", 42L));
    }

    @Test
    void shouldHaveNoContextInAFreshSession() {
        assertNull(ShareContext.current(new MockHttpSession()));
    }
}
