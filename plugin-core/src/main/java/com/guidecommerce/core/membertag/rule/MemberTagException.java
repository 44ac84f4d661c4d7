package com.guidecommerce.core.membertag.rule;

/** A guide's tag or note refused, with a stable error code. */
public class MemberTagException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MemberTagError error;

    public MemberTagException(MemberTagError error, String message) {
        super(message);
        this.error = error;
    }

    public MemberTagError getError() {
        return error;
    }
}
