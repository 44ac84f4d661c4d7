package com.guidecommerce.core.web;

import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every Broadleaf {@link CsrfFilter} bean of the context (the site's {@code blCsrfFilter}, the admin's
 * {@code AdminCsrfFilter}, whatever the host named them) in a {@link CsrfRejection}, so a host's existing security
 * configuration answers an expired or missing form token with the form-expired page and nothing to change.
 * A host that wants Broadleaf's own behaviour back redefines this bean ({@code gcCsrfRejection}) with a path of
 * {@code none}.
 */
public class CsrfRejectionPostProcessor implements BeanPostProcessor {

    static final String DISABLED = "none";

    private final String formExpiredPath;

    /** @param formExpiredPath the form-expired page within the webapp, or {@code none} to leave the filters alone */
    public CsrfRejectionPostProcessor(String formExpiredPath) {
        this.formExpiredPath = formExpiredPath;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CsrfFilter && !DISABLED.equals(formExpiredPath)) {
            return new CsrfRejection((CsrfFilter) bean, formExpiredPath);
        }
        return bean;
    }
}
