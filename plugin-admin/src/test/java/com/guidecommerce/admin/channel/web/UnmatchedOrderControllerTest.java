package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.channel.handler.ChannelOrderListPersistenceHandler;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Runs inside the Broadleaf context: Broadleaf's controller classes must load after its class transformers are in place. */
@ExtendWith(BroadleafContextExtension.class)
class UnmatchedOrderControllerTest {

    private final UnmatchedOrderController controller = new UnmatchedOrderController();

    @Test
    void shouldMarkEveryRequestAsTheUnmatchedQueue() {
        assertArrayEquals(new String[] {ChannelOrderListPersistenceHandler.UNMATCHED_ONLY}, controller.getSectionCustomCriteria());
    }
}
