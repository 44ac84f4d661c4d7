package com.guidecommerce.core.distribution.rule;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistributorHeirsTest {

    private static final Long PRIMARY = 1L;
    private static final Long COLLEAGUE = 2L;

    @Test
    void shouldSendADistributorWhoIsAHandedOverMemberToThatMembersHeir() {
        Map<Long, Long> handover = new HashMap<Long, Long>();
        handover.put(101L, COLLEAGUE);
        handover.put(102L, PRIMARY);

        DistributorHeirs heirs = new DistributorHeirs(handover, PRIMARY);

        assertEquals(COLLEAGUE, heirs.heirOf(101L));
        assertEquals(PRIMARY, heirs.heirOf(102L));
    }

    @Test
    void shouldSendADistributorWhoIsNotAmongTheMembersToThePrimaryHeir() {
        DistributorHeirs heirs = new DistributorHeirs(Collections.singletonMap(101L, COLLEAGUE), PRIMARY);

        assertEquals(PRIMARY, heirs.heirOf(999L));
    }

    @Test
    void shouldSendEveryDistributorToThePrimaryHeirWhenTheGuideHasNoMembers() {
        DistributorHeirs heirs = new DistributorHeirs(Collections.<Long, Long>emptyMap(), PRIMARY);

        assertEquals(PRIMARY, heirs.heirOf(101L));
    }

    @Test
    void shouldRefuseADepartureWithoutAPrimaryHeir() {
        assertThrows(IllegalArgumentException.class,
                () -> new DistributorHeirs(Collections.singletonMap(101L, COLLEAGUE), null));
    }
}
