package com.guidecommerce.core.binding.service;

/** A binding request that cannot be carried out (unknown member or guide, or lost to concurrent requests). */
public class BindingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BindingException(String message) {
        super(message);
    }

    public BindingException(String message, Throwable cause) {
        super(message, cause);
    }
}
