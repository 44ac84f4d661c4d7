package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.MatchedByType;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.ingest.IngestPipeline;

import java.util.HashMap;
import java.util.Map;
import javax.annotation.Resource;

public class IdentityServiceImpl implements IdentityService {

    @Resource(name = "gcIngestPipeline")
    protected IngestPipeline pipeline;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Override
    public int identify(Long channelOrderId, Long customerId, String actor) {
        return pipeline.identify(channelOrderId, customerId, actor, channels(), MatchedByType.ADMIN.getType(), false);
    }

    @Override
    public int identifyByPackageCard(Long channelOrderId, Long customerId, String actor) {
        return pipeline.identify(channelOrderId, customerId, actor, channels(), MatchedByType.PACKAGE_CARD.getType(),
                true);
    }

    private Map<String, Channel> channels() {
        Map<String, Channel> channels = new HashMap<String, Channel>();
        for (Channel channel : channelService.findAll()) {
            channels.put(channel.getCode(), channel);
        }
        return channels;
    }
}
