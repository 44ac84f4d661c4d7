package com.guidecommerce.admin.channel.rule;

/** Which channel codes are in use. */
public interface ChannelCodes {

    /** Whether another channel than {@code channelId} ({@code null} for a new one) has the code. */
    boolean isTaken(String code, Long channelId);
}
