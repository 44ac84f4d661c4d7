package com.guidecommerce.core.departure.rule;

import java.text.MessageFormat;
import java.util.Locale;

/** A departure that cannot go ahead, with a stable error code and the values a merchant needs to act on it. */
public class DepartureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DepartureError error;
    private final Object[] arguments;

    public DepartureException(DepartureError error, Object... arguments) {
        super(format(error, arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public DepartureError getError() {
        return error;
    }

    /** The values of the error's message placeholders, in order. */
    public Object[] getArguments() {
        return arguments.clone();
    }

    private static String format(DepartureError error, Object[] arguments) {
        return error.name() + ": " + new MessageFormat(error.getText(), Locale.ROOT).format(arguments);
    }
}
