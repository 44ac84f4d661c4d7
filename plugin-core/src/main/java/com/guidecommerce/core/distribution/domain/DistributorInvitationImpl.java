package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.GenericGenerator;
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
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_DISTRIBUTOR_INVITATION",
        uniqueConstraints = @UniqueConstraint(name = "UK_GC_DISTRIBUTOR_INVITATION_TOKEN", columnNames = "TOKEN"))
public class DistributorInvitationImpl implements DistributorInvitation {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcDistributorInvitationId")
    @GenericGenerator(name = "GcDistributorInvitationId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcDistributorInvitationImpl"),
                    @Parameter(name = "entity_name",
                            value = "com.guidecommerce.core.distribution.domain.DistributorInvitationImpl")
            })
    @Column(name = "INVITATION_ID")
    protected Long id;

    @Column(name = "TOKEN", nullable = false, length = 64)
    protected String token;

    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    @Index(name = "IX_GC_DISTRIBUTOR_INVITATION_GUIDE", columnNames = "GUIDE_ID")
    protected Guide guide;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date expiresAt;

    @ManyToOne(targetEntity = CustomerImpl.class)
    @JoinColumn(name = "ACCEPTED_BY")
    protected Customer acceptedBy;

    @Column(name = "ACCEPTED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date acceptedAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getToken() {
        return token;
    }

    @Override
    public void setToken(String token) {
        this.token = token;
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
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public Date getExpiresAt() {
        return expiresAt;
    }

    @Override
    public void setExpiresAt(Date expiresAt) {
        this.expiresAt = expiresAt;
    }

    @Override
    public Customer getAcceptedBy() {
        return acceptedBy;
    }

    @Override
    public void setAcceptedBy(Customer acceptedBy) {
        this.acceptedBy = acceptedBy;
    }

    @Override
    public Date getAcceptedAt() {
        return acceptedAt;
    }

    @Override
    public void setAcceptedAt(Date acceptedAt) {
        this.acceptedAt = acceptedAt;
    }
}
