package com.guidecommerce.admin.binding.rule;

/** Answers which binding sources already have a policy. */
public interface BindingPolicySources {

    /** Whether a policy other than {@code policyId} ({@code null} for a new policy) is for {@code source}. */
    boolean isTaken(String source, Long policyId);
}
