package com.guidecommerce.core.membertier.domain;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A member's current tier: GC_MEMBER_TIER_STATE, one row per member, written with plain SQL. The row is also the
 * member's lock: whoever changes a member's spend or tier holds it first. A row without a tier (a member whose spend
 * was counted but who was never placed) and a member without a row both hold the lowest tier.
 */
@Entity
@Table(name = "GC_MEMBER_TIER_STATE")
public class MemberTierStateTable {

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "TIER_CODE", length = 32)
    protected String tierCode;

    @Column(name = "SINCE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date since;

    @Column(name = "SPEND_AT_CHANGE", precision = 19, scale = 2)
    protected BigDecimal spendAtChange;
}
