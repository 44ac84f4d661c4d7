package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Index;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_CHANNEL_EVENT", uniqueConstraints = @UniqueConstraint(name = "UK_GC_CHANNEL_EVENT_KEY", columnNames = {"CHANNEL_CODE", "DEDUPE_KEY"}))
@org.hibernate.annotations.Table(appliesTo = "GC_CHANNEL_EVENT", indexes = {
        @Index(name = "IX_GC_CHANNEL_EVENT_ORDER", columnNames = {"CHANNEL_CODE", "ORDER_NO", "STATUS"})
})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcChannelEventRecord")
public class ChannelEventRecordImpl implements ChannelEventRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "EVENT_ID")
    @AdminPresentation(friendlyName = "GcChannelEventRecord_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "RECEIVED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_receivedAt", order = 1000, prominent = true, gridOrder = 1000, readOnly = true)
    protected Date receivedAt;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_channelCode", order = 2000, prominent = true, gridOrder = 2000, readOnly = true)
    protected String channelCode;

    @Column(name = "SOURCE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_source", order = 3000, prominent = true, gridOrder = 3000, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.channel.domain.IngestSourceType")
    protected String source;

    @Column(name = "EVENT_KEY", length = 160)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_eventKey", order = 4000, prominent = true, gridOrder = 4000, readOnly = true)
    protected String eventKey;

    @Column(name = "DEDUPE_KEY", length = 160)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_dedupeKey", visibility = VisibilityEnum.HIDDEN_ALL)
    protected String dedupeKey;

    @Column(name = "EVENT_TYPE", length = 32)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_eventType", order = 5500, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.channel.domain.EventKindType")
    protected String eventType;

    @Column(name = "ORDER_NO", length = 64)
    // First grid column: the list's search box searches it.
    @AdminPresentation(friendlyName = "GcChannelEventRecord_orderNo", order = 6000, prominent = true, gridOrder = 500,
            readOnly = true, columnWidth = "170px")
    protected String orderNo;

    @Column(name = "STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_status", order = 7000, prominent = true, gridOrder = 5000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.channel.domain.EventStatusType")
    protected String status;

    @Column(name = "MESSAGE", length = 1000)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_message", order = 8000, prominent = true, gridOrder = 6000, readOnly = true)
    protected String message;

    @Column(name = "PROCESSED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_processedAt", order = 9000, readOnly = true)
    protected Date processedAt;

    @Lob
    @Column(name = "PAYLOAD", length = 1048576)
    @AdminPresentation(friendlyName = "GcChannelEventRecord_payload", order = 10000, readOnly = true, fieldType = SupportedFieldType.HTML_BASIC)
    protected String payload;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Date getReceivedAt() {
        return receivedAt;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public String getSource() {
        return source;
    }

    @Override
    public String getEventKey() {
        return eventKey;
    }

    @Override
    public String getDedupeKey() {
        return dedupeKey;
    }

    @Override
    public String getEventType() {
        return eventType;
    }

    @Override
    public String getOrderNo() {
        return orderNo;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public Date getProcessedAt() {
        return processedAt;
    }

    @Override
    public String getPayload() {
        return payload;
    }
}
