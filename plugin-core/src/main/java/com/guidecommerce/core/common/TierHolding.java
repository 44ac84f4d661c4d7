package com.guidecommerce.core.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A guide or distributor as the tier evaluation reads it: id, code and the code of the tier they hold. */
public final class TierHolding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String tierCode;

    public TierHolding(Long id, String code, String tierCode) {
        this.id = id;
        this.code = code;
        this.tierCode = tierCode;
    }

    /** Holdings from query rows of id, code and tier code. */
    public static List<TierHolding> of(List<Object[]> rows) {
        List<TierHolding> holdings = new ArrayList<TierHolding>(rows.size());
        for (Object[] row : rows) {
            holdings.add(new TierHolding((Long) row[0], (String) row[1], (String) row[2]));
        }
        return holdings;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** Null for a subject that never had one (rows from before tiers). */
    public String getTierCode() {
        return tierCode;
    }
}
