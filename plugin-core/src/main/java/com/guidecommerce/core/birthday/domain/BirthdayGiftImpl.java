package com.guidecommerce.core.birthday.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Index;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * Written with plain SQL by the birthday service (ids from GC_ID_SEQUENCE). The unique key on member and gift year
 * is what makes a gift once per member and year, also when two admin nodes issue at the same moment.
 */
@Entity
@Table(name = "GC_BIRTHDAY_GIFT", uniqueConstraints = @UniqueConstraint(name = "UK_GC_BIRTHDAY_GIFT_YEAR",
        columnNames = {"CUSTOMER_ID", "GIFT_YEAR"}))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcBirthdayGift")
public class BirthdayGiftImpl implements BirthdayGift {

    private static final long serialVersionUID = 1L;

    /** The gift's id, from gcIdBlocks' sequence {@link #ID_SEQUENCE}. */
    public static final String ID_SEQUENCE = "GcBirthdayGift";

    @Id
    @Column(name = "GIFT_ID")
    @AdminPresentation(friendlyName = "GcBirthdayGift_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, insertable = false, updatable = false)
    @AdminPresentation(friendlyName = "GcBirthdayGift_customerId", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long customerId;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection.
    @ManyToOne(targetEntity = CustomerImpl.class, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcBirthdayGift_member", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer member;

    /** The member's login, in the grid: the list's search box finds members by it. */
    @Formula("(SELECT c.USER_NAME FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = CUSTOMER_ID)")
    @AdminPresentation(friendlyName = "GcBirthdayGift_member", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String memberLogin;

    @Column(name = "GIFT_YEAR", nullable = false)
    @AdminPresentation(friendlyName = "GcBirthdayGift_giftYear", order = 2000, prominent = true, gridOrder = 2000,
            readOnly = true)
    protected Integer giftYear;

    @Column(name = "CODE", length = 32)
    @AdminPresentation(friendlyName = "GcBirthdayGift_code", order = 3000, prominent = true, gridOrder = 3000,
            readOnly = true)
    protected String code;

    @Column(name = "OFFER_CODE_ID")
    @Index(name = "IX_GC_BIRTHDAY_GIFT_CODE", columnNames = "OFFER_CODE_ID")
    @AdminPresentation(friendlyName = "GcBirthdayGift_offerCodeId", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long offerCodeId;

    @Column(name = "VALID_FROM", nullable = false)
    @Temporal(TemporalType.DATE)
    @AdminPresentation(friendlyName = "GcBirthdayGift_validFrom", order = 4000, prominent = true, gridOrder = 4000,
            readOnly = true)
    protected Date validFrom;

    @Column(name = "VALID_TO", nullable = false)
    @Temporal(TemporalType.DATE)
    @AdminPresentation(friendlyName = "GcBirthdayGift_validTo", order = 5000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected Date validTo;

    @Column(name = "ISSUED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    // First grid column: Broadleaf prints a to-one reference twice when it leads the grid.
    @AdminPresentation(friendlyName = "GcBirthdayGift_issuedAt", order = 6000, prominent = true, gridOrder = 50,
            readOnly = true)
    protected Date issuedAt;

    @Column(name = "BIRTHDAY", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "GcBirthdayGift_birthday", order = 7000, readOnly = true)
    protected String birthday;

    @Formula("(CASE WHEN EXISTS (SELECT 1 FROM BLC_OFFER_AUDIT a WHERE a.OFFER_CODE_ID = OFFER_CODE_ID)"
            + " THEN 1 ELSE 0 END)")
    @AdminPresentation(friendlyName = "GcBirthdayGift_used", order = 8000, prominent = true, gridOrder = 8000,
            readOnly = true, fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean used;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public Customer getMember() {
        return member;
    }

    @Override
    public int getGiftYear() {
        return giftYear;
    }

    @Override
    public Long getOfferCodeId() {
        return offerCodeId;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public Date getValidFrom() {
        return validFrom;
    }

    @Override
    public Date getValidTo() {
        return validTo;
    }

    @Override
    public Date getIssuedAt() {
        return issuedAt;
    }

    @Override
    public boolean isUsed() {
        return Boolean.TRUE.equals(used);
    }
}
