package com.guidecommerce.core.distribution.rule;

import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatusChangesTest {

    @Test
    void shouldApproveAPendingDistributor() {
        assertEquals(DistributorStatus.ACTIVE,
                StatusChanges.apply(DistributorAction.APPROVED, DistributorStatus.PENDING, "D001000"));
    }

    @Test
    void shouldSuspendAndReactivate() {
        assertEquals(DistributorStatus.SUSPENDED,
                StatusChanges.apply(DistributorAction.SUSPENDED, DistributorStatus.ACTIVE, "D001000"));
        assertEquals(DistributorStatus.ACTIVE,
                StatusChanges.apply(DistributorAction.REACTIVATED, DistributorStatus.SUSPENDED, "D001000"));
    }

    @Test
    void shouldKeepTheStatusOnAMove() {
        assertEquals(DistributorStatus.SUSPENDED,
                StatusChanges.apply(DistributorAction.MOVED, DistributorStatus.SUSPENDED, "D001000"));
    }

    @Test
    void shouldEndAnyoneNotEndedYet() {
        assertEquals(DistributorStatus.ENDED,
                StatusChanges.apply(DistributorAction.ENDED, DistributorStatus.PENDING, "D001000"));
    }

    @Test
    void shouldRefuseToApproveAnActiveDistributor() {
        DistributionException refused = assertThrows(DistributionException.class,
                () -> StatusChanges.apply(DistributorAction.APPROVED, DistributorStatus.ACTIVE, "D001000"));

        assertEquals(DistributionError.ACTION_NOT_ALLOWED, refused.getError());
        assertEquals("D001000", refused.getArguments()[0]);
    }

    @Test
    void shouldRefuseToMoveOrEndAnEndedDistributor() {
        assertThrows(DistributionException.class,
                () -> StatusChanges.apply(DistributorAction.MOVED, DistributorStatus.ENDED, "D001000"));
        assertThrows(DistributionException.class,
                () -> StatusChanges.apply(DistributorAction.ENDED, DistributorStatus.ENDED, "D001000"));
    }

    @Test
    void shouldOfferOnlyTheActionsThatApplyToTheStatus() {
        assertEquals(Arrays.asList(DistributorAction.APPROVED, DistributorAction.MOVED, DistributorAction.ENDED),
                StatusChanges.available(DistributorStatus.PENDING));
        assertEquals(Arrays.asList(DistributorAction.MOVED, DistributorAction.SUSPENDED, DistributorAction.ENDED),
                StatusChanges.available(DistributorStatus.ACTIVE));
        assertEquals(Collections.emptyList(), StatusChanges.available(DistributorStatus.ENDED));
    }

    @Test
    void shouldRequireAReason() {
        DistributionException refused = assertThrows(DistributionException.class,
                () -> StatusChanges.requireReason("  "));

        assertEquals(DistributionError.REASON_REQUIRED, refused.getError());
        assertEquals("fraud", StatusChanges.requireReason(" fraud "));
    }
}
