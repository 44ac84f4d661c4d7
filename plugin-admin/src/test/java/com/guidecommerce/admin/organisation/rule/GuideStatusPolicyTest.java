package com.guidecommerce.admin.organisation.rule;

import org.junit.jupiter.api.Test;

import static com.guidecommerce.core.organisation.domain.GuideStatus.ACTIVE;
import static com.guidecommerce.core.organisation.domain.GuideStatus.DEPARTED;
import static com.guidecommerce.core.organisation.domain.GuideStatus.SUSPENDED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideStatusPolicyTest {

    @Test
    void shouldRefuseToMakeDepartedGuideActive() {
        assertFalse(GuideStatusPolicy.canMove(DEPARTED, ACTIVE));
    }

    @Test
    void shouldRefuseToMakeDepartedGuideSuspended() {
        assertFalse(GuideStatusPolicy.canMove(DEPARTED, SUSPENDED));
    }

    @Test
    void shouldLetDepartedGuideBeSavedAsDeparted() {
        assertTrue(GuideStatusPolicy.canMove(DEPARTED, DEPARTED));
    }

    @Test
    void shouldLetActiveAndSuspendedGuidesMoveBetweenEachOther() {
        assertTrue(GuideStatusPolicy.canMove(ACTIVE, SUSPENDED));
        assertTrue(GuideStatusPolicy.canMove(SUSPENDED, ACTIVE));
        assertFalse(GuideStatusPolicy.bypassesDeparture(ACTIVE, SUSPENDED));
        assertFalse(GuideStatusPolicy.bypassesDeparture(SUSPENDED, ACTIVE));
    }

    @Test
    void shouldLeaveDepartingToTheDeparturePage() {
        assertTrue(GuideStatusPolicy.bypassesDeparture(ACTIVE, DEPARTED));
        assertTrue(GuideStatusPolicy.bypassesDeparture(SUSPENDED, DEPARTED));
    }

    @Test
    void shouldNotCallANewOrDepartedGuideABypass() {
        assertFalse(GuideStatusPolicy.bypassesDeparture(null, DEPARTED));
        assertFalse(GuideStatusPolicy.bypassesDeparture(DEPARTED, DEPARTED));
    }
}
