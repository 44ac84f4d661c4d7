package com.guidecommerce.core.channel.service;

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
        Map<String, Channel> channels = new HashMap<String, Channel>();
        for (Channel channel : channelService.findAll()) {
            channels.put(channel.getCode(), channel);
        }
        return pipeline.identify(channelOrderId, customerId, actor, channels);
    }
}
