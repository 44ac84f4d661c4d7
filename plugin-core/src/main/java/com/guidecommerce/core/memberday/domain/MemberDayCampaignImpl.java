package com.guidecommerce.core.memberday.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
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
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_MEMBER_DAY_CAMPAIGN")
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcMemberDayCampaign")
public class MemberDayCampaignImpl implements MemberDayCampaign {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcMemberDayCampaignId")
    @GenericGenerator(name = "GcMemberDayCampaignId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcMemberDayCampaignImpl"),
                    @Parameter(name = "entity_name",
                            value = "com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl")
            })
    @Column(name = "CAMPAIGN_ID")
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "RECURRENCE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_recurrence", order = 2000, prominent = true,
            gridOrder = 2000, requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.memberday.domain.MemberDayRecurrence")
    protected String recurrence;

    @Column(name = "WEEKDAY")
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_weekday", order = 2100, prominent = true,
            gridOrder = 2100, helpText = "GcMemberDayCampaign_weekday_help")
    protected Integer weekday;

    @Column(name = "DAY_OF_MONTH")
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_dayOfMonth", order = 2200,
            helpText = "GcMemberDayCampaign_dayOfMonth_help")
    protected Integer dayOfMonth;

    @Column(name = "DATES", length = 1000)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_dates", order = 2300,
            helpText = "GcMemberDayCampaign_dates_help")
    protected String dates;

    @Column(name = "VALID_FROM", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_validFrom", order = 3000, prominent = true,
            gridOrder = 3000, requiredOverride = RequiredOverride.REQUIRED)
    protected Date validFrom;

    @Column(name = "VALID_TO")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_validTo", order = 3100, prominent = true,
            gridOrder = 3100, helpText = "GcMemberDayCampaign_validTo_help")
    protected Date validTo;

    @Column(name = "CHANNELS", length = 255)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_channels", order = 4000,
            helpText = "GcMemberDayCampaign_channels_help")
    protected String channels;

    @Column(name = "STORES", length = 1000)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_stores", order = 4100,
            helpText = "GcMemberDayCampaign_stores_help")
    protected String stores;

    @Column(name = "MIN_ORDER_AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_minimumOrderAmount", order = 5000,
            fieldType = SupportedFieldType.DECIMAL, requiredOverride = RequiredOverride.REQUIRED)
    protected BigDecimal minimumOrderAmount = BigDecimal.ZERO;

    @Column(name = "USES_PER_DAY", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberDayCampaign_usesPerDay", order = 5100,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcMemberDayCampaign_usesPerDay_help")
    protected Integer usesPerDay = 1;

    @OneToMany(mappedBy = "campaign", targetEntity = MemberDayBenefitImpl.class, cascade = CascadeType.ALL,
            fetch = FetchType.EAGER,
            orphanRemoval = true)
    @AdminPresentationCollection(friendlyName = "GcMemberDayCampaign_benefits", order = 1000)
    protected List<MemberDayBenefit> benefits = new ArrayList<MemberDayBenefit>();

    @Override
    public Long getId() {
        return id;
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
    public MemberDayRecurrence getRecurrence() {
        return MemberDayRecurrence.getInstance(recurrence);
    }

    @Override
    public void setRecurrence(MemberDayRecurrence recurrence) {
        this.recurrence = recurrence == null ? null : recurrence.getType();
    }

    @Override
    public Integer getWeekday() {
        return weekday;
    }

    @Override
    public void setWeekday(Integer weekday) {
        this.weekday = weekday;
    }

    @Override
    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    @Override
    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    @Override
    public String getDates() {
        return dates;
    }

    @Override
    public void setDates(String dates) {
        this.dates = dates;
    }

    @Override
    public Date getValidFrom() {
        return validFrom;
    }

    @Override
    public void setValidFrom(Date validFrom) {
        this.validFrom = validFrom;
    }

    @Override
    public Date getValidTo() {
        return validTo;
    }

    @Override
    public void setValidTo(Date validTo) {
        this.validTo = validTo;
    }

    @Override
    public String getChannels() {
        return channels;
    }

    @Override
    public void setChannels(String channels) {
        this.channels = channels;
    }

    @Override
    public String getStores() {
        return stores;
    }

    @Override
    public void setStores(String stores) {
        this.stores = stores;
    }

    @Override
    public BigDecimal getMinimumOrderAmount() {
        return minimumOrderAmount == null ? BigDecimal.ZERO : minimumOrderAmount;
    }

    @Override
    public void setMinimumOrderAmount(BigDecimal minimumOrderAmount) {
        this.minimumOrderAmount = minimumOrderAmount;
    }

    @Override
    public int getUsesPerDay() {
        return usesPerDay == null ? 1 : usesPerDay;
    }

    @Override
    public void setUsesPerDay(int usesPerDay) {
        this.usesPerDay = usesPerDay;
    }

    @Override
    public List<MemberDayBenefit> getBenefits() {
        return benefits;
    }

    @Override
    public void setBenefits(List<MemberDayBenefit> benefits) {
        this.benefits = benefits;
    }
}
