package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.tier.domain.TierImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationDataDrivenEnumeration;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "GC_COMMISSION_RULE")
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcCommissionRule")
public class CommissionRuleImpl implements CommissionRule {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcCommissionRuleId")
    @GenericGenerator(name = "GcCommissionRuleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcCommissionRuleImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.commission.domain.CommissionRuleImpl")
            })
    @Column(name = "RULE_ID")
    @AdminPresentation(friendlyName = "GcCommissionRule_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = CommissionPlanImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcCommissionRule_plan", order = 1000, visibility = VisibilityEnum.HIDDEN_ALL)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected CommissionPlan plan;

    @Column(name = "ROLE", length = 32)
    @AdminPresentation(friendlyName = "GcCommissionRule_role", order = 2000, prominent = true, gridOrder = 1000, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.CommissionRole", helpText = "GcCommissionRule_role_help")
    protected String role;

    @Column(name = "RATE_PERCENT", precision = 19, scale = 4)
    @AdminPresentation(friendlyName = "GcCommissionRule_ratePercent", order = 3000, prominent = true, gridOrder = 2000, helpText = "GcCommissionRule_ratePercent_help")
    protected BigDecimal ratePercent;

    @Column(name = "EXCLUDED", nullable = false)
    @AdminPresentation(friendlyName = "GcCommissionRule_excluded", order = 4000, prominent = true, gridOrder = 3000, helpText = "GcCommissionRule_excluded_help")
    protected Boolean excluded = Boolean.FALSE;

    @Column(name = "CHANNEL_CODE", length = 32)
    @AdminPresentation(friendlyName = "GcCommissionRule_channelCode", order = 5000, prominent = true, gridOrder = 4000)
    protected String channelCode;

    /** Picked by name in the admin; the rate engine reads the column CATEGORY_ID (see LedgerStore). */
    @ManyToOne(targetEntity = CategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "GcCommissionRule_categoryId", order = 6000, prominent = true, gridOrder = 5000,
            helpText = "GcCommissionRule_categoryId_help")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Category category;

    /** Picked by name in the admin; the rate engine reads the column PRODUCT_ID. */
    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "GcCommissionRule_productId", order = 7000, prominent = true, gridOrder = 6000,
            helpText = "GcCommissionRule_productId_help")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    /**
     * A tier code of either ladder (guide NORMAL / SUPER, distributor D_NORMAL / …), picked from the tiers defined as
     * data: the rule applies to beneficiaries holding that tier. The column keeps its name from when only guides had
     * tiers, so existing rules stay valid.
     */
    @Column(name = "GUIDE_TIER", length = 32)
    @AdminPresentation(friendlyName = "GcCommissionRule_guideTier", order = 8000, prominent = true, gridOrder = 7000,
            fieldType = SupportedFieldType.DATA_DRIVEN_ENUMERATION, helpText = "GcCommissionRule_guideTier_help")
    @AdminPresentationDataDrivenEnumeration(optionListEntity = TierImpl.class, optionValueFieldName = "code",
            optionDisplayFieldName = "code")
    protected String guideTier;

    @Column(name = "NOTE", length = 255)
    @AdminPresentation(friendlyName = "GcCommissionRule_note", order = 9000)
    protected String note;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public CommissionPlan getPlan() {
        return plan;
    }

    @Override
    public void setPlan(CommissionPlan plan) {
        this.plan = plan;
    }

    @Override
    public String getRole() {
        return role;
    }

    @Override
    public void setRole(String role) {
        this.role = role;
    }

    @Override
    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    @Override
    public void setRatePercent(BigDecimal ratePercent) {
        this.ratePercent = ratePercent;
    }

    @Override
    public Boolean getExcluded() {
        return excluded;
    }

    @Override
    public void setExcluded(Boolean excluded) {
        this.excluded = excluded;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public void setChannelCode(String channelCode) {
        this.channelCode = channelCode;
    }

    @Override
    public Category getCategory() {
        return category;
    }

    @Override
    public void setCategory(Category category) {
        this.category = category;
    }

    @Override
    public Long getCategoryId() {
        return category == null ? null : category.getId();
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
    }

    @Override
    public Long getProductId() {
        return product == null ? null : product.getId();
    }

    @Override
    public String getGuideTier() {
        return guideTier;
    }

    @Override
    public void setGuideTier(String guideTier) {
        this.guideTier = guideTier;
    }

    @Override
    public String getNote() {
        return note;
    }

    @Override
    public void setNote(String note) {
        this.note = note;
    }
}
