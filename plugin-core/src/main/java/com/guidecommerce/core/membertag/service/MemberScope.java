package com.guidecommerce.core.membertag.service;

/**
 * Whose members a list or count covers: everyone with tag facts (HQ), the members validly bound to a store's guides,
 * or those validly bound to one guide.
 */
public final class MemberScope {

    private static final MemberScope ALL = new MemberScope(null, null);

    private final Long storeId;
    private final Long guideId;

    private MemberScope(Long storeId, Long guideId) {
        this.storeId = storeId;
        this.guideId = guideId;
    }

    public static MemberScope all() {
        return ALL;
    }

    public static MemberScope store(Long storeId) {
        return storeId == null ? ALL : new MemberScope(storeId, null);
    }

    public static MemberScope guide(Long guideId) {
        if (guideId == null) {
            throw new IllegalArgumentException("A guide scope needs a guide");
        }
        return new MemberScope(null, guideId);
    }

    public Long getStoreId() {
        return storeId;
    }

    public Long getGuideId() {
        return guideId;
    }

    public boolean isAll() {
        return storeId == null && guideId == null;
    }
}
