package com.guidecommerce.core.channel.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One delivery from a channel, stored raw before it is processed (API request body, CSV rows or checkout): what came,
 * when, and what became of it. The dedupe key is set only on the delivery that was accepted, so the same event
 * delivered again finds it and is answered as a duplicate.
 */
public interface ChannelEventRecord extends Serializable {

    Long getId();

    Date getReceivedAt();

    String getChannelCode();

    String getSource();

    String getEventKey();

    String getDedupeKey();

    String getEventType();

    String getOrderNo();

    String getStatus();

    String getMessage();

    Date getProcessedAt();

    String getPayload();
}
