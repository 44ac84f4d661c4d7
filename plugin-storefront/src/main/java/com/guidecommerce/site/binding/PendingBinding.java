package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.domain.BindingSource;

import java.io.Serializable;
import java.util.Date;

/**
 * A binding an anonymous visitor asked for (by scanning a guide's code or opening a share link) that is carried out
 * once they register. Kept in the visitor's session.
 */
public final class PendingBinding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String guideCode;
    private final BindingSource source;
    private final Date requestedAt;

    public PendingBinding(String guideCode, BindingSource source, Date requestedAt) {
        this.guideCode = guideCode;
        this.source = source;
        this.requestedAt = new Date(requestedAt.getTime());
    }

    public String getGuideCode() {
        return guideCode;
    }

    public BindingSource getSource() {
        return source;
    }

    public Date getRequestedAt() {
        return new Date(requestedAt.getTime());
    }

    /**
     * Whether this request takes the place of the one the visitor already has. A guide's QR code scanned in the store
     * is a deliberate choice and always wins; a share link (which merely passed through someone's hands) never
     * displaces a scanned code, only an earlier share link.
     */
    public boolean replaces(PendingBinding existing) {
        return existing == null
                || BindingSource.STORE_QR.equals(source)
                || !BindingSource.STORE_QR.equals(existing.source);
    }

    @Override
    public String toString() {
        return guideCode + " via " + source + " since " + requestedAt.getTime();
    }
}
