package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.Formula;
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

@Entity
@Immutable
@Table(name = "GC_BINDING_HISTORY")
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcBindingRecord")
public class BindingRecordImpl implements BindingRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcBindingRecordId")
    @GenericGenerator(name = "GcBindingRecordId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcBindingRecordImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.binding.domain.BindingRecordImpl")
            })
    @Column(name = "BINDING_RECORD_ID")
    @AdminPresentation(friendlyName = "GcBindingRecord_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = CustomerImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "IX_GC_BINDING_HISTORY_MEMBER", columnNames = "CUSTOMER_ID")
    // Shown in the grid as memberLogin, which the list's search box can search.
    @AdminPresentation(friendlyName = "GcBindingRecord_member", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer member;

    /** The member's login, first in the grid: the search box finds members by it, their e-mail, name or number. */
    @Formula("(SELECT c.USER_NAME FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = CUSTOMER_ID)")
    @AdminPresentation(friendlyName = "GcBindingRecord_member", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String memberLogin;

    @ManyToOne(targetEntity = GuideImpl.class)
    @JoinColumn(name = "GUIDE_ID")
    @AdminPresentation(friendlyName = "GcBindingRecord_guide", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guide;

    @ManyToOne(targetEntity = GuideImpl.class)
    @JoinColumn(name = "PREVIOUS_GUIDE_ID")
    @AdminPresentation(friendlyName = "GcBindingRecord_previousGuide", order = 3000, prominent = true, gridOrder = 3000,
            readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide previousGuide;

    @Column(name = "ACTION", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcBindingRecord_action", order = 4000, prominent = true, gridOrder = 4000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.binding.domain.BindingAction")
    protected String action;

    @Column(name = "SOURCE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcBindingRecord_source", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.binding.domain.BindingSource")
    protected String source;

    @Column(name = "REASON", length = 255)
    @AdminPresentation(friendlyName = "GcBindingRecord_reason", order = 6000, prominent = true, gridOrder = 6000,
            readOnly = true)
    protected String reason;

    @Column(name = "ACTOR", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcBindingRecord_actor", order = 7000, prominent = true, gridOrder = 7000,
            readOnly = true)
    protected String actor;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    // First grid column: Broadleaf prints a to-one reference twice when it leads the grid.
    @AdminPresentation(friendlyName = "GcBindingRecord_occurredAt", order = 8000, prominent = true, gridOrder = 500,
            readOnly = true)
    protected Date occurredAt;

    protected BindingRecordImpl() {
    }

    public BindingRecordImpl(Customer member, Guide guide, Guide previousGuide, BindingAction action,
                             BindingSource source, String reason, String actor, Date occurredAt) {
        this.member = member;
        this.guide = guide;
        this.previousGuide = previousGuide;
        this.action = action.getType();
        this.source = source.getType();
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Customer getMember() {
        return member;
    }

    @Override
    public Guide getGuide() {
        return guide;
    }

    @Override
    public Guide getPreviousGuide() {
        return previousGuide;
    }

    @Override
    public BindingAction getAction() {
        return BindingAction.getInstance(action);
    }

    @Override
    public BindingSource getSource() {
        return BindingSource.getInstance(source);
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
    public Date getOccurredAt() {
        return occurredAt;
    }
}
