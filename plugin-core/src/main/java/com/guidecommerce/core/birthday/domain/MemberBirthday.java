package com.guidecommerce.core.birthday.domain;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * A member's birthday as the member gave it (GC_MEMBER_BIRTHDAY, one row per member), with its history of changes.
 * Written only by {@link com.guidecommerce.core.birthday.service.BirthdayService}; read-only in the admin.
 */
public interface MemberBirthday extends Serializable {

    Long getCustomerId();

    Customer getMember();

    int getMonth();

    int getDay();

    /** The birth year, or null when the member did not give it. */
    Integer getYear();

    Date getFirstSetAt();

    /** When the birthday was last given or changed (the first time, this is {@link #getFirstSetAt()}). */
    Date getChangedAt();

    /** Every time the birthday was given or changed, oldest first. */
    List<BirthdayChange> getChanges();
}
