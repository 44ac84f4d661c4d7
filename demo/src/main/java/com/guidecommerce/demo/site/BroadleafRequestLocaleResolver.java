package com.guidecommerce.demo.site;

import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafLocaleResolverImpl;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Uses the locale Broadleaf resolved for the request (default locale in BLC_LOCALE, switched with the
 * {@code blLocaleCode} parameter and kept in the session), so page texts and translated catalog fields always agree.
 * Error pages are rendered outside Broadleaf's request filter, so the session's choice and then the default locale are
 * consulted directly.
 */
public class BroadleafRequestLocaleResolver implements LocaleResolver {

    private static final Locale FALLBACK = Locale.SIMPLIFIED_CHINESE;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        if (context != null && context.getLocale() != null) {
            return BroadleafRequestContext.convertLocaleToJavaLocale(context.getLocale());
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(BroadleafLocaleResolverImpl.LOCALE_VAR);
        if (chosen instanceof org.broadleafcommerce.common.locale.domain.Locale) {
            return BroadleafRequestContext.convertLocaleToJavaLocale((org.broadleafcommerce.common.locale.domain.Locale) chosen);
        }
        org.broadleafcommerce.common.locale.domain.Locale defaultLocale = localeService.findDefaultLocale();
        return defaultLocale == null ? FALLBACK : BroadleafRequestContext.convertLocaleToJavaLocale(defaultLocale);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("Switch languages with the blLocaleCode request parameter");
    }
}
