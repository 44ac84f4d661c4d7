package com.guidecommerce.core.channel.service;

import java.util.Date;

/** The outcome of a rotation: the new secret, to be shown once and then forgotten. */
public final class RotatedSecret {

    private final String channelCode;
    private final String secret;
    private final int secretVersion;
    private final Date previousValidUntil;

    public RotatedSecret(String channelCode, String secret, int secretVersion, Date previousValidUntil) {
        this.channelCode = channelCode;
        this.secret = secret;
        this.secretVersion = secretVersion;
        this.previousValidUntil = previousValidUntil;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getSecret() {
        return secret;
    }

    public int getSecretVersion() {
        return secretVersion;
    }

    /** Until when the replaced secret still verifies; {@code null} when there was none or it ended at once. */
    public Date getPreviousValidUntil() {
        return previousValidUntil;
    }
}
