package com.guidecommerce.core.commission.domain;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

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

    /** The Broadleaf category the rule is limited to, or {@code null} for any. */
    Category getCategory();

    void setCategory(Category category);

    /** The id of {@link #getCategory()}: what the rate engine matches order lines' category ids against. */
    Long getCategoryId();

    /** The Broadleaf product the rule is limited to, or {@code null} for any. */
    Product getProduct();

    void setProduct(Product product);

    Long getProductId();

    String getGuideTier();

    void setGuideTier(String guideTier);

    String getNote();

    void setNote(String note);
}
