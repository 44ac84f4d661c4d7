package com.guidecommerce.core.binding.service;

/**
 * Hears the bindings the binding feature makes. Contract: {@link #onBound} is called in the transaction that binds,
 * after the binding and its history record are written; a failure rolls the binding back. A listener writes only its
 * own tables. Every bean of this type in the application context is told ({@code gcBindingService} collects them).
 */
public interface BindingListener {

    void onBound(NewBinding binding);
}
