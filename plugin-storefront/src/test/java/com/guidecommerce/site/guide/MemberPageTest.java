package com.guidecommerce.site.guide;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberPageTest {

    @Test
    void shouldStartOnTheFirstPageWhenNoneIsRequested() {
        MemberPage page = MemberPage.of(null, 45);

        assertEquals(1, page.getNumber());
        assertEquals(0, page.getOffset());
        assertEquals(3, page.getTotalPages());
        assertFalse(page.isHasPrevious());
        assertTrue(page.isHasNext());
    }

    @Test
    void shouldStartTheThirdPageAfterForty() {
        MemberPage page = MemberPage.of("3", 45);

        assertEquals(40, page.getOffset());
        assertTrue(page.isHasPrevious());
        assertFalse(page.isHasNext());
    }

    @Test
    void shouldFallBackToTheLastPageWhenThePageIsBeyondTheMembers() {
        assertEquals(3, MemberPage.of("99", 45).getNumber());
    }

    @Test
    void shouldFallBackToTheFirstPageForNonsense() {
        assertEquals(1, MemberPage.of("abc", 45).getNumber());
        assertEquals(1, MemberPage.of("-2", 45).getNumber());
    }

    @Test
    void shouldHaveOneEmptyPageWithoutMembers() {
        MemberPage page = MemberPage.of("2", 0);

        assertEquals(1, page.getNumber());
        assertEquals(1, page.getTotalPages());
        assertEquals(0, page.getOffset());
    }

    @Test
    void shouldFitExactlyTwentyMembersOnOnePage() {
        assertEquals(1, MemberPage.of(null, 20).getTotalPages());
        assertEquals(2, MemberPage.of(null, 21).getTotalPages());
    }
}
