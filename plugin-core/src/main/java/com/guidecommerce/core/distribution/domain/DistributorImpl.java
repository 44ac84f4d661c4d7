package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

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
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/** A distributor; the unique member column is what keeps two simultaneous accepts from making two. */
@Entity
@Table(name = "GC_DISTRIBUTOR", uniqueConstraints = {
        @UniqueConstraint(name = "UK_GC_DISTRIBUTOR_MEMBER", columnNames = "CUSTOMER_ID"),
        @UniqueConstraint(name = "UK_GC_DISTRIBUTOR_CODE", columnNames = "DISTRIBUTOR_CODE")})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcDistributor")
public class DistributorImpl implements Distributor {

    private static final long serialVersionUID = 1L;

    /** The tier a new distributor starts at: the seeded entry tier of the distributor ladder. */
    public static final String ENTRY_TIER = "D_NORMAL";

    @Id
    @GeneratedValue(generator = "GcDistributorId")
    @GenericGenerator(name = "GcDistributorId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcDistributorImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.distribution.domain.DistributorImpl")
            })
    @Column(name = "DISTRIBUTOR_ID")
    @AdminPresentation(friendlyName = "GcDistributor_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "DISTRIBUTOR_CODE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcDistributor_code", order = 1000, prominent = true, gridOrder = 100,
            readOnly = true)
    protected String code;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection.
    @ManyToOne(targetEntity = CustomerImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcDistributor_member", order = 2000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer member;

    @Formula("(SELECT c.USER_NAME FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = CUSTOMER_ID)")
    @AdminPresentation(friendlyName = "GcDistributor_member", order = 2100, prominent = true, gridOrder = 200,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String memberLogin;

    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    @Index(name = "IX_GC_DISTRIBUTOR_GUIDE", columnNames = "GUIDE_ID")
    @AdminPresentation(friendlyName = "GcDistributor_guide", order = 3000, prominent = true, gridOrder = 300,
            readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guide;

    @Formula("(SELECT s.NAME FROM GC_STORE s WHERE s.STORE_ID = "
            + "(SELECT g.STORE_ID FROM GC_GUIDE g WHERE g.GUIDE_ID = GUIDE_ID))")
    @AdminPresentation(friendlyName = "GcDistributor_store", order = 3100, prominent = true, gridOrder = 400,
            readOnly = true)
    protected String storeName;

    @Column(name = "STATUS", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcDistributor_status", order = 4000, prominent = true, gridOrder = 500,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.distribution.domain.DistributorStatus")
    protected String status;

    @Column(name = "JOINED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcDistributor_joinedAt", order = 5000, prominent = true, gridOrder = 600,
            readOnly = true)
    protected Date joinedAt;

    @Column(name = "ENDED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcDistributor_endedAt", order = 6000, readOnly = true)
    protected Date endedAt;

    /** Changed only through the distribution service's changeTier, which records it in the history. */
    @Column(name = "TIER", length = 32)
    @AdminPresentation(friendlyName = "GcDistributor_tier", order = 4500, prominent = true, gridOrder = 550,
            readOnly = true)
    protected String tier = ENTRY_TIER;

    /** Appended by the distribution service; mapped here so the admin shows it on the distributor's screen. */
    @OneToMany(mappedBy = "distributor", targetEntity = DistributorEventImpl.class)
    @OrderBy("occurredAt DESC, id DESC")
    @AdminPresentationCollection(friendlyName = "GcDistributor_history", order = 1000, readOnly = true)
    protected List<DistributorEvent> history = new ArrayList<DistributorEvent>();

    /** Guards against HQ and a member changing the same distributor at once. */
    @Version
    @Column(name = "VERSION")
    protected Integer version;

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
    public Customer getMember() {
        return member;
    }

    @Override
    public void setMember(Customer member) {
        this.member = member;
    }

    @Override
    public Guide getGuide() {
        return guide;
    }

    @Override
    public void setGuide(Guide guide) {
        this.guide = guide;
    }

    @Override
    public DistributorStatus getStatus() {
        return DistributorStatus.getInstance(status);
    }

    @Override
    public void setStatus(DistributorStatus status) {
        this.status = status == null ? null : status.getType();
    }

    @Override
    public Date getJoinedAt() {
        return joinedAt;
    }

    @Override
    public void setJoinedAt(Date joinedAt) {
        this.joinedAt = joinedAt;
    }

    @Override
    public String getTierCode() {
        return tier;
    }

    @Override
    public void setTierCode(String tierCode) {
        this.tier = tierCode;
    }

    @Override
    public Date getEndedAt() {
        return endedAt;
    }

    @Override
    public void setEndedAt(Date endedAt) {
        this.endedAt = endedAt;
    }
}
