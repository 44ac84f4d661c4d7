package com.guidecommerce.core.membertag.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** An automatic tag a member holds now: GC_MEMBER_TAG, one row per member and tag code, since when it holds it. */
@Entity
@Table(name = "GC_MEMBER_TAG")
@org.hibernate.annotations.Table(appliesTo = "GC_MEMBER_TAG", indexes = {
        @Index(name = "IX_GC_MEMBER_TAG_CODE", columnNames = {"TAG_CODE", "TAG_VALUE"})
})
public class MemberTagTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "TAG_VALUE", length = 32)
    protected String value;

    @Column(name = "SINCE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date since;

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "CUSTOMER_ID", nullable = false)
        protected Long customerId;

        @Column(name = "TAG_CODE", nullable = false, length = 32)
        protected String code;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).customerId.equals(customerId)
                    && ((Key) other).code.equals(code);
        }

        @Override
        public int hashCode() {
            return customerId.hashCode() * 31 + code.hashCode();
        }
    }
}
