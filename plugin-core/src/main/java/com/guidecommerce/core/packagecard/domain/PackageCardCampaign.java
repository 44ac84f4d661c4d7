package com.guidecommerce.core.packagecard.domain;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Store;

import java.io.Serializable;
import java.util.Date;

/**
 * A package-card campaign (公转私): the cards a brand puts in the parcels of one channel (and, optionally, of one
 * store's orders) during a period. A scanned card binds the buyer to a guide of the order's store, or of the
 * campaign's store when the order names none.
 */
public interface PackageCardCampaign extends Serializable {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    /** The platform whose parcels carry the cards. */
    Channel getChannel();

    void setChannel(Channel channel);

    /**
     * The campaign's store: only its parcels (and those of orders naming no store) carry the campaign's cards, and a
     * card binds to its guide when the order names no store. {@code null}: every store's parcels.
     */
    Store getStore();

    void setStore(Store store);

    /** Paid orders from this moment on count as cards issued. */
    Date getActiveFrom();

    void setActiveFrom(Date activeFrom);

    /** End of the period (exclusive); {@code null} while the campaign runs on. */
    Date getActiveTo();

    void setActiveTo(Date activeTo);

    /** Days after a claim within which the member's first paid order counts as the card's conversion. */
    int getFirstOrderWindowDays();

    void setFirstOrderWindowDays(int days);

    /** The card's headline, printed under the brand; {@code null}: the admin's default text. */
    String getHeadline();

    void setHeadline(String headline);

    /** What the buyer gets for scanning, printed under the headline; {@code null}: the admin's default text. */
    String getBenefit();

    void setBenefit(String benefit);
}
