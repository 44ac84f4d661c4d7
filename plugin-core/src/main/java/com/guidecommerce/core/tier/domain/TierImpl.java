package com.guidecommerce.core.tier.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A tier definition; codes are unique across both ladders, so a commission rule names a tier by its code alone. */
@Entity
@Table(name = "GC_TIER", uniqueConstraints = {
        @UniqueConstraint(name = "UK_GC_TIER_CODE", columnNames = "CODE"),
        @UniqueConstraint(name = "UK_GC_TIER_RANK", columnNames = {"SUBJECT_KIND", "TIER_RANK"})})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcTier")
public class TierImpl implements Tier {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcTierId")
    @GenericGenerator(name = "GcTierId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcTierImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.tier.domain.TierImpl")
            })
    @Column(name = "TIER_ID")
    @AdminPresentation(friendlyName = "GcTier_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "SUBJECT_KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcTier_subject", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.tier.domain.TierSubject")
    protected String subject;

    @Column(name = "CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcTier_code", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcTier_code_help")
    protected String code;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcTier_name", order = 3000, prominent = true, gridOrder = 3000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "NAME_EN", length = 100)
    @AdminPresentation(friendlyName = "GcTier_nameEn", order = 3500, prominent = true, gridOrder = 3500)
    protected String nameEn;

    @Column(name = "TIER_RANK", nullable = false)
    @AdminPresentation(friendlyName = "GcTier_rank", order = 4000, prominent = true, gridOrder = 4000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcTier_rank_help")
    protected Integer rank = 0;

    @Column(name = "MIN_SALES", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcTier_minSales", order = 5000, prominent = true, gridOrder = 5000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcTier_minSales_help")
    protected BigDecimal minSales = BigDecimal.ZERO;

    @Column(name = "MIN_ORDERS", nullable = false)
    @AdminPresentation(friendlyName = "GcTier_minOrders", order = 6000, prominent = true, gridOrder = 6000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Integer minOrders = 0;

    @Column(name = "MIN_NEW_MEMBERS", nullable = false)
    @AdminPresentation(friendlyName = "GcTier_minNewMembers", order = 7000, prominent = true, gridOrder = 7000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Integer minNewMembers = 0;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public TierSubject getSubject() {
        return TierSubject.getInstance(subject);
    }

    @Override
    public void setSubject(TierSubject subject) {
        this.subject = subject == null ? null : subject.getType();
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code;
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
    public String getNameEn() {
        return nameEn;
    }

    @Override
    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    @Override
    public int getRank() {
        return rank == null ? 0 : rank;
    }

    @Override
    public void setRank(int rank) {
        this.rank = rank;
    }

    @Override
    public BigDecimal getMinSales() {
        return minSales == null ? BigDecimal.ZERO : minSales;
    }

    @Override
    public void setMinSales(BigDecimal minSales) {
        this.minSales = minSales;
    }

    @Override
    public int getMinOrders() {
        return minOrders == null ? 0 : minOrders;
    }

    @Override
    public void setMinOrders(int minOrders) {
        this.minOrders = minOrders;
    }

    @Override
    public int getMinNewMembers() {
        return minNewMembers == null ? 0 : minNewMembers;
    }

    @Override
    public void setMinNewMembers(int minNewMembers) {
        this.minNewMembers = minNewMembers;
    }
}
