package com.guidecommerce.core.points.rule;

/** The points ledger refused an operation; {@link #getError()} says why, with a stable code. */
public class PointsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PointsError error;

    public PointsException(PointsError error, String message) {
        super(error.name() + ": " + message);
        this.error = error;
    }

    public PointsError getError() {
        return error;
    }

    /** The message key the storefront and the admin show. */
    public String getMessageKey() {
        return "gcPoints.error." + error.name();
    }
}
