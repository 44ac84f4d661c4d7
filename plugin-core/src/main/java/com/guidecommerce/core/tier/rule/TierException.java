package com.guidecommerce.core.tier.rule;

import java.text.MessageFormat;
import java.util.Locale;

/** A tier evaluation or override that cannot go ahead, with a stable error code and the values a merchant acts on. */
public class TierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TierError error;
    private final Object[] arguments;

    public TierException(TierError error, Object... arguments) {
        super(error.name() + ": " + new MessageFormat(error.getText(), Locale.ROOT).format(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public TierError getError() {
        return error;
    }

    /** The values of the error's message placeholders, in order. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
