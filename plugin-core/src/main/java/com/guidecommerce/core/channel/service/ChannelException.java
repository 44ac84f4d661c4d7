package com.guidecommerce.core.channel.service;

/** A channel or identity operation HQ asked for cannot be done; the code is stable, the message says why. */
public class ChannelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ChannelException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
