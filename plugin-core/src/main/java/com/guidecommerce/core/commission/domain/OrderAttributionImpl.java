package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorImpl;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.FranchiseeImpl;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_ORDER_ATTRIBUTION")
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcOrderAttribution")
public class OrderAttributionImpl implements OrderAttribution {

    private static final long serialVersionUID = 1L;

    /** The channel order's id: one attribution per order, written once, so it is the key. */
    @Id
    @Column(name = "CHANNEL_ORDER_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_orderId", order = 1000, readOnly = true)
    protected Long orderId;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcOrderAttribution_channelCode", order = 2000, readOnly = true)
    protected String channelCode;

    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_customerId", order = 3000, readOnly = true)
    protected Long customerId;

    @ManyToOne(targetEntity = GuideImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "BOUND_GUIDE_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_boundGuide", order = 4000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide boundGuide;

    @Column(name = "BINDING_RECORD_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_bindingRecordId", order = 5000, readOnly = true)
    protected Long bindingRecordId;

    @ManyToOne(targetEntity = GuideImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "SHARER_GUIDE_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_sharerGuide", order = 6000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide sharerGuide;

    @ManyToOne(targetEntity = DistributorImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "SHARER_DISTRIBUTOR_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_sharerDistributor", order = 6500, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "code")
    protected Distributor sharerDistributor;

    @ManyToOne(targetEntity = GuideImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "PARENT_GUIDE_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_parentGuide", order = 7000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide parentGuide;

    @ManyToOne(targetEntity = FranchiseeImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "FRANCHISEE_ID")
    @AdminPresentation(friendlyName = "GcOrderAttribution_franchisee", order = 8000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Franchisee franchisee;

    @Column(name = "NOTE", length = 255)
    @AdminPresentation(friendlyName = "GcOrderAttribution_note", order = 9000, readOnly = true)
    protected String note;

    @Column(name = "ATTRIBUTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcOrderAttribution_attributedAt", order = 10000, readOnly = true)
    protected Date attributedAt;

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public Guide getBoundGuide() {
        return boundGuide;
    }

    @Override
    public Long getBindingRecordId() {
        return bindingRecordId;
    }

    @Override
    public Guide getSharerGuide() {
        return sharerGuide;
    }

    @Override
    public Distributor getSharerDistributor() {
        return sharerDistributor;
    }

    @Override
    public Guide getParentGuide() {
        return parentGuide;
    }

    @Override
    public Franchisee getFranchisee() {
        return franchisee;
    }

    @Override
    public String getNote() {
        return note;
    }

    @Override
    public Date getAttributedAt() {
        return attributedAt;
    }
}
