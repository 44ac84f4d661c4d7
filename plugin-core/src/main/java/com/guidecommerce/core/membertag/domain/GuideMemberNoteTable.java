package com.guidecommerce.core.membertag.domain;

import org.hibernate.annotations.Index;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A note a guide wrote about one of their members: GC_GUIDE_MEMBER_NOTE, private to that guide. */
@Entity
@Table(name = "GC_GUIDE_MEMBER_NOTE")
@org.hibernate.annotations.Table(appliesTo = "GC_GUIDE_MEMBER_NOTE", indexes = {
        @Index(name = "IX_GC_GUIDE_MEMBER_NOTE_KEY", columnNames = {"GUIDE_ID", "CUSTOMER_ID"})
})
public class GuideMemberNoteTable {

    @Id
    @Column(name = "NOTE_ID")
    protected Long id;

    @Column(name = "GUIDE_ID", nullable = false)
    protected Long guideId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "BODY", nullable = false, length = 1000)
    protected String body;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;
}
