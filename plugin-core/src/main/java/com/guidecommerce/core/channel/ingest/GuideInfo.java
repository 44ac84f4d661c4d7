package com.guidecommerce.core.channel.ingest;

/** What attribution needs to know of a guide: who, their tier and status, and their store's franchisee. */
final class GuideInfo {

    final Long id;
    final String code;
    final String name;
    final String tier;
    final String status;
    final Long franchiseeId;
    final String franchiseeCode;
    final String franchiseeName;

    GuideInfo(Long id, String code, String name, String tier, String status, Long franchiseeId, String franchiseeCode,
              String franchiseeName) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.status = status;
        this.franchiseeId = franchiseeId;
        this.franchiseeCode = franchiseeCode;
        this.franchiseeName = franchiseeName;
    }

    boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
