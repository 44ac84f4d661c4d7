package com.guidecommerce.core.distribution.rule;

import java.text.MessageFormat;
import java.util.Locale;

/** An action on distributors that cannot go ahead, with a stable error code and the values a merchant acts on. */
public class DistributionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DistributionError error;
    private final Object[] arguments;

    public DistributionException(DistributionError error, Object... arguments) {
        super(error.name() + ": " + new MessageFormat(error.getText(), Locale.ROOT).format(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public DistributionError getError() {
        return error;
    }

    /** The values of the error's message placeholders, in order. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
