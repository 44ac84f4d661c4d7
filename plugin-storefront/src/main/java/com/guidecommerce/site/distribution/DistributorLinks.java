package com.guidecommerce.site.distribution;

/** The storefront addresses of distribution: an invitation's join page and its QR image, the distributor's page. */
public final class DistributorLinks {

    public static final String DISTRIBUTOR_PATH = "/distributor";

    private DistributorLinks() {
    }

    public static String joinPath(String token) {
        return DISTRIBUTOR_PATH + "/join/" + token;
    }

    public static String qrImagePath(String token) {
        return joinPath(token) + "/qr.png";
    }
}
