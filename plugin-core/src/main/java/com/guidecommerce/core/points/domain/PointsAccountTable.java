package com.guidecommerce.core.points.domain;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A member's points balance, one row per member: the sums of the member's AVAILABLE and PENDING entries. Mapped only
 * so that the schema tool creates GC_POINTS_ACCOUNT; written with plain SQL. Whoever spends or moves available points
 * locks this row first ({@code SELECT … FOR UPDATE}), so two spends of one member queue behind each other.
 */
@Entity
@Table(name = "GC_POINTS_ACCOUNT")
public class PointsAccountTable {

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "AVAILABLE", nullable = false)
    protected Long available;

    @Column(name = "PENDING", nullable = false)
    protected Long pending;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;
}
