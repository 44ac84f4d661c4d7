package com.guidecommerce.core.departure.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/** Append-only: the unique guide column makes the database refuse a second departure of the same guide. */
@Entity
@Immutable
@Table(name = "GC_GUIDE_DEPARTURE", uniqueConstraints = @UniqueConstraint(name = "UK_GC_GUIDE_DEPARTURE_GUIDE", columnNames = "GUIDE_ID"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcGuideDeparture")
public class GuideDepartureImpl implements GuideDeparture {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcGuideDepartureId")
    @GenericGenerator(name = "GcGuideDepartureId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcGuideDepartureImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.departure.domain.GuideDepartureImpl")
            })
    @Column(name = "GUIDE_DEPARTURE_ID")
    @AdminPresentation(friendlyName = "GcGuideDeparture_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection.
    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    // Shown in the grid as guideCode, which the list's search box can search.
    @AdminPresentation(friendlyName = "GcGuideDeparture_guide", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guide;

    /** The guide's code, first in the grid: the search box finds the guide's rows by it or the guide's name. */
    @Formula("(SELECT g.GUIDE_CODE FROM GC_GUIDE g WHERE g.GUIDE_ID = GUIDE_ID)")
    @AdminPresentation(friendlyName = "GcGuideDeparture_guide", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String guideCode;

    @Column(name = "STRATEGY", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcGuideDeparture_strategy", order = 2000, prominent = true, gridOrder = 3000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.departure.domain.DepartureStrategy")
    protected String strategy;

    @ManyToOne(targetEntity = GuideImpl.class)
    @JoinColumn(name = "HEIR_GUIDE_ID")
    @AdminPresentation(friendlyName = "GcGuideDeparture_heir", order = 3000, prominent = true, gridOrder = 4000,
            readOnly = true, helpText = "GcGuideDeparture_heir_help")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide heir;

    @Column(name = "CAPACITY")
    @AdminPresentation(friendlyName = "GcGuideDeparture_capacity", order = 4000, readOnly = true)
    protected Integer capacity;

    @Column(name = "MEMBER_COUNT", nullable = false)
    @AdminPresentation(friendlyName = "GcGuideDeparture_memberCount", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected Integer memberCount;

    @Column(name = "EXECUTED_BY", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcGuideDeparture_executedBy", order = 6000, prominent = true, gridOrder = 6000,
            readOnly = true)
    protected String executedBy;

    // First in the grid: the section is a log, read by date (and a to-one first column would print its name twice).
    @Column(name = "EXECUTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcGuideDeparture_executedAt", order = 7000, prominent = true, gridOrder = 1000,
            readOnly = true)
    protected Date executedAt;

    protected GuideDepartureImpl() {
    }

    public GuideDepartureImpl(Guide guide, DepartureStrategy strategy, Guide heir, Integer capacity, int memberCount,
                              String executedBy, Date executedAt) {
        this.guide = guide;
        this.strategy = strategy.getType();
        this.heir = heir;
        this.capacity = capacity;
        this.memberCount = memberCount;
        this.executedBy = executedBy;
        this.executedAt = executedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Guide getGuide() {
        return guide;
    }

    @Override
    public DepartureStrategy getStrategy() {
        return DepartureStrategy.getInstance(strategy);
    }

    @Override
    public Guide getHeir() {
        return heir;
    }

    @Override
    public Integer getCapacity() {
        return capacity;
    }

    @Override
    public int getMemberCount() {
        return memberCount == null ? 0 : memberCount;
    }

    @Override
    public String getExecutedBy() {
        return executedBy;
    }

    @Override
    public Date getExecutedAt() {
        return executedAt;
    }
}
