package com.guidecommerce.core.commission.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * A version of the commission plan: the cap on a line's total commission and the rates per role, with overrides by
 * channel, category, product and guide tier. A plan is edited while it is a draft; once published it is never changed,
 * so every ledger entry can name the exact version and rule that produced it.
 */
public interface CommissionPlan extends Serializable {

    Long getId();

    void setId(Long id);

    Integer getVersionNo();

    void setVersionNo(Integer versionNo);

    String getName();

    void setName(String name);

    String getStatus();

    void setStatus(String status);

    Date getEffectiveFrom();

    void setEffectiveFrom(Date effectiveFrom);

    BigDecimal getCapPercent();

    void setCapPercent(BigDecimal capPercent);

    String getCurrency();

    void setCurrency(String currency);

    /** When and by whom this version was created in the admin (a new plan or a copy of an earlier version). */
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** When and by whom this version was published; {@code null} while it is a draft. */
    Date getPublishedAt();

    void setPublishedAt(Date publishedAt);

    String getPublishedBy();

    void setPublishedBy(String publishedBy);

    List<CommissionRule> getRules();

    void setRules(List<CommissionRule> rules);
}
