package com.guidecommerce.site.share;

import java.io.Serializable;
import java.util.Date;
import javax.servlet.http.HttpSession;

/**
 * The last valid share link a visitor arrived through: whose link it was and when, so a purchase in the same session
 * can be credited to the sharer. Kept in the visitor's session.
 */
public final class ShareContext implements Serializable {

    static final String ATTRIBUTE = "gcShareContext";
    private static final long serialVersionUID = 1L;

    private final String sharerCode;
    private final Date sharedAt;
    private final Long boundMemberId;

    /**
     * @param boundMemberId the member this link was already applied to, so reloading the page does not bind again
     */
    public ShareContext(String sharerCode, Date sharedAt, Long boundMemberId) {
        this.sharerCode = sharerCode;
        this.sharedAt = new Date(sharedAt.getTime());
        this.boundMemberId = boundMemberId;
    }

    public static ShareContext current(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof ShareContext ? (ShareContext) value : null;
    }

    public void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public String getSharerCode() {
        return sharerCode;
    }

    public Date getSharedAt() {
        return new Date(sharedAt.getTime());
    }

    /** Whether this link was already applied to the member. */
    public boolean isAppliedTo(String sharer, Long memberId) {
        return sharerCode.equals(sharer) && memberId != null && memberId.equals(boundMemberId);
    }
}
