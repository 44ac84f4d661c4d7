package com.guidecommerce.core.membertag.domain;

import org.hibernate.annotations.Index;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Every change of a member's automatic tags: GC_MEMBER_TAG_HISTORY. A tag gained has no old value row, a tag lost no
 * new one ({@code CHANGE_TYPE} ADDED, CHANGED, REMOVED); {@code CAUSE} says what recomputed it (ORDERS, BINDING, JOB).
 */
@Entity
@Table(name = "GC_MEMBER_TAG_HISTORY")
@org.hibernate.annotations.Table(appliesTo = "GC_MEMBER_TAG_HISTORY", indexes = {
        @Index(name = "IX_GC_MEMBER_TAG_HISTORY_MEMBER", columnNames = {"CUSTOMER_ID", "CHANGED_AT"})
})
public class MemberTagHistoryTable {

    @Id
    @Column(name = "HISTORY_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "TAG_CODE", nullable = false, length = 32)
    protected String code;

    @Column(name = "OLD_VALUE", length = 32)
    protected String oldValue;

    @Column(name = "NEW_VALUE", length = 32)
    protected String newValue;

    @Column(name = "CHANGE_TYPE", nullable = false, length = 16)
    protected String changeType;

    @Column(name = "CAUSE", nullable = false, length = 16)
    protected String cause;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date changedAt;
}
