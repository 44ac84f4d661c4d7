package com.guidecommerce.core.commission.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One rate of a commission plan. Unset scope fields match anything; the most specific matching rule wins (product,
 * then category, then channel, then guide tier). An excluding rule (e.g. clearance goods) gives no commission to the
 * role it names, or to every role when it names none.
 */
public interface CommissionRule extends Serializable {

    Long getId();

    void setId(Long id);

    CommissionPlan getPlan();

    void setPlan(CommissionPlan plan);

    String getRole();

    void setRole(String role);

    BigDecimal getRatePercent();

    void setRatePercent(BigDecimal ratePercent);

    Boolean getExcluded();

    void setExcluded(Boolean excluded);

    String getChannelCode();

    void setChannelCode(String channelCode);

    Long getCategoryId();

    void setCategoryId(Long categoryId);

    Long getProductId();

    void setProductId(Long productId);

    String getGuideTier();

    void setGuideTier(String guideTier);

    String getNote();

    void setNote(String note);
}
