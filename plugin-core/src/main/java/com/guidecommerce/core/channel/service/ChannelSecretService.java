package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.ChannelSecretRotation;

import java.util.List;

/**
 * Rotates channels' signing secrets. A rotation draws a new secret, which the caller shows once and which is stored
 * only as the channel's secret; the secret it replaces keeps verifying for the grace period
 * ({@code gc.channel.secretGraceHours}), so the channel can switch without losing deliveries. Every rotation is
 * recorded with who made it and when, never with a secret. Bean {@code gcChannelSecretService}.
 */
public interface ChannelSecretService {

    /** No channel has the id. */
    String UNKNOWN_CHANNEL = "UNKNOWN_CHANNEL";
    /** The secret was rotated since the caller looked at it; nothing changed. */
    String ROTATED_MEANWHILE = "SECRET_ROTATED_MEANWHILE";

    /**
     * Gives the channel a new secret.
     *
     * @param expectedVersion the channel's secret version the admin user saw; when another rotation came first the
     *                        request is refused ({@link #ROTATED_MEANWHILE}), so a form sent twice never rotates twice
     * @param endPreviousNow  stop accepting the replaced secret at once (it leaked) instead of after the grace period
     * @throws ChannelException {@link #UNKNOWN_CHANNEL} or {@link #ROTATED_MEANWHILE}
     */
    RotatedSecret rotate(Long channelId, int expectedVersion, boolean endPreviousNow, String actor);

    /** The channel's rotations, newest first. */
    List<ChannelSecretRotation> findRotations(Long channelId);

    /** How long a replaced secret keeps verifying. */
    int getGraceHours();
}
