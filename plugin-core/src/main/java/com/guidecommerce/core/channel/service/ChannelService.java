package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;

import java.util.List;

/** The channel registry. */
public interface ChannelService {

    /** The channel with this code, or {@code null}. */
    Channel findByCode(String code);

    List<Channel> findAll();

    /** A stored delivery (its payload and outcome), or {@code null}. */
    ChannelEventRecord findEvent(Long eventId);
}
