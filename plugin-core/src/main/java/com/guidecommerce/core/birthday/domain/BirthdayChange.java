package com.guidecommerce.core.birthday.domain;

import java.io.Serializable;
import java.util.Date;

/** One time a member's birthday was given or changed (GC_MEMBER_BIRTHDAY_CHANGE): append-only. */
public interface BirthdayChange extends Serializable {

    Long getId();

    Long getCustomerId();

    /** The birthday before ({@code MM-DD} or {@code YYYY-MM-DD}); null the first time. */
    String getOldBirthday();

    String getNewBirthday();

    Date getChangedAt();

    /** Who changed it: the member's login, an admin user or a job. */
    String getActor();
}
