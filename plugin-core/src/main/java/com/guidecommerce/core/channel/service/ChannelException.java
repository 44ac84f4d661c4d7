package com.guidecommerce.core.channel.service;

/** A channel or identity operation HQ asked for cannot be done; the code is stable, the message says why. */
public class ChannelException extends RuntimeException {

    /** Channel events are refused while the plugin's secrets are placeholders (see {@code PluginSecrets}). */
    public static final String SECRETS_NOT_SET = "SECRETS_NOT_SET";

    private static final long serialVersionUID = 1L;

    private final String code;

    public ChannelException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    /** Whether the operation was refused because the plugin's secrets are placeholders, not because of the input. */
    public boolean isSecretsNotSet() {
        return SECRETS_NOT_SET.equals(code);
    }
}
