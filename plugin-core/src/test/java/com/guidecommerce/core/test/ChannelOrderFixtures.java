package com.guidecommerce.core.test;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Members' channel orders made the way channels make them: one-line events through the real ingest pipeline, each
 * required to be accepted, at the test clock's time ({@code SystemTime}).
 */
public class ChannelOrderFixtures {

    private final ApplicationContext context;
    private final ChannelService channelService;
    private final ChannelIngestService ingestService;

    public ChannelOrderFixtures(ApplicationContext context) {
        this.context = context;
        this.channelService = context.getBean("gcChannelService", ChannelService.class);
        this.ingestService = context.getBean("gcChannelIngestService", ChannelIngestService.class);
    }

    /** The own mall's channel, created unless the database has it. */
    public Channel ownMall() {
        new CommissionFixtures(context).ownMallChannel();
        return channelService.findByCode(Channel.OWN_MALL);
    }

    /** The member's order, paid now. */
    public void paid(Channel channel, Customer member, String orderNo, String amount) {
        ingest(channel, ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(SystemTime.asDate())
                .memberNo(String.valueOf(member.getId())).line(line(amount)).build());
    }

    /** The member's order, paid now, through the share with this (signed) code followed at {@code sharedAt}. */
    public void paidThroughShare(Channel channel, Customer member, String orderNo, String amount, String shareCode,
                                 Date sharedAt) {
        ingest(channel, ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(SystemTime.asDate())
                .memberNo(String.valueOf(member.getId())).share(shareCode, sharedAt).line(line(amount)).build());
    }

    public void completed(Channel channel, String orderNo) {
        ingest(channel, ChannelEvent.builder(EventType.ORDER_COMPLETED, orderNo).occurredAt(SystemTime.asDate())
                .build());
    }

    /** A refund of {@code amount} of the order's line, numbered after the order and the amount. */
    public void refunded(Channel channel, String orderNo, String amount) {
        ingest(channel, ChannelEvent.builder(EventType.REFUND, orderNo).refundNo("R-" + orderNo + "-" + amount)
                .occurredAt(SystemTime.asDate()).line(EventLine.refund("1", new BigDecimal(amount))).build());
    }

    private void ingest(Channel channel, ChannelEvent event) {
        IngestResult result = ingestService.ingest(channel, IngestSource.API, event);
        assertEquals(IngestResult.Status.ACCEPTED, result.getStatus(), result.describeErrors());
    }

    private static EventLine line(String amount) {
        return new EventLine("1", null, null, null, null, 1, new BigDecimal(amount));
    }
}
