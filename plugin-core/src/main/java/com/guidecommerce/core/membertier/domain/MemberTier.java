package com.guidecommerce.core.membertier.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One step of the member ladder (新客 / 普通 / 银卡 / 金卡 …) with the rolling spend that earns it. Rank 0 is the tier a
 * member without spend holds; thresholds rise with rank.
 */
public interface MemberTier extends Serializable {

    Long getId();

    /** The code Broadleaf offer rules read from the customer attribute {@code gcMemberTier}, e.g. GOLD. */
    String getCode();

    void setCode(String code);

    /** The name in the merchant's language (中文). */
    String getName();

    void setName(String name);

    String getNameEn();

    void setNameEn(String nameEn);

    int getRank();

    void setRank(int rank);

    /** Rolling spend (paid − refunded, all channels, yuan) that earns the tier. */
    BigDecimal getMinSpend();

    void setMinSpend(BigDecimal minSpend);
}
