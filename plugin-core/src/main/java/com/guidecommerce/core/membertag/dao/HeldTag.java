package com.guidecommerce.core.membertag.dao;

import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;

import java.util.Date;

/** A row of GC_MEMBER_TAG: an automatic tag a member holds, since when. */
public final class HeldTag {

    private final Long customerId;
    private final MemberTag tag;
    private final Date since;

    public HeldTag(Long customerId, MemberTag tag, Date since) {
        this.customerId = customerId;
        this.tag = tag;
        this.since = since;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public MemberTag getTag() {
        return tag;
    }

    public TagCode getCode() {
        return tag.getCode();
    }

    public String getValue() {
        return tag.getValue();
    }

    public Date getSince() {
        return since;
    }
}
