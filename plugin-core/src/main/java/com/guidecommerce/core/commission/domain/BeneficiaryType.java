package com.guidecommerce.core.commission.domain;

/** Who can be paid commission and receive a settlement statement. */
public enum BeneficiaryType {
    GUIDE,
    DISTRIBUTOR,
    FRANCHISEE
}
