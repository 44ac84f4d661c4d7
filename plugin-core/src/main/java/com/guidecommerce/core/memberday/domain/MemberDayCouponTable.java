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
 * A member's claimed member-day coupon: one personal Broadleaf offer code of the benefit's coupon offer per campaign,
 * member and member day. Mapped only so that the schema tool creates GC_MEMBER_DAY_COUPON;
 * {@link com.guidecommerce.core.memberday.dao.MemberDayCoupons} writes it with plain SQL. The unique key on
 * (campaign, member, day) is what makes two claims at once issue one code.
 */
@Entity
@Table(name = "GC_MEMBER_DAY_COUPON", uniqueConstraints = @UniqueConstraint(name = "UK_GC_MEMBER_DAY_COUPON",
        columnNames = {"CAMPAIGN_ID", "CUSTOMER_ID", "MEMBER_DAY"}))
public class MemberDayCouponTable {

    /** campaign:customer:day, the unique key as one value. */
    @Id
    @Column(name = "COUPON_KEY", length = 80)
    protected String key;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    /** The member day's date in the mall's zone, ISO (2026-12-09). */
    @Column(name = "MEMBER_DAY", nullable = false, length = 10)
    protected String memberDay;

    @Column(name = "TIER_CODE", nullable = false, length = 32)
    protected String tierCode;

    @Column(name = "OFFER_ID", nullable = false)
    protected Long offerId;

    /** Set in the claim's transaction right after the row; never null once committed. */
    @Column(name = "OFFER_CODE_ID")
    protected Long offerCodeId;

    @Column(name = "OFFER_CODE", length = 32)
    protected String offerCode;

    /** The last moment the code works: the end of the member day in the mall's zone. */
    @Column(name = "VALID_UNTIL", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date validUntil;

    @Column(name = "CLAIMED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date claimedAt;
}
