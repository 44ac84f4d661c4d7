package com.guidecommerce.core.job;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A node's name in locks and run records: the configured name or the process id, at the host. */
class NodeNameTest {

    @Test
    void shouldNameTheNodeByItsConfiguredNameAtItsHost() {
        assertEquals("admin-1@shop-host", new NodeName(" admin-1 ", "shop-host", "4242").get());
    }

    @Test
    void shouldFallBackToTheProcessIdSoTwoNodesOnOneHostDiffer() {
        assertEquals("4242@shop-host", new NodeName("", "shop-host", "4242").get());
        assertEquals("4243@shop-host", new NodeName(null, "shop-host", "4243").get());
    }

    @Test
    void shouldKeepTheNameWithinTheLockColumn() {
        String longName = new String(new char[300]).replace('\0', 'n');

        assertEquals(255, new NodeName(longName, "host", "1").get().length());
    }

    @Test
    void shouldNameThisJvmAfterItsOwnProcessWhenNothingIsConfigured() {
        String jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

        String name = new NodeName("").get();

        assertEquals(jvm.substring(0, jvm.indexOf('@')), name.substring(0, name.indexOf('@')));
    }
}
