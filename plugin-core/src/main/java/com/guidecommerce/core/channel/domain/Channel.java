package com.guidecommerce.core.channel.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * A sales channel whose orders earn commission: the own mall, a marketplace shop (Tmall, JD, Youzan, Douyin) or the
 * offline POS. Each has its own signing secret, time zone, commission start and return window.
 */
public interface Channel extends Serializable {

    /** Code of the Broadleaf storefront itself. */
    String OWN_MALL = "OWN_MALL";

    Long getId();

    void setId(Long id);

    String getCode();

    void setCode(String code);

    String getName();

    void setName(String name);

    /**
     * Key of the HMAC-SHA256 signature the channel puts on every event it sends. Never shown in the admin; HQ sets it
     * by rotating it (ChannelSecretService), which shows the new one once.
     */
    String getSigningSecret();

    void setSigningSecret(String signingSecret);

    /** The secret before the last rotation; signatures made with it count until {@link #getPreviousSecretValidUntil}. */
    String getPreviousSigningSecret();

    void setPreviousSigningSecret(String previousSigningSecret);

    Date getPreviousSecretValidUntil();

    void setPreviousSecretValidUntil(Date previousSecretValidUntil);

    /** How many times the secret was rotated; a rotation names the version it replaces, so two never race. */
    int getSecretVersion();

    void setSecretVersion(int secretVersion);

    Date getSecretRotatedAt();

    void setSecretRotatedAt(Date secretRotatedAt);

    /** The admin user who last rotated the secret. */
    String getSecretRotatedBy();

    void setSecretRotatedBy(String secretRotatedBy);

    String getTimeZone();

    void setTimeZone(String timeZone);

    CommissionStart getCommissionStart();

    void setCommissionStart(CommissionStart commissionStart);

    /** Days after completion during which a buyer may still return goods; commission stays frozen meanwhile. */
    int getReturnWindowDays();

    void setReturnWindowDays(int returnWindowDays);

    boolean isActive();

    void setActive(boolean active);
}
