package com.guidecommerce.core.bounty.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.money.Money;
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

import java.math.BigDecimal;
import java.util.Currency;
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
@Table(name = "GC_NEW_MEMBER_BOUNTY", uniqueConstraints = @UniqueConstraint(name = "UK_GC_BOUNTY_MEMBER", columnNames = "CUSTOMER_ID"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcNewMemberBounty")
public class NewMemberBountyImpl implements NewMemberBounty {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcBountyId")
    @GenericGenerator(name = "GcBountyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcNewMemberBountyImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.bounty.domain.NewMemberBountyImpl")
            })
    @Column(name = "BOUNTY_ID")
    @AdminPresentation(friendlyName = "GcNewMemberBounty_id", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection. No to-one column
    // comes first in the grid: Broadleaf 3.1 prints the first column's value twice when it is a to-one lookup.
    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    // Shown in the grid as guideCode, which the list's search box can search.
    @AdminPresentation(friendlyName = "GcNewMemberBounty_guide", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guide;

    /** The guide's code, first in the grid: the search box finds the guide's rows by it or the guide's name. */
    @Formula("(SELECT g.GUIDE_CODE FROM GC_GUIDE g WHERE g.GUIDE_ID = GUIDE_ID)")
    @AdminPresentation(friendlyName = "GcNewMemberBounty_guide", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String guideCode;

    @ManyToOne(targetEntity = CustomerImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_member", order = 2000, prominent = true, gridOrder = 3000,
            readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer member;

    @Column(name = "AMOUNT", precision = 19, scale = 5, nullable = false)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_amount", order = 3000, prominent = true, gridOrder = 4000,
            readOnly = true, fieldType = SupportedFieldType.MONEY, currencyCodeField = "currencyCode")
    protected BigDecimal amount;

    @Column(name = "CURRENCY_CODE", length = 3, nullable = false)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_currencyCode", order = 3500, readOnly = true)
    protected String currencyCode;

    @Column(name = "STATE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_state", order = 4000, prominent = true, gridOrder = 5000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.bounty.domain.BountyState")
    protected String state;

    @Column(name = "BOUND_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_boundAt", order = 5000, prominent = true, gridOrder = 1000,
            readOnly = true)
    protected Date boundAt;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_createdAt", order = 6000, readOnly = true)
    protected Date createdAt;

    @Column(name = "DECIDED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_decidedAt", order = 7000, prominent = true, gridOrder = 6000,
            readOnly = true)
    protected Date decidedAt;

    @Column(name = "QUALIFYING_ORDER", length = 100)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_qualifyingOrderNumber", order = 8000, readOnly = true)
    protected String qualifyingOrderNumber;

    @Column(name = "REASON", length = 255)
    @AdminPresentation(friendlyName = "GcNewMemberBounty_reason", order = 9000, prominent = true, gridOrder = 7000,
            readOnly = true)
    protected String reason;

    /** The vesting job and an admin re-run must not decide the same bounty twice. */
    @Version
    @Column(name = "VERSION")
    @AdminPresentation(excluded = true)
    protected Integer version;

    @Override
    public Long getId() {
        return id;
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
    public Customer getMember() {
        return member;
    }

    @Override
    public void setMember(Customer member) {
        this.member = member;
    }

    @Override
    public Money getAmount() {
        return amount == null ? null : new Money(amount, Currency.getInstance(currencyCode));
    }

    @Override
    public void setAmount(Money amount) {
        this.amount = amount == null ? null : amount.getAmount();
        this.currencyCode = amount == null ? null : amount.getCurrency().getCurrencyCode();
    }

    @Override
    public BountyState getState() {
        return BountyState.getInstance(state);
    }

    @Override
    public void setState(BountyState state) {
        this.state = state == null ? null : state.getType();
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
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public Date getDecidedAt() {
        return decidedAt;
    }

    @Override
    public void setDecidedAt(Date decidedAt) {
        this.decidedAt = decidedAt;
    }

    @Override
    public String getQualifyingOrderNumber() {
        return qualifyingOrderNumber;
    }

    @Override
    public void setQualifyingOrderNumber(String qualifyingOrderNumber) {
        this.qualifyingOrderNumber = qualifyingOrderNumber;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public void setReason(String reason) {
        this.reason = reason;
    }
}
