package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.channel.handler.ChannelOrderListPersistenceHandler;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs inside the Broadleaf context: Broadleaf's controller classes must load after its class transformers are in place. */
@ExtendWith(BroadleafContextExtension.class)
class UnmatchedOrderControllerTest {

    private final UnmatchedOrderController controller = new UnmatchedOrderController();

    @Test
    void shouldServeItsOwnSectionWhenTheAddressNamesNone() {
        assertEquals("gc-unmatched-order", controller.getSectionKey(Collections.<String, String>emptyMap()));
        assertEquals("gc-channel-order", controller.getSectionKey(Collections.singletonMap("sectionKey", "gc-channel-order")));
    }

    @Test
    void shouldMarkEveryRequestAsTheUnmatchedQueue() {
        assertArrayEquals(new String[] {ChannelOrderListPersistenceHandler.UNMATCHED_ONLY}, controller.getSectionCustomCriteria());
    }
}
