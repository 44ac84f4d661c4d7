package com.guidecommerce.core.membertier.rule;

import java.text.MessageFormat;
import java.util.Locale;

/** A member tier change or ladder that cannot go ahead, with a stable error code and the values a merchant acts on. */
public class MemberTierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MemberTierError error;
    private final Object[] arguments;

    public MemberTierException(MemberTierError error, Object... arguments) {
        super(error.name() + ": " + new MessageFormat(error.getText(), Locale.ROOT).format(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public MemberTierError getError() {
        return error;
    }

    /** The values of the error's message placeholders, in order. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
