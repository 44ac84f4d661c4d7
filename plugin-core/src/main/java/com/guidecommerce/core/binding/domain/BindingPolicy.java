package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.binding.rule.PolicyTerms;

import java.io.Serializable;

/** HQ's binding policy for one source: validity, protection period and whether newer bindings take over. */
public interface BindingPolicy extends Serializable {

    Long getId();

    void setId(Long id);

    BindingSource getSource();

    void setSource(BindingSource source);

    /** Days a binding of this source lasts; {@code null} for permanent. */
    Integer getValidityDays();

    void setValidityDays(Integer validityDays);

    int getProtectionDays();

    void setProtectionDays(int protectionDays);

    boolean isOverridesExisting();

    void setOverridesExisting(boolean overridesExisting);

    PolicyTerms toTerms();
}
