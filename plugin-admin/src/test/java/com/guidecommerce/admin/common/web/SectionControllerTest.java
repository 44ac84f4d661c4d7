package com.guidecommerce.admin.common.web;

import com.guidecommerce.admin.channel.web.UnmatchedOrderController;
import com.guidecommerce.admin.commission.web.LedgerController;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs inside the Broadleaf context: Broadleaf's controller classes must load after its class transformers are in place. */
@ExtendWith(BroadleafContextExtension.class)
class SectionControllerTest {

    @Test
    void shouldServeItsOwnSectionWhenTheAddressNamesNone() {
        SectionController unmatched = new UnmatchedOrderController();

        assertEquals("gc-unmatched-order", unmatched.getSectionKey(Collections.<String, String>emptyMap()));
        assertEquals("gc-commission-entry", new LedgerController(null).getSectionKey(Collections.<String, String>emptyMap()));
        assertEquals("gc-channel-order", unmatched.getSectionKey(Collections.singletonMap("sectionKey", "gc-channel-order")));
    }
}
