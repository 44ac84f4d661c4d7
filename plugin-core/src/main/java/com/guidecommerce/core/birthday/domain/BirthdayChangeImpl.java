package com.guidecommerce.core.birthday.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Immutable;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Append-only: written once with plain SQL by the birthday service (ids from GC_ID_SEQUENCE), never updated. */
@Entity
@Immutable
@Table(name = "GC_MEMBER_BIRTHDAY_CHANGE")
@AdminPresentationClass(friendlyName = "GcBirthdayChange")
public class BirthdayChangeImpl implements BirthdayChange {

    private static final long serialVersionUID = 1L;

    /** The change's id, from gcIdBlocks' sequence {@link #ID_SEQUENCE}. */
    public static final String ID_SEQUENCE = "GcBirthdayChange";

    @Id
    @Column(name = "BIRTHDAY_CHANGE_ID")
    @AdminPresentation(friendlyName = "GcBirthdayChange_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = MemberBirthdayImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcBirthdayChange_member", visibility = VisibilityEnum.HIDDEN_ALL)
    protected MemberBirthday birthday;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcBirthdayChange_changedAt", order = 1000, prominent = true,
            gridOrder = 1000, readOnly = true)
    protected Date changedAt;

    @Column(name = "OLD_BIRTHDAY", length = 10)
    @AdminPresentation(friendlyName = "GcBirthdayChange_oldBirthday", order = 2000, prominent = true,
            gridOrder = 2000, readOnly = true)
    protected String oldBirthday;

    @Column(name = "NEW_BIRTHDAY", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "GcBirthdayChange_newBirthday", order = 3000, prominent = true,
            gridOrder = 3000, readOnly = true)
    protected String newBirthday;

    @Column(name = "ACTOR", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "GcBirthdayChange_actor", order = 4000, prominent = true, gridOrder = 4000,
            readOnly = true)
    protected String actor;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCustomerId() {
        return birthday == null ? null : birthday.getCustomerId();
    }

    @Override
    public String getOldBirthday() {
        return oldBirthday;
    }

    @Override
    public String getNewBirthday() {
        return newBirthday;
    }

    @Override
    public Date getChangedAt() {
        return changedAt;
    }

    @Override
    public String getActor() {
        return actor;
    }
}
