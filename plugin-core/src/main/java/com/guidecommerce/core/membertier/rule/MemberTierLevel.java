package com.guidecommerce.core.membertier.rule;

import java.io.Serializable;
import java.math.BigDecimal;

/** One step of the member ladder as the rules see it: a code, a rank and the rolling spend that earns it. */
public final class MemberTierLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final String nameEn;
    private final int rank;
    private final BigDecimal minSpend;

    public MemberTierLevel(String code, String name, String nameEn, int rank, BigDecimal minSpend) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.rank = rank;
        this.minSpend = minSpend == null ? BigDecimal.ZERO : minSpend;
    }

    public String getCode() {
        return code;
    }

    /** The name in the merchant's language (中文). */
    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn == null || nameEn.isEmpty() ? name : nameEn;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getMinSpend() {
        return minSpend;
    }

    public boolean isEarnedBy(BigDecimal spend) {
        return spend.compareTo(minSpend) >= 0;
    }

    @Override
    public String toString() {
        return code + "@" + rank;
    }
}
