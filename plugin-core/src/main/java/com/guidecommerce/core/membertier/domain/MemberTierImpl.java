package com.guidecommerce.core.membertier.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
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

/** A member tier definition, edited by HQ in the admin (Membership → Member tiers). */
@Entity
@Table(name = "GC_MEMBER_TIER", uniqueConstraints = {
        @UniqueConstraint(name = "UK_GC_MEMBER_TIER_CODE", columnNames = "CODE"),
        @UniqueConstraint(name = "UK_GC_MEMBER_TIER_RANK", columnNames = "TIER_RANK")})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcMemberTier")
public class MemberTierImpl implements MemberTier {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcMemberTierId")
    @GenericGenerator(name = "GcMemberTierId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcMemberTierImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.membertier.domain.MemberTierImpl")
            })
    @Column(name = "MEMBER_TIER_ID")
    @AdminPresentation(friendlyName = "GcMemberTier_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcMemberTier_code", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcMemberTier_code_help")
    protected String code;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcMemberTier_name", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "NAME_EN", length = 100)
    @AdminPresentation(friendlyName = "GcMemberTier_nameEn", order = 3000, prominent = true, gridOrder = 3000)
    protected String nameEn;

    @Column(name = "TIER_RANK", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberTier_rank", order = 4000, prominent = true, gridOrder = 4000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcMemberTier_rank_help")
    protected Integer rank = 0;

    @Column(name = "MIN_SPEND", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcMemberTier_minSpend", order = 5000, prominent = true, gridOrder = 5000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcMemberTier_minSpend_help")
    protected BigDecimal minSpend = BigDecimal.ZERO;

    @Override
    public Long getId() {
        return id;
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
    public BigDecimal getMinSpend() {
        return minSpend == null ? BigDecimal.ZERO : minSpend;
    }

    @Override
    public void setMinSpend(BigDecimal minSpend) {
        this.minSpend = minSpend;
    }
}
