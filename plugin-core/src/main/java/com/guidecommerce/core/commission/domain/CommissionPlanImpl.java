package com.guidecommerce.core.commission.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_COMMISSION_PLAN", uniqueConstraints = @UniqueConstraint(name = "UK_GC_COMMISSION_PLAN_VERSION", columnNames = "VERSION_NO"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcCommissionPlan")
public class CommissionPlanImpl implements CommissionPlan {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcCommissionPlanId")
    @GenericGenerator(name = "GcCommissionPlanId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcCommissionPlanImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.commission.domain.CommissionPlanImpl")
            })
    @Column(name = "PLAN_ID")
    @AdminPresentation(friendlyName = "GcCommissionPlan_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "VERSION_NO", nullable = false)
    @AdminPresentation(friendlyName = "GcCommissionPlan_versionNo", order = 1000, prominent = true, gridOrder = 1000, readOnly = true, helpText = "GcCommissionPlan_versionNo_help")
    protected Integer versionNo;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcCommissionPlan_name", order = 2000, prominent = true, gridOrder = 2000)
    protected String name;

    @Column(name = "STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcCommissionPlan_status", order = 3000, prominent = true, gridOrder = 3000, readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.PlanStatus", helpText = "GcCommissionPlan_status_help")
    protected String status;

    @Column(name = "EFFECTIVE_FROM")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionPlan_effectiveFrom", order = 4000, prominent = true, gridOrder = 4000, readOnly = true, helpText = "GcCommissionPlan_effectiveFrom_help")
    protected Date effectiveFrom;

    @Column(name = "CAP_PERCENT", nullable = false, precision = 19, scale = 4)
    @AdminPresentation(friendlyName = "GcCommissionPlan_capPercent", order = 5000, prominent = true, gridOrder = 5000, helpText = "GcCommissionPlan_capPercent_help")
    protected BigDecimal capPercent;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    @AdminPresentation(friendlyName = "GcCommissionPlan_currency", order = 6000)
    protected String currency = "CNY";

    @Column(name = "CREATED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionPlan_createdAt", order = 7000, readOnly = true)
    protected Date createdAt;

    @Column(name = "CREATED_BY", length = 100)
    @AdminPresentation(friendlyName = "GcCommissionPlan_createdBy", order = 8000, readOnly = true)
    protected String createdBy;

    @Column(name = "PUBLISHED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionPlan_publishedAt", order = 9000, readOnly = true)
    protected Date publishedAt;

    @Column(name = "PUBLISHED_BY", length = 100)
    @AdminPresentation(friendlyName = "GcCommissionPlan_publishedBy", order = 10000, prominent = true, gridOrder = 6000, readOnly = true)
    protected String publishedBy;

    @OneToMany(mappedBy = "plan", targetEntity = CommissionRuleImpl.class, cascade = CascadeType.ALL, orphanRemoval = true)
    @AdminPresentationCollection(friendlyName = "GcCommissionPlan_rules", order = 1000)
    protected List<CommissionRule> rules = new ArrayList<CommissionRule>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Integer getVersionNo() {
        return versionNo;
    }

    @Override
    public void setVersionNo(Integer versionNo) {
        this.versionNo = versionNo;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public Date getEffectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public void setEffectiveFrom(Date effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    @Override
    public BigDecimal getCapPercent() {
        return capPercent;
    }

    @Override
    public void setCapPercent(BigDecimal capPercent) {
        this.capPercent = capPercent;
    }

    @Override
    public String getCurrency() {
        return currency;
    }

    @Override
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    @Override
    public Date getPublishedAt() {
        return publishedAt;
    }

    @Override
    public void setPublishedAt(Date publishedAt) {
        this.publishedAt = publishedAt;
    }

    @Override
    public String getPublishedBy() {
        return publishedBy;
    }

    @Override
    public void setPublishedBy(String publishedBy) {
        this.publishedBy = publishedBy;
    }

    @Override
    public List<CommissionRule> getRules() {
        return rules;
    }

    @Override
    public void setRules(List<CommissionRule> rules) {
        this.rules = rules;
    }
}
