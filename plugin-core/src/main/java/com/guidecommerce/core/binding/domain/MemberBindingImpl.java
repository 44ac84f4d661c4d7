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
import javax.persistence.Version;

@Entity
@Table(name = "GC_MEMBER_BINDING", uniqueConstraints = @UniqueConstraint(name = "UK_GC_MEMBER_BINDING_MEMBER", columnNames = "CUSTOMER_ID"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcMemberBinding")
public class MemberBindingImpl implements MemberBinding {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcMemberBindingId")
    @GenericGenerator(name = "GcMemberBindingId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcMemberBindingImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.binding.domain.MemberBindingImpl")
            })
    @Column(name = "MEMBER_BINDING_ID")
    @AdminPresentation(friendlyName = "GcMemberBinding_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection.
    @ManyToOne(targetEntity = CustomerImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    // Shown in the grid as memberLogin, which the list's search box can search.
    @AdminPresentation(friendlyName = "GcMemberBinding_member", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer member;

    /** The member's login, first in the grid: the search box finds members by it, their e-mail, name or number. */
    @Formula("(SELECT c.USER_NAME FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = CUSTOMER_ID)")
    @AdminPresentation(friendlyName = "GcMemberBinding_member", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String memberLogin;

    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberBinding_guide", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guide;

    @Column(name = "SOURCE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcMemberBinding_source", order = 3000, prominent = true, gridOrder = 3000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.binding.domain.BindingSource")
    protected String source;

    @Column(name = "BOUND_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    // First grid column: Broadleaf prints a to-one reference twice when it leads the grid.
    @AdminPresentation(friendlyName = "GcMemberBinding_boundAt", order = 4000, prominent = true, gridOrder = 500,
            readOnly = true)
    protected Date boundAt;

    @Column(name = "VALID_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberBinding_validUntil", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected Date validUntil;

    @Column(name = "PROTECTED_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberBinding_protectedUntil", order = 6000, readOnly = true)
    protected Date protectedUntil;

    /** Guards against two requests changing the same member's binding at once. */
    @Version
    @Column(name = "VERSION")
    protected Integer version;

    @Override
    public Long getId() {
        return id;
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
    public BindingSource getSource() {
        return BindingSource.getInstance(source);
    }

    @Override
    public void setSource(BindingSource source) {
        this.source = source == null ? null : source.getType();
    }

    @Override
    public Date getBoundAt() {
        return boundAt;
    }

    @Override
    public void setBoundAt(Date boundAt) {
        this.boundAt = boundAt;
    }

    @Override
    public Date getValidUntil() {
        return validUntil;
    }

    @Override
    public void setValidUntil(Date validUntil) {
        this.validUntil = validUntil;
    }

    @Override
    public Date getProtectedUntil() {
        return protectedUntil;
    }

    @Override
    public void setProtectedUntil(Date protectedUntil) {
        this.protectedUntil = protectedUntil;
    }

    @Override
    public boolean isValidAt(Date moment) {
        return validUntil == null || validUntil.after(moment);
    }
}
