package com.guidecommerce.admin.packagecard;

import com.guidecommerce.admin.poster.PosterContent;

/**
 * What one printed package card says, top to bottom, and the address its QR code opens (the card's landing page with
 * its signed code). The order line is empty for a campaign's generic card.
 */
public final class PackageCardContent {

    private final String brand;
    private final String headline;
    private final String benefit;
    private final String store;
    private final String orderLine;
    private final String landingUrl;
    private final String code;

    public PackageCardContent(String brand, String headline, String benefit, String store, String orderLine,
                              String landingUrl, String code) {
        this.brand = text(brand);
        this.headline = text(headline);
        this.benefit = text(benefit);
        this.store = text(store);
        this.orderLine = text(orderLine);
        this.landingUrl = landingUrl;
        this.code = code;
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** The card's landing page, {@code <site>/card/<code>}. */
    public static String landingUrl(String siteBaseUrl, String code) {
        return PosterContent.onSite(siteBaseUrl, "/card/" + code);
    }

    public String getBrand() {
        return brand;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBenefit() {
        return benefit;
    }

    public String getStore() {
        return store;
    }

    public String getOrderLine() {
        return orderLine;
    }

    public String getLandingUrl() {
        return landingUrl;
    }

    public String getCode() {
        return code;
    }
}
