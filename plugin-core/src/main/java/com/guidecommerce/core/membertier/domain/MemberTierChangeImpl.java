package com.guidecommerce.core.membertier.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Append-only: written once by the member tier service or the spend listener, never updated. */
@Entity
@Immutable
@Table(name = "GC_MEMBER_TIER_CHANGE")
@AdminPresentationClass(friendlyName = "GcMemberTierChange")
public class MemberTierChangeImpl implements MemberTierChange {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcMemberTierChangeId")
    @GenericGenerator(name = "GcMemberTierChangeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcMemberTierChangeImpl"),
                    @Parameter(name = "entity_name",
                            value = "com.guidecommerce.core.membertier.domain.MemberTierChangeImpl")
            })
    @Column(name = "MEMBER_TIER_CHANGE_ID")
    @AdminPresentation(friendlyName = "GcMemberTierChange_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberTierChange_changedAt", order = 1000, prominent = true,
            gridOrder = 1000, readOnly = true)
    protected Date changedAt;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "IX_GC_MEMBER_TIER_CHANGE_CUST", columnNames = {"CUSTOMER_ID", "CHANGED_AT"})
    @AdminPresentation(friendlyName = "GcMemberTierChange_customerId", order = 2000, prominent = true,
            gridOrder = 2000, readOnly = true)
    protected Long customerId;

    @Column(name = "FROM_TIER", length = 32)
    @AdminPresentation(friendlyName = "GcMemberTierChange_fromTier", order = 3000, prominent = true,
            gridOrder = 3000, readOnly = true)
    protected String fromTier;

    @Column(name = "TO_TIER", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcMemberTierChange_toTier", order = 4000, prominent = true,
            gridOrder = 4000, readOnly = true)
    protected String toTier;

    @Column(name = "CAUSE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcMemberTierChange_cause", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.membertier.domain.MemberTierChangeCause")
    protected String cause;

    @Column(name = "SPEND", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcMemberTierChange_spend", order = 6000, prominent = true, gridOrder = 6000,
            readOnly = true)
    protected BigDecimal spend;

    @Column(name = "PERIOD_KEY", length = 16)
    @AdminPresentation(friendlyName = "GcMemberTierChange_period", order = 7000, prominent = true,
            gridOrder = 7000, readOnly = true)
    protected String periodKey;

    @Column(name = "ACTOR", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "GcMemberTierChange_actor", order = 8000, prominent = true, gridOrder = 8000,
            readOnly = true)
    protected String actor;

    @Column(name = "REASON", length = 500)
    @AdminPresentation(friendlyName = "GcMemberTierChange_reason", order = 9000, prominent = true,
            gridOrder = 9000, readOnly = true)
    protected String reason;

    protected MemberTierChangeImpl() {
    }

    public MemberTierChangeImpl(Long customerId, String fromTier, String toTier, MemberTierChangeCause cause,
                                BigDecimal spend, String periodKey, String actor, String reason, Date changedAt) {
        this.customerId = customerId;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.cause = cause.getType();
        this.spend = spend;
        this.periodKey = periodKey;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = changedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public String getFromTier() {
        return fromTier;
    }

    @Override
    public String getToTier() {
        return toTier;
    }

    @Override
    public MemberTierChangeCause getCause() {
        return MemberTierChangeCause.getInstance(cause);
    }

    @Override
    public BigDecimal getSpend() {
        return spend;
    }

    @Override
    public String getPeriodKey() {
        return periodKey;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public Date getChangedAt() {
        return changedAt;
    }
}
