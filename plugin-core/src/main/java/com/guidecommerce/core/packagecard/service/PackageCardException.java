package com.guidecommerce.core.packagecard.service;

/** A card that cannot be used, with a stable code the storefront shows a page for. */
public class PackageCardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code is malformed or its signature does not match (forged or altered). */
    public static final String INVALID_CODE = "INVALID_CODE";
    /** The code is genuine but its campaign no longer exists. */
    public static final String UNKNOWN_CAMPAIGN = "UNKNOWN_CAMPAIGN";
    /** Neither the order's store nor the campaign's has an active guide to bind to. */
    public static final String NO_GUIDE = "NO_GUIDE";

    private final String code;

    public PackageCardException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
