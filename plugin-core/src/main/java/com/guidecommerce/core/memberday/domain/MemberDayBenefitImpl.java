package com.guidecommerce.core.memberday.domain;

import com.guidecommerce.core.membertier.domain.MemberTierImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationDataDrivenEnumeration;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
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
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_MEMBER_DAY_BENEFIT", uniqueConstraints = @UniqueConstraint(name = "UK_GC_MEMBER_DAY_BENEFIT",
        columnNames = {"CAMPAIGN_ID", "TIER_CODE"}))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcMemberDayBenefit")
public class MemberDayBenefitImpl implements MemberDayBenefit {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcMemberDayBenefitId")
    @GenericGenerator(name = "GcMemberDayBenefitId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcMemberDayBenefitImpl"),
                    @Parameter(name = "entity_name",
                            value = "com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl")
            })
    @Column(name = "BENEFIT_ID")
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = MemberDayCampaignImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "CAMPAIGN_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_campaign", order = 1000,
            visibility = VisibilityEnum.HIDDEN_ALL)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected MemberDayCampaign campaign;

    @Column(name = "TIER_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_tierCode", order = 2000, prominent = true,
            gridOrder = 1000, requiredOverride = RequiredOverride.REQUIRED,
            helpText = "GcMemberDayBenefit_tierCode_help", fieldType = SupportedFieldType.DATA_DRIVEN_ENUMERATION)
    @AdminPresentationDataDrivenEnumeration(optionListEntity = MemberTierImpl.class, optionValueFieldName = "code",
            optionDisplayFieldName = "name")
    protected String tierCode;

    @Column(name = "DISCOUNT_TYPE", length = 16)
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_discountType", order = 3000, prominent = true,
            gridOrder = 2000, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.memberday.domain.MemberDayDiscountType")
    protected String discountType;

    @Column(name = "DISCOUNT_VALUE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_discountValue", order = 3100, prominent = true,
            gridOrder = 3000, fieldType = SupportedFieldType.DECIMAL,
            helpText = "GcMemberDayBenefit_discountValue_help")
    protected BigDecimal discountValue;

    @Column(name = "POINTS_MULTIPLIER", nullable = false, precision = 9, scale = 2)
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_pointsMultiplier", order = 4000, prominent = true,
            gridOrder = 4000, fieldType = SupportedFieldType.DECIMAL, requiredOverride = RequiredOverride.REQUIRED)
    protected BigDecimal pointsMultiplier = BigDecimal.ONE;

    @Column(name = "OFFER_ID")
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_offerId", order = 5000, prominent = true,
            gridOrder = 5000, readOnly = true, helpText = "GcMemberDayBenefit_offerId_help")
    protected Long offerId;

    @Column(name = "COUPON_OFFER_ID")
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_couponOfferId", order = 6000, prominent = true,
            gridOrder = 6000, helpText = "GcMemberDayBenefit_couponOfferId_help")
    protected Long couponOfferId;

    @Column(name = "COUPON_AUDIENCE", length = 64)
    @AdminPresentation(friendlyName = "GcMemberDayBenefit_couponAudience", order = 6100, prominent = true,
            gridOrder = 6100, helpText = "GcMemberDayBenefit_couponAudience_help",
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.membertag.rule.CouponAudienceType")
    protected String couponAudience;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public MemberDayCampaign getCampaign() {
        return campaign;
    }

    @Override
    public void setCampaign(MemberDayCampaign campaign) {
        this.campaign = campaign;
    }

    @Override
    public String getTierCode() {
        return tierCode;
    }

    @Override
    public void setTierCode(String tierCode) {
        this.tierCode = tierCode;
    }

    @Override
    public MemberDayDiscountType getDiscountType() {
        return MemberDayDiscountType.getInstance(discountType);
    }

    @Override
    public void setDiscountType(MemberDayDiscountType discountType) {
        this.discountType = discountType == null ? null : discountType.getType();
    }

    @Override
    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    @Override
    public void setDiscountValue(BigDecimal discountValue) {
        this.discountValue = discountValue;
    }

    @Override
    public BigDecimal getPointsMultiplier() {
        return pointsMultiplier == null ? BigDecimal.ONE : pointsMultiplier;
    }

    @Override
    public void setPointsMultiplier(BigDecimal pointsMultiplier) {
        this.pointsMultiplier = pointsMultiplier;
    }

    @Override
    public Long getOfferId() {
        return offerId;
    }

    @Override
    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    @Override
    public Long getCouponOfferId() {
        return couponOfferId;
    }

    @Override
    public void setCouponOfferId(Long couponOfferId) {
        this.couponOfferId = couponOfferId;
    }

    @Override
    public boolean hasDiscount() {
        return getDiscountType() != null && discountValue != null && discountValue.signum() > 0;
    }

    @Override
    public String getCouponAudience() {
        return couponAudience;
    }

    @Override
    public void setCouponAudience(String couponAudience) {
        this.couponAudience = couponAudience == null || couponAudience.trim().isEmpty() ? null : couponAudience.trim();
    }
}
