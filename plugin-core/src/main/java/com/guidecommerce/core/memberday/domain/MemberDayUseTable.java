package com.guidecommerce.core.memberday.domain;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * One discounted order of a member on a campaign's member day. Mapped only so that the schema tool creates
 * GC_MEMBER_DAY_USE; {@link com.guidecommerce.core.memberday.dao.MemberDayUses} writes it with plain SQL. A member
 * day allows use numbers 1 … the campaign's uses per day, and the unique key on (campaign, member, day, number) is
 * what stops two checkouts at once from both taking the last one.
 */
@Entity
@Table(name = "GC_MEMBER_DAY_USE", uniqueConstraints = @UniqueConstraint(name = "UK_GC_MEMBER_DAY_USE",
        columnNames = {"CAMPAIGN_ID", "CUSTOMER_ID", "MEMBER_DAY", "USE_NO"}))
public class MemberDayUseTable {

    /** campaign:customer:day:number, the unique key as one value. */
    @Id
    @Column(name = "USE_KEY", length = 80)
    protected String key;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    /** The member day's date in the store's zone, ISO (2026-12-09). */
    @Column(name = "MEMBER_DAY", nullable = false, length = 10)
    protected String memberDay;

    @Column(name = "USE_NO", nullable = false)
    protected Integer useNumber;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "OFFER_ID", nullable = false)
    protected Long offerId;

    @Column(name = "USED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date usedAt;
}
