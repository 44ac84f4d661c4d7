package com.guidecommerce.core.board.domain;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.util.Date;

/**
 * The primary key (DAY, GUIDE_ID, STORE_ID) of the guide figure tables, day first. Hibernate lays a key's columns out
 * in the alphabetical order of its fields, which these names keep equal to the intended order.
 */
@Embeddable
public class GuideFigureKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date day;

    @Column(name = "GUIDE_ID", nullable = false)
    protected Long guideId;

    @Column(name = "STORE_ID", nullable = false)
    protected Long storeId;

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GuideFigureKey)) {
            return false;
        }
        GuideFigureKey other = (GuideFigureKey) o;
        return same(day, other.day) && same(guideId, other.guideId) && same(storeId, other.storeId);
    }

    @Override
    public int hashCode() {
        return (hash(day) * 31 + hash(guideId)) * 31 + hash(storeId);
    }

    static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    static int hash(Object o) {
        return o == null ? 0 : o.hashCode();
    }
}
