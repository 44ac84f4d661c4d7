package com.guidecommerce.core.membertier.dao;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one batch adds to one member-day of spend (negative for refunds). */
public final class SpendDelta implements Comparable<SpendDelta> {

    private final Long customerId;
    private final LocalDate day;
    private final BigDecimal amount;

    public SpendDelta(Long customerId, LocalDate day, BigDecimal amount) {
        this.customerId = customerId;
        this.day = day;
        this.amount = amount;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public int compareTo(SpendDelta other) {
        int byMember = customerId.compareTo(other.customerId);
        return byMember != 0 ? byMember : day.compareTo(other.day);
    }
}
