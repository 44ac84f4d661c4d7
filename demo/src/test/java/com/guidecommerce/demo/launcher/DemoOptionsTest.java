package com.guidecommerce.demo.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's options for a further node of a cluster: the storefront alone, under a name of its own. */
class DemoOptionsTest {

    @Test
    void shouldStartAStorefrontNodeUnderItsOwnName() {
        DemoOptions options = DemoOptions.parse(new String[] {"--mysql", "jdbc:mysql://db/gcdemo", "--site-only",
            "--site-port", "8090", "--node-name", "shop-2"});

        assertTrue(options.siteOnly);
        assertEquals("shop-2", options.nodeName);
        assertEquals(8090, options.sitePort);
    }

    @Test
    void shouldStartSiteAndAdminUnnamedByDefault() {
        DemoOptions options = DemoOptions.parse(new String[0]);

        assertFalse(options.siteOnly);
        assertEquals("", options.nodeName);
    }

    @Test
    void shouldRefuseANodeNameOptionWithoutAName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DemoOptions.parse(new String[] {"--node-name"}));

        assertTrue(refused.getMessage().startsWith("--node-name needs a value"), refused.getMessage());
    }
}
