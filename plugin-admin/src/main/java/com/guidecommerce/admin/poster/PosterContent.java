package com.guidecommerce.admin.poster;

/** What a guide's poster says, top to bottom, and the address its QR code opens. */
public final class PosterContent {

    private final String brand;
    private final String store;
    private final String guideName;
    private final String guideCode;
    private final String callToAction;
    private final String landingUrl;

    /**
     * @param brand        the brand's name; empty for none
     * @param callToAction the line under the code that tells shoppers what scanning gives them
     */
    public PosterContent(String brand, String store, String guideName, String guideCode, String callToAction,
                         String landingUrl) {
        this.brand = brand == null ? "" : brand.trim();
        this.store = store == null ? "" : store.trim();
        this.guideName = guideName == null ? "" : guideName.trim();
        this.guideCode = guideCode;
        this.callToAction = callToAction == null ? "" : callToAction.trim();
        this.landingUrl = landingUrl;
    }

    /**
     * The guide's landing page, {@code <site>/g/<guideCode>}: the address printed posters, counter cards and package
     * inserts carry in their QR codes.
     */
    public static String landingUrl(String siteBaseUrl, String guideCode) {
        return onSite(siteBaseUrl, "/g/" + guideCode);
    }

    /** {@code path} (starting with a slash) on the shop's address, with or without its trailing slash. */
    public static String onSite(String siteBaseUrl, String path) {
        String base = siteBaseUrl.endsWith("/") ? siteBaseUrl.substring(0, siteBaseUrl.length() - 1) : siteBaseUrl;
        return base + path;
    }

    public String getBrand() {
        return brand;
    }

    public String getStore() {
        return store;
    }

    public String getGuideName() {
        return guideName;
    }

    public String getGuideCode() {
        return guideCode;
    }

    public String getCallToAction() {
        return callToAction;
    }

    public String getLandingUrl() {
        return landingUrl;
    }
}
