package com.guidecommerce.core.mallorder.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;

public class MallOrderServiceImpl implements MallOrderService {

    private static final Log LOG = LogFactory.getLog(MallOrderServiceImpl.class);

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    protected ChannelIngestService ingestService;

    /** Whether a checkout also completes the order (shops without a fulfilment feed); see gc.ownMall.completeOnCheckout. */
    protected boolean completeOnCheckout;

    public void setCompleteOnCheckout(boolean completeOnCheckout) {
        this.completeOnCheckout = completeOnCheckout;
    }

    @Override
    public void recordChannelOrder(Order order, String shareCode, Date sharedAt) {
        Channel channel = channelService.findByCode(Channel.OWN_MALL);
        if (channel == null || !channel.isActive()) {
            LOG.warn("No active " + Channel.OWN_MALL + " channel: order " + order.getOrderNumber()
                    + " earns no commission and is not recorded as a channel order");
            return;
        }
        Date paidAt = order.getSubmitDate() != null ? order.getSubmitDate() : SystemTime.asDate();
        List<ChannelEvent> events = new ArrayList<ChannelEvent>();
        events.add(OwnMallEvents.paid(order, shareCode, sharedAt, paidAt));
        if (completeOnCheckout) {
            events.add(OwnMallEvents.completed(order, paidAt));
        }
        List<IngestResult> results;
        try {
            results = ingestService.ingestEvents(channel, IngestSource.MALL, events);
        } catch (ChannelException e) {
            if (!e.isSecretsNotSet()) {
                throw e;
            }
            // The shop keeps selling while HQ sets the secrets. Broadleaf keeps the order; the plugin records none of
            // it, so it earns no commission and is no purchase for bounties or fraud detection unless HQ imports it.
            LOG.error("Order " + order.getOrderNumber() + " earns no commission and is not recorded as an "
                    + Channel.OWN_MALL + " channel order: " + e.getMessage());
            return;
        }
        for (IngestResult result : results) {
            if (result.getStatus() == IngestResult.Status.REJECTED) {
                LOG.error("Order " + order.getOrderNumber() + " was not accepted as an own-mall channel order: "
                        + result.describeErrors());
            }
        }
    }
}
