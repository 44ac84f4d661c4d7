package com.guidecommerce.core.membertier.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A member's spend on one HQ-zone day (the day their orders were paid): paid − refunded, all channels. Mapped only so
 * that the schema tool creates GC_MEMBER_SPEND; {@link com.guidecommerce.core.membertier.dao.MemberSpendStore} writes
 * it with plain SQL, one upsert per key and batch.
 */
@Entity
@Table(name = "GC_MEMBER_SPEND")
public class MemberSpendTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal amount;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    /** Member first, then day: a member's rolling window is one range of the key. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "CUSTOMER_ID", nullable = false)
        protected Long customerId;

        @Column(name = "SPEND_DAY", nullable = false)
        @Temporal(TemporalType.DATE)
        protected Date day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).customerId.equals(customerId)
                    && ((Key) other).day.equals(day);
        }

        @Override
        public int hashCode() {
            return customerId.hashCode() * 31 + day.hashCode();
        }
    }
}
