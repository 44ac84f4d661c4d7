package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.RegionImpl;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import com.guidecommerce.core.tier.domain.TierImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationDataDrivenEnumeration;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.OptionFilterParam;
import org.broadleafcommerce.common.presentation.OptionFilterParamType;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A contest; HQ edits it in the admin while it is open, the contest service alone closes it. */
@Entity
@Table(name = "GC_CONTEST")
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcContest")
public class ContestImpl implements Contest {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcContestId")
    @GenericGenerator(name = "GcContestId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcContestImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.contest.domain.ContestImpl")
            })
    @Column(name = "CONTEST_ID")
    @AdminPresentation(friendlyName = "GcContest_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcContest_name", order = 1000, prominent = true, gridOrder = 100,
            requiredOverride = org.broadleafcommerce.common.presentation.RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "START_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcContest_startDate", order = 2000, prominent = true, gridOrder = 200,
            helpText = "GcContest_startDate_help",
            requiredOverride = org.broadleafcommerce.common.presentation.RequiredOverride.REQUIRED)
    protected Date startDate;

    @Column(name = "END_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcContest_endDate", order = 3000, prominent = true, gridOrder = 300,
            helpText = "GcContest_endDate_help",
            requiredOverride = org.broadleafcommerce.common.presentation.RequiredOverride.REQUIRED)
    protected Date endDate;

    @Column(name = "CONTEST_SCOPE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcContest_scope", order = 4000, prominent = true, gridOrder = 400,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.contest.domain.ContestScope")
    protected String scope = ContestScope.NATION.getType();

    @ManyToOne(targetEntity = RegionImpl.class)
    @JoinColumn(name = "REGION_ID")
    @AdminPresentation(friendlyName = "GcContest_region", order = 4100)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Region region;

    @ManyToOne(targetEntity = StoreImpl.class)
    @JoinColumn(name = "STORE_ID")
    @AdminPresentation(friendlyName = "GcContest_store", order = 4200)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Store store;

    @Column(name = "METRIC", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcContest_metric", order = 5000, prominent = true, gridOrder = 500,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.contest.domain.ContestMetric")
    protected String metric = ContestMetric.NET_SALES.getType();

    @Column(name = "CONTEST_MODE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcContest_mode", order = 6000, prominent = true, gridOrder = 600,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.contest.domain.ContestMode")
    protected String mode = ContestMode.INDIVIDUAL.getType();

    @Column(name = "TOP_N", nullable = false)
    @AdminPresentation(friendlyName = "GcContest_topN", order = 7000)
    protected Integer topN = 3;

    @Column(name = "REWARD", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcContest_reward", order = 8000, prominent = true, gridOrder = 700,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.contest.domain.ContestReward")
    protected String reward = ContestReward.PROMOTION.getType();

    /** A guide tier's code, chosen from the guide ladder (GC_TIER rows for guides). */
    @Column(name = "REWARD_TIER", length = 32)
    @AdminPresentation(friendlyName = "GcContest_rewardTier", order = 8100,
            fieldType = SupportedFieldType.DATA_DRIVEN_ENUMERATION)
    @AdminPresentationDataDrivenEnumeration(optionListEntity = TierImpl.class, optionValueFieldName = "code",
            optionDisplayFieldName = "name", optionFilterParams = @OptionFilterParam(param = "subject",
            value = "GUIDE", paramType = OptionFilterParamType.STRING))
    protected String rewardTier;

    @Column(name = "BONUS_AMOUNT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcContest_bonusAmount", order = 8200, fieldType = SupportedFieldType.DECIMAL)
    protected BigDecimal bonusAmount;

    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "GcContest_returnWindowDays", order = 9000)
    protected Integer returnWindowDays = 7;

    @Column(name = "STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcContest_status", order = 9500, prominent = true, gridOrder = 800,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.contest.domain.ContestStatus")
    protected String status = ContestStatus.OPEN.getType();

    @Column(name = "CLOSED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcContest_closedAt", order = 9600, readOnly = true)
    protected Date closedAt;

    /** Written by the contest service when it closes the contest; shown on its screen. */
    @OneToMany(mappedBy = "contest", targetEntity = ContestResultImpl.class)
    @OrderBy("rank ASC, subjectId ASC")
    @AdminPresentationCollection(friendlyName = "GcContest_results", order = 1000, readOnly = true)
    protected List<ContestResult> results = new ArrayList<ContestResult>();

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
    public Date getStartDate() {
        return startDate;
    }

    @Override
    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    @Override
    public Date getEndDate() {
        return endDate;
    }

    @Override
    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    @Override
    public ContestScope getScope() {
        return ContestScope.getInstance(scope);
    }

    @Override
    public void setScope(ContestScope scope) {
        this.scope = scope == null ? null : scope.getType();
    }

    @Override
    public Region getRegion() {
        return region;
    }

    @Override
    public void setRegion(Region region) {
        this.region = region;
    }

    @Override
    public Store getStore() {
        return store;
    }

    @Override
    public void setStore(Store store) {
        this.store = store;
    }

    @Override
    public ContestMetric getMetric() {
        return ContestMetric.getInstance(metric);
    }

    @Override
    public void setMetric(ContestMetric metric) {
        this.metric = metric == null ? null : metric.getType();
    }

    @Override
    public ContestMode getMode() {
        return ContestMode.getInstance(mode);
    }

    @Override
    public void setMode(ContestMode mode) {
        this.mode = mode == null ? null : mode.getType();
    }

    @Override
    public int getTopN() {
        return topN == null ? 0 : topN;
    }

    @Override
    public void setTopN(int topN) {
        this.topN = topN;
    }

    @Override
    public ContestReward getReward() {
        return ContestReward.getInstance(reward);
    }

    @Override
    public void setReward(ContestReward reward) {
        this.reward = reward == null ? null : reward.getType();
    }

    @Override
    public String getRewardTier() {
        return rewardTier;
    }

    @Override
    public void setRewardTier(String rewardTier) {
        this.rewardTier = rewardTier;
    }

    @Override
    public BigDecimal getBonusAmount() {
        return bonusAmount;
    }

    @Override
    public void setBonusAmount(BigDecimal bonusAmount) {
        this.bonusAmount = bonusAmount;
    }

    @Override
    public int getReturnWindowDays() {
        return returnWindowDays == null ? 0 : returnWindowDays;
    }

    @Override
    public void setReturnWindowDays(int returnWindowDays) {
        this.returnWindowDays = returnWindowDays;
    }

    @Override
    public ContestStatus getStatus() {
        return ContestStatus.getInstance(status);
    }

    @Override
    public Date getClosedAt() {
        return closedAt;
    }

    @Override
    public List<ContestResult> getResults() {
        return results;
    }
}
