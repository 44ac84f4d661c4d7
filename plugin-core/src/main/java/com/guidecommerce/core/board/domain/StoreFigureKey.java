package com.guidecommerce.core.board.domain;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.util.Date;

/**
 * The primary key (DAY, STORE_ID, CHANNEL_CODE) of the store figure tables, day first. Hibernate lays a key's columns
 * out in the alphabetical order of its fields: the channel's field is named so that it comes last.
 */
@Embeddable
public class StoreFigureKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date day;

    @Column(name = "STORE_ID", nullable = false)
    protected Long storeId;

    /** The order's channel; empty for figures no order caused (bindings, new members). */
    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    protected String viaChannel;

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StoreFigureKey)) {
            return false;
        }
        StoreFigureKey other = (StoreFigureKey) o;
        return GuideFigureKey.same(day, other.day) && GuideFigureKey.same(storeId, other.storeId)
                && GuideFigureKey.same(viaChannel, other.viaChannel);
    }

    @Override
    public int hashCode() {
        return (GuideFigureKey.hash(day) * 31 + GuideFigureKey.hash(storeId)) * 31 + GuideFigureKey.hash(viaChannel);
    }
}
