package com.guidecommerce.core.channel.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One lock row of a channel's orders ({@code TMALL/0412}): the ingest pipeline locks the rows its orders hash to
 * before it applies their deliveries, so deliveries of one order are applied one at a time on every node. Mapped only
 * so that the schema tool creates the table beside the others; the rows are created on first use.
 */
@Entity
@Table(name = "GC_CHANNEL_ORDER_LOCK")
public class OrderLockImpl {

    @Id
    @Column(name = "LOCK_KEY", length = 48)
    protected String key;
}
