package com.guidecommerce.core.tier.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One step of a guide or distributor tier ladder, with the period figures that earn it. A threshold of zero is not
 * required; every threshold set must be met. Rank 0 is the entry tier everyone starts at.
 */
public interface Tier extends Serializable {

    Long getId();

    TierSubject getSubject();

    void setSubject(TierSubject subject);

    /** The code commission rules and the guide and distributor rows refer to, e.g. NORMAL, SUPER, D_GOLD. */
    String getCode();

    void setCode(String code);

    /** The name in the merchant's language (中文). */
    String getName();

    void setName(String name);

    String getNameEn();

    void setNameEn(String nameEn);

    int getRank();

    void setRank(int rank);

    BigDecimal getMinSales();

    void setMinSales(BigDecimal minSales);

    int getMinOrders();

    void setMinOrders(int minOrders);

    int getMinNewMembers();

    void setMinNewMembers(int minNewMembers);
}
