package com.guidecommerce.core.channel.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_CHANNEL_SECRET_ROTATION")
@org.hibernate.annotations.Table(appliesTo = "GC_CHANNEL_SECRET_ROTATION", indexes = {
        @Index(name = "IX_GC_CHANNEL_SECRET_ROT_CH", columnNames = {"CHANNEL_ID", "ROTATED_AT"})
})
public class ChannelSecretRotationImpl implements ChannelSecretRotation {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcChannelSecretRotationId")
    @GenericGenerator(name = "GcChannelSecretRotationId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcChannelSecretRotationImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.channel.domain.ChannelSecretRotationImpl")
            })
    @Column(name = "ROTATION_ID")
    protected Long id;

    @Column(name = "CHANNEL_ID", nullable = false)
    protected Long channelId;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    protected String channelCode;

    @Column(name = "SECRET_VERSION", nullable = false)
    protected Integer secretVersion;

    @Column(name = "ROTATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date rotatedAt;

    @Column(name = "ROTATED_BY", nullable = false, length = 100)
    protected String rotatedBy;

    @Column(name = "PREVIOUS_VALID_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date previousValidUntil;

    protected ChannelSecretRotationImpl() {
    }

    public ChannelSecretRotationImpl(Channel channel, Date rotatedAt, String rotatedBy, Date previousValidUntil) {
        this.channelId = channel.getId();
        this.channelCode = channel.getCode();
        this.secretVersion = channel.getSecretVersion();
        this.rotatedAt = rotatedAt;
        this.rotatedBy = rotatedBy;
        this.previousValidUntil = previousValidUntil;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getChannelId() {
        return channelId;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public int getSecretVersion() {
        return secretVersion == null ? 0 : secretVersion;
    }

    @Override
    public Date getRotatedAt() {
        return rotatedAt;
    }

    @Override
    public String getRotatedBy() {
        return rotatedBy;
    }

    @Override
    public Date getPreviousValidUntil() {
        return previousValidUntil;
    }
}
