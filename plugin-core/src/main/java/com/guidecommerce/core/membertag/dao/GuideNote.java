package com.guidecommerce.core.membertag.dao;

import java.util.Date;

/** A guide's note about a member (GC_GUIDE_MEMBER_NOTE). */
public final class GuideNote {

    private final Long id;
    private final Long guideId;
    private final Long customerId;
    private final String body;
    private final Date createdAt;

    public GuideNote(Long id, Long guideId, Long customerId, String body, Date createdAt) {
        this.id = id;
        this.guideId = guideId;
        this.customerId = customerId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getGuideId() {
        return guideId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getBody() {
        return body;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
