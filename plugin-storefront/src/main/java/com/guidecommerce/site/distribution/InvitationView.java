package com.guidecommerce.site.distribution;

import java.io.Serializable;

/** The invitation a guide has just created, as the workbench shows it once: its link, QR image and last day. */
public final class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String link;
    private final String qrImagePath;
    private final String expiresOn;

    public InvitationView(String link, String qrImagePath, String expiresOn) {
        this.link = link;
        this.qrImagePath = qrImagePath;
        this.expiresOn = expiresOn;
    }

    public String getLink() {
        return link;
    }

    public String getQrImagePath() {
        return qrImagePath;
    }

    /** The day the invitation expires, in the guide's store's zone (e.g. 2026-03-01). */
    public String getExpiresOn() {
        return expiresOn;
    }
}
