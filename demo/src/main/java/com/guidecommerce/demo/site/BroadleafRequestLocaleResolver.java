package com.guidecommerce.demo.site;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Uses the locale Broadleaf resolved for the request (default locale in BLC_LOCALE, switched with the
 * {@code blLocaleCode} parameter and kept in the session), so page texts and translated catalog fields always agree.
 */
public class BroadleafRequestLocaleResolver implements LocaleResolver {

    private static final Locale FALLBACK = Locale.SIMPLIFIED_CHINESE;

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        Locale locale = context == null ? null : context.getJavaLocale();
        return locale == null ? FALLBACK : locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("Switch languages with the blLocaleCode request parameter");
    }
}
