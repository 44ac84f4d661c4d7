package com.guidecommerce.site.channel;

/**
 * The channel API's limits from the runtime properties {@code gc.channel.maxBodyBytes} and
 * {@code gc.channel.signatureSkewSeconds}. A bean of the root context (gcChannelApiLimits), where Broadleaf resolves
 * property placeholders, so the host's DispatcherServlet context needs no placeholder configurer of its own.
 */
public class ChannelApiLimits {

    private final int maxBodyBytes;
    private final long signatureSkewSeconds;

    public ChannelApiLimits(int maxBodyBytes, long signatureSkewSeconds) {
        if (maxBodyBytes < 1 || signatureSkewSeconds < 0) {
            throw new IllegalArgumentException("gc.channel.maxBodyBytes must be positive and "
                    + "gc.channel.signatureSkewSeconds not negative");
        }
        this.maxBodyBytes = maxBodyBytes;
        this.signatureSkewSeconds = signatureSkewSeconds;
    }

    /** Largest request body accepted; a larger one is refused before it is read to the end. */
    public int getMaxBodyBytes() {
        return maxBodyBytes;
    }

    /** How far a request's timestamp may be from the server's clock, either way. */
    public long getSignatureSkewSeconds() {
        return signatureSkewSeconds;
    }
}
