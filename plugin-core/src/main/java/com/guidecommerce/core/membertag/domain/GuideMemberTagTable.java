package com.guidecommerce.core.membertag.domain;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A free tag a guide gave one of their members: GC_GUIDE_MEMBER_TAG, private to that guide. */
@Entity
@Table(name = "GC_GUIDE_MEMBER_TAG")
public class GuideMemberTagTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    /** Guide first: a guide's tags are one range of the key. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "GUIDE_ID", nullable = false)
        protected Long guideId;

        @Column(name = "CUSTOMER_ID", nullable = false)
        protected Long customerId;

        @Column(name = "TAG", nullable = false, length = 32)
        protected String tag;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).guideId.equals(guideId)
                    && ((Key) other).customerId.equals(customerId) && ((Key) other).tag.equals(tag);
        }

        @Override
        public int hashCode() {
            return (guideId.hashCode() * 31 + customerId.hashCode()) * 31 + tag.hashCode();
        }
    }
}
