package com.guidecommerce.core.birthday.rule;

import java.text.MessageFormat;
import java.util.Locale;

/** A birthday that cannot be recorded, with a stable error code and the values the member acts on. */
public class BirthdayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BirthdayError error;
    private final Object[] arguments;

    public BirthdayException(BirthdayError error, Object... arguments) {
        super(error.name() + ": " + new MessageFormat(error.getText(), Locale.ROOT).format(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public BirthdayError getError() {
        return error;
    }

    /** The values of the error's message placeholders, in order. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
