package com.guidecommerce.core.commission.service;

/**
 * A settlement step HQ asked for cannot be done: an unknown statement, a step out of order, a period that has not
 * ended. The code is stable (pages and integrations branch on it); the message says what to do.
 */
public class SettlementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No statement with the given id. */
    public static final String STATEMENT_NOT_FOUND = "STATEMENT_NOT_FOUND";
    /** Confirm needs a generated statement, mark paid a confirmed one. */
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    /** Marking a statement paid needs the payment's reference. */
    public static final String PAYMENT_REFERENCE_REQUIRED = "PAYMENT_REFERENCE_REQUIRED";
    /** The period's start is not before its end. */
    public static final String INVALID_PERIOD = "INVALID_PERIOD";
    /** The period has not ended yet, so its ledger may still grow. */
    public static final String PERIOD_NOT_ENDED = "PERIOD_NOT_ENDED";
    /** The ledger changed while statements were generated (another run); nothing was generated. */
    public static final String LEDGER_CHANGED = "LEDGER_CHANGED";

    private final String code;

    public SettlementException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
