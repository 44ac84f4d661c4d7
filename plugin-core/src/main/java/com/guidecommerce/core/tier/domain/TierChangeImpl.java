package com.guidecommerce.core.tier.domain;

import com.guidecommerce.core.tier.rule.PeriodFigures;
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

/** Append-only: written once by the tier service, never updated. */
@Entity
@Immutable
@Table(name = "GC_TIER_HISTORY")
@AdminPresentationClass(friendlyName = "GcTierChange")
public class TierChangeImpl implements TierChange {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcTierChangeId")
    @GenericGenerator(name = "GcTierChangeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcTierChangeImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.tier.domain.TierChangeImpl")
            })
    @Column(name = "TIER_CHANGE_ID")
    @AdminPresentation(friendlyName = "GcTierChange_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcTierChange_changedAt", order = 1000, prominent = true, gridOrder = 1000,
            readOnly = true)
    protected Date changedAt;

    @Column(name = "SUBJECT_KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcTierChange_subject", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.tier.domain.TierSubject")
    protected String subject;

    @Column(name = "SUBJECT_ID", nullable = false)
    @Index(name = "IX_GC_TIER_HISTORY_SUBJECT", columnNames = {"SUBJECT_KIND", "SUBJECT_ID"})
    @AdminPresentation(friendlyName = "GcTierChange_subjectId", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long subjectId;

    @Column(name = "SUBJECT_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcTierChange_subjectCode", order = 3000, prominent = true, gridOrder = 3000,
            readOnly = true)
    protected String subjectCode;

    @Column(name = "FROM_TIER", length = 32)
    @AdminPresentation(friendlyName = "GcTierChange_fromTier", order = 4000, prominent = true, gridOrder = 4000,
            readOnly = true)
    protected String fromTier;

    @Column(name = "TO_TIER", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcTierChange_toTier", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected String toTier;

    @Column(name = "PERIOD_KEY", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcTierChange_period", order = 6000, prominent = true, gridOrder = 6000,
            readOnly = true)
    protected String periodKey;

    @Column(name = "CAUSE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcTierChange_cause", order = 7000, prominent = true, gridOrder = 7000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.tier.domain.TierChangeCause")
    protected String cause;

    @Column(name = "SALES", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcTierChange_sales", order = 8000, prominent = true, gridOrder = 8000,
            readOnly = true)
    protected BigDecimal sales;

    @Column(name = "ORDERS")
    @AdminPresentation(friendlyName = "GcTierChange_orders", order = 9000, prominent = true, gridOrder = 9000,
            readOnly = true)
    protected Long orders;

    @Column(name = "NEW_MEMBERS")
    @AdminPresentation(friendlyName = "GcTierChange_newMembers", order = 10000, prominent = true, gridOrder = 10000,
            readOnly = true)
    protected Long newMembers;

    @Column(name = "ACTOR", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "GcTierChange_actor", order = 11000, prominent = true, gridOrder = 11000,
            readOnly = true)
    protected String actor;

    @Column(name = "REASON", length = 500)
    @AdminPresentation(friendlyName = "GcTierChange_reason", order = 12000, prominent = true, gridOrder = 12000,
            readOnly = true)
    protected String reason;

    protected TierChangeImpl() {
    }

    /** A change; {@code figures} is null for an override, which uses none. */
    public TierChangeImpl(TierSubject subject, Long subjectId, String subjectCode, String fromTier, String toTier,
                          String periodKey, TierChangeCause cause, PeriodFigures figures, String actor, String reason,
                          Date changedAt) {
        this.subject = subject.getType();
        this.subjectId = subjectId;
        this.subjectCode = subjectCode;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.periodKey = periodKey;
        this.cause = cause.getType();
        if (figures != null) {
            this.sales = figures.getSales();
            this.orders = figures.getOrders();
            this.newMembers = figures.getNewMembers();
        }
        this.actor = actor;
        this.reason = reason;
        this.changedAt = changedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public TierSubject getSubject() {
        return TierSubject.getInstance(subject);
    }

    @Override
    public Long getSubjectId() {
        return subjectId;
    }

    @Override
    public String getSubjectCode() {
        return subjectCode;
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
    public String getPeriodKey() {
        return periodKey;
    }

    @Override
    public TierChangeCause getCause() {
        return TierChangeCause.getInstance(cause);
    }

    @Override
    public BigDecimal getSales() {
        return sales;
    }

    @Override
    public Long getOrders() {
        return orders;
    }

    @Override
    public Long getNewMembers() {
        return newMembers;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public Date getChangedAt() {
        return changedAt;
    }
}
