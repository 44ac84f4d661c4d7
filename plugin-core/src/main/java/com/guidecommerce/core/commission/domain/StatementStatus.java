package com.guidecommerce.core.commission.domain;

/** A statement is generated, confirmed by HQ finance, then marked paid with the payment's reference. */
public enum StatementStatus {
    GENERATED,
    CONFIRMED,
    PAID
}
