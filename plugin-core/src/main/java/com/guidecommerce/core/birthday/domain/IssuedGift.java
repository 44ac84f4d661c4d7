package com.guidecommerce.core.birthday.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;

/** A birthday gift as issued: its offer code, the days it is valid (HQ's zone, both included) and whether it was used. */
public final class IssuedGift implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final int giftYear;
    private final Long offerCodeId;
    private final String code;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final Date issuedAt;
    private final boolean used;

    public IssuedGift(Long customerId, int giftYear, Long offerCodeId, String code, LocalDate validFrom,
                      LocalDate validTo, Date issuedAt, boolean used) {
        this.customerId = customerId;
        this.giftYear = giftYear;
        this.offerCodeId = offerCodeId;
        this.code = code;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.issuedAt = issuedAt;
        this.used = used;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public int getGiftYear() {
        return giftYear;
    }

    public Long getOfferCodeId() {
        return offerCodeId;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Date getIssuedAt() {
        return issuedAt;
    }

    public boolean isUsed() {
        return used;
    }

    /** Whether the code can still be used on {@code day} (HQ's zone). */
    public boolean isOpenOn(LocalDate day) {
        return !used && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    @Override
    public String toString() {
        return "gift " + giftYear + " of member " + customerId + ": " + code + " " + validFrom + ".." + validTo
                + (used ? " (used)" : "");
    }
}
