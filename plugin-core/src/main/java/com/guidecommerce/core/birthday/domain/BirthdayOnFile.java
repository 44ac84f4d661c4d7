package com.guidecommerce.core.birthday.domain;

import com.guidecommerce.core.birthday.rule.Birthday;

import java.io.Serializable;
import java.util.Date;

/** A member's birthday as recorded, with when it was first given and last changed. */
public final class BirthdayOnFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final Birthday birthday;
    private final Date firstSetAt;
    private final Date changedAt;

    public BirthdayOnFile(Long customerId, Birthday birthday, Date firstSetAt, Date changedAt) {
        this.customerId = customerId;
        this.birthday = birthday;
        this.firstSetAt = firstSetAt;
        this.changedAt = changedAt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Birthday getBirthday() {
        return birthday;
    }

    public Date getFirstSetAt() {
        return firstSetAt;
    }

    public Date getChangedAt() {
        return changedAt;
    }
}
