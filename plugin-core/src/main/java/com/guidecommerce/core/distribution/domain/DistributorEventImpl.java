package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
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

/** Append-only: written once by the distribution service, never updated. */
@Entity
@Immutable
@Table(name = "GC_DISTRIBUTOR_EVENT")
// The distributor's own columns are not repeated in their history grid.
@AdminPresentationClass(friendlyName = "GcDistributorEvent")
public class DistributorEventImpl implements DistributorEvent {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcDistributorEventId")
    @GenericGenerator(name = "GcDistributorEventId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcDistributorEventImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.distribution.domain.DistributorEventImpl")
            })
    @Column(name = "EVENT_ID")
    @AdminPresentation(friendlyName = "GcDistributorEvent_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = DistributorImpl.class, optional = false)
    @JoinColumn(name = "DISTRIBUTOR_ID", nullable = false)
    @Index(name = "IX_GC_DISTRIBUTOR_EVENT_DISTRIBUTOR", columnNames = "DISTRIBUTOR_ID")
    @AdminPresentation(friendlyName = "GcDistributorEvent_distributor", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Distributor distributor;

    @Column(name = "ACTION", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcDistributorEvent_action", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.distribution.domain.DistributorAction")
    protected String action;

    @ManyToOne(targetEntity = GuideImpl.class)
    @JoinColumn(name = "GUIDE_BEFORE_ID")
    @AdminPresentation(friendlyName = "GcDistributorEvent_guideBefore", order = 3000, prominent = true,
            gridOrder = 3000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guideBefore;

    @ManyToOne(targetEntity = GuideImpl.class)
    @JoinColumn(name = "GUIDE_AFTER_ID")
    @AdminPresentation(friendlyName = "GcDistributorEvent_guideAfter", order = 4000, prominent = true,
            gridOrder = 4000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guideAfter;

    @Column(name = "TIER_BEFORE", length = 32)
    @AdminPresentation(friendlyName = "GcDistributorEvent_tierBefore", order = 4500, prominent = true,
            gridOrder = 4500, readOnly = true)
    protected String tierBefore;

    @Column(name = "TIER_AFTER", length = 32)
    @AdminPresentation(friendlyName = "GcDistributorEvent_tierAfter", order = 4600, prominent = true,
            gridOrder = 4600, readOnly = true)
    protected String tierAfter;

    @Column(name = "ACTOR", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "GcDistributorEvent_actor", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected String actor;

    @Column(name = "REASON", length = 500)
    @AdminPresentation(friendlyName = "GcDistributorEvent_reason", order = 6000, prominent = true, gridOrder = 6000,
            readOnly = true)
    protected String reason;

    // First grid column: Broadleaf prints a to-one reference twice when it leads the grid.
    @Column(name = "OCCURRED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcDistributorEvent_occurredAt", order = 1000, prominent = true,
            gridOrder = 1000, readOnly = true)
    protected Date occurredAt;

    protected DistributorEventImpl() {
    }

    public DistributorEventImpl(Distributor distributor, DistributorAction action, Guide guideBefore,
                                Guide guideAfter, String actor, String reason, Date occurredAt) {
        this.distributor = distributor;
        this.action = action.getType();
        this.guideBefore = guideBefore;
        this.guideAfter = guideAfter;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    /** A tier change: the guide stays, the tier moves. */
    public static DistributorEventImpl tierChange(Distributor distributor, String tierBefore, String tierAfter,
                                                 String actor, String reason, Date occurredAt) {
        DistributorEventImpl event = new DistributorEventImpl(distributor, DistributorAction.TIER_CHANGED,
                distributor.getGuide(), distributor.getGuide(), actor, reason, occurredAt);
        event.tierBefore = tierBefore;
        event.tierAfter = tierAfter;
        return event;
    }

    @Override
    public String getTierBefore() {
        return tierBefore;
    }

    @Override
    public String getTierAfter() {
        return tierAfter;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Distributor getDistributor() {
        return distributor;
    }

    @Override
    public DistributorAction getAction() {
        return DistributorAction.getInstance(action);
    }

    @Override
    public Guide getGuideBefore() {
        return guideBefore;
    }

    @Override
    public Guide getGuideAfter() {
        return guideAfter;
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
    public Date getOccurredAt() {
        return occurredAt;
    }
}
