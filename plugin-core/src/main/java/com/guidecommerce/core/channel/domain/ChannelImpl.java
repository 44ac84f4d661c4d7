package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_CHANNEL", uniqueConstraints = @UniqueConstraint(name = "UK_GC_CHANNEL_CODE", columnNames = "CODE"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcChannel")
public class ChannelImpl implements Channel {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcChannelId")
    @GenericGenerator(name = "GcChannelId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcChannelImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.channel.domain.ChannelImpl")
            })
    @Column(name = "CHANNEL_ID")
    @AdminPresentation(friendlyName = "GcChannel_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcChannel_code", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcChannel_code_help")
    protected String code;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcChannel_name", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    /**
     * Write-only in the admin: never on a form, a grid or a page. Only a rotation (ChannelSecretService) changes it and
     * the columns below, with its own statement: a channel saved in the admin meanwhile, from a copy read before the
     * rotation, must not write the old values back.
     */
    @Column(name = "SIGNING_SECRET", length = 128, updatable = false)
    @AdminPresentation(excluded = true)
    protected String signingSecret;

    /** The secret before the last rotation, still accepted until {@link #previousSecretValidUntil}. */
    @Column(name = "PREVIOUS_SIGNING_SECRET", length = 128, updatable = false)
    @AdminPresentation(excluded = true)
    protected String previousSigningSecret;

    @Column(name = "PREVIOUS_SECRET_VALID_UNTIL", updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(excluded = true)
    protected Date previousSecretValidUntil;

    @Column(name = "SECRET_VERSION", updatable = false)
    @AdminPresentation(excluded = true)
    protected Integer secretVersion;

    @Column(name = "SECRET_ROTATED_AT", updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannel_secretRotatedAt", order = 3000, readOnly = true,
            helpText = "GcChannel_secretRotatedAt_help")
    protected Date secretRotatedAt;

    @Column(name = "SECRET_ROTATED_BY", length = 100, updatable = false)
    @AdminPresentation(friendlyName = "GcChannel_secretRotatedBy", order = 3100, readOnly = true)
    protected String secretRotatedBy;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "GcChannel_timeZone", order = 4000, prominent = true, gridOrder = 4000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcChannel_timeZone_help")
    protected String timeZone = "Asia/Shanghai";

    @Column(name = "COMMISSION_START", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcChannel_commissionStart", order = 5000, prominent = true, gridOrder = 5000,
            requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.channel.domain.CommissionStart",
            helpText = "GcChannel_commissionStart_help")
    protected String commissionStart = CommissionStart.PAID.getType();

    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "GcChannel_returnWindowDays", order = 6000, prominent = true, gridOrder = 6000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcChannel_returnWindowDays_help")
    protected Integer returnWindowDays = 7;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "GcChannel_active", order = 7000, prominent = true, gridOrder = 7000)
    protected Boolean active = Boolean.TRUE;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
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
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getSigningSecret() {
        return signingSecret;
    }

    @Override
    public void setSigningSecret(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    @Override
    public String getPreviousSigningSecret() {
        return previousSigningSecret;
    }

    @Override
    public void setPreviousSigningSecret(String previousSigningSecret) {
        this.previousSigningSecret = previousSigningSecret;
    }

    @Override
    public Date getPreviousSecretValidUntil() {
        return previousSecretValidUntil;
    }

    @Override
    public void setPreviousSecretValidUntil(Date previousSecretValidUntil) {
        this.previousSecretValidUntil = previousSecretValidUntil;
    }

    @Override
    public int getSecretVersion() {
        return secretVersion == null ? 0 : secretVersion;
    }

    @Override
    public void setSecretVersion(int secretVersion) {
        this.secretVersion = secretVersion;
    }

    @Override
    public Date getSecretRotatedAt() {
        return secretRotatedAt;
    }

    @Override
    public void setSecretRotatedAt(Date secretRotatedAt) {
        this.secretRotatedAt = secretRotatedAt;
    }

    @Override
    public String getSecretRotatedBy() {
        return secretRotatedBy;
    }

    @Override
    public void setSecretRotatedBy(String secretRotatedBy) {
        this.secretRotatedBy = secretRotatedBy;
    }

    @Override
    public String getTimeZone() {
        return timeZone;
    }

    @Override
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    @Override
    public CommissionStart getCommissionStart() {
        return CommissionStart.getInstance(commissionStart);
    }

    @Override
    public void setCommissionStart(CommissionStart commissionStart) {
        this.commissionStart = commissionStart == null ? null : commissionStart.getType();
    }

    @Override
    public int getReturnWindowDays() {
        return returnWindowDays == null ? 0 : returnWindowDays;
    }

    @Override
    public void setReturnWindowDays(int returnWindowDays) {
        this.returnWindowDays = returnWindowDays;
    }

    @Override
    public boolean isActive() {
        return active != null && active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }
}
