package com.guidecommerce.core.common;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The next free id of each table the ingest pipeline writes with batched JDBC ({@link IdBlocks} hands them out in
 * blocks). Mapped only so that the schema tool creates the table beside the others.
 */
@Entity
@Table(name = "GC_ID_SEQUENCE")
public class IdSequenceImpl {

    @Id
    @Column(name = "SEQUENCE_NAME", length = 64)
    protected String name;

    @Column(name = "NEXT_VALUE", nullable = false)
    protected Long nextValue;
}
