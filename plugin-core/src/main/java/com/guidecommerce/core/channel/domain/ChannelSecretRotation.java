package com.guidecommerce.core.channel.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One rotation of a channel's signing secret: who rotated it, when, and until when the secret it replaced was still
 * accepted. Never the secret itself. Append-only.
 */
public interface ChannelSecretRotation extends Serializable {

    Long getId();

    Long getChannelId();

    String getChannelCode();

    /** The channel's secret version after this rotation (1 for the first). */
    int getSecretVersion();

    Date getRotatedAt();

    String getRotatedBy();

    /** Until when the replaced secret was accepted; {@code null} when the channel had none before. */
    Date getPreviousValidUntil();
}
