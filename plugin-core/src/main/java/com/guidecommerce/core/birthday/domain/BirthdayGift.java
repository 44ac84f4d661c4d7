package com.guidecommerce.core.birthday.domain;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * A birthday gift issued to a member (GC_BIRTHDAY_GIFT): at most one per member and gift year, a Broadleaf offer
 * code of the gift offer that only this member can use, valid in the birthday's window. Read-only in the admin.
 */
public interface BirthdayGift extends Serializable {

    Long getId();

    Long getCustomerId();

    Customer getMember();

    /** The year of the birthday the gift celebrates. */
    int getGiftYear();

    /** The id of the gift's BLC_OFFER_CODE row. */
    Long getOfferCodeId();

    String getCode();

    /** The first day of the window, in HQ's zone. */
    Date getValidFrom();

    /** The last day of the window, in HQ's zone. */
    Date getValidTo();

    Date getIssuedAt();

    /** Whether an order used the code (Broadleaf recorded it in BLC_OFFER_AUDIT at checkout). */
    boolean isUsed();
}
