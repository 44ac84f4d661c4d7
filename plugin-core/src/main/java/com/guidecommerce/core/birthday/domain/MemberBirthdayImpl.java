package com.guidecommerce.core.birthday.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Index;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Written with plain SQL by the birthday service; mapped for the admin and the schema. */
@Entity
@Table(name = "GC_MEMBER_BIRTHDAY")
@org.hibernate.annotations.Table(appliesTo = "GC_MEMBER_BIRTHDAY", indexes = {
        @Index(name = "IX_GC_MEMBER_BIRTHDAY_DAY", columnNames = {"BIRTH_MONTH", "BIRTH_DAY"})})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcMemberBirthday")
public class MemberBirthdayImpl implements MemberBirthday {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "GcMemberBirthday_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection.
    @ManyToOne(targetEntity = CustomerImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", insertable = false, updatable = false)
    @AdminPresentation(friendlyName = "GcMemberBirthday_member", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer member;

    /** The member's login, in the grid: the list's search box finds members by it. */
    @Formula("(SELECT c.USER_NAME FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = CUSTOMER_ID)")
    @AdminPresentation(friendlyName = "GcMemberBirthday_member", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String memberLogin;

    @Column(name = "BIRTH_MONTH", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberBirthday_month", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true)
    protected Integer month;

    @Column(name = "BIRTH_DAY", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberBirthday_day", order = 3000, prominent = true, gridOrder = 3000,
            readOnly = true)
    protected Integer day;

    @Column(name = "BIRTH_YEAR")
    @AdminPresentation(friendlyName = "GcMemberBirthday_year", order = 4000, prominent = true, gridOrder = 4000,
            readOnly = true)
    protected Integer year;

    @Column(name = "FIRST_SET_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberBirthday_firstSetAt", order = 5000, prominent = true,
            gridOrder = 5000, readOnly = true)
    protected Date firstSetAt;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberBirthday_changedAt", order = 6000, prominent = true,
            gridOrder = 6000, readOnly = true)
    protected Date changedAt;

    @OneToMany(mappedBy = "birthday", targetEntity = BirthdayChangeImpl.class)
    @OrderBy("changedAt")
    @AdminPresentationCollection(friendlyName = "GcMemberBirthday_changes", order = 1000, readOnly = true)
    protected List<BirthdayChange> changes = new ArrayList<BirthdayChange>();

    @Override
    public Long getCustomerId() {
        return id;
    }

    @Override
    public Customer getMember() {
        return member;
    }

    @Override
    public int getMonth() {
        return month;
    }

    @Override
    public int getDay() {
        return day;
    }

    @Override
    public Integer getYear() {
        return year;
    }

    @Override
    public Date getFirstSetAt() {
        return firstSetAt;
    }

    @Override
    public Date getChangedAt() {
        return changedAt;
    }

    @Override
    public List<BirthdayChange> getChanges() {
        return changes;
    }
}
