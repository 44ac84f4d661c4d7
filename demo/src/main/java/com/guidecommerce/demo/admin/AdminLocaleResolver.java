package com.guidecommerce.demo.admin;

import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafLocaleResolverImpl;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.WebUtils;

import javax.annotation.Resource;
import javax.servlet.http.Cookie;

/**
 * The demo admin's language: the locale HQ chose with {@code ?locale=zh_CN} or {@code ?locale=en_US} (which the admin
 * servlet's CookieLocaleResolver keeps in the {@code gc_admin_locale} cookie), else Broadleaf's default locale.
 *
 * <p>Broadleaf's admin request filter asks this bean ({@code blLocaleResolver}) for every request's locale, puts it in
 * its request context (where its form builder and the plugin translate group names and enumeration values) and hands
 * it to Spring as the request's locale, ahead of any cookie: so the choice must be made here for the page's words and
 * Broadleaf's to agree. A code that is not one of the mall's locales (BLC_LOCALE) is ignored.
 */
public class AdminLocaleResolver extends BroadleafLocaleResolverImpl {

    static final String PARAMETER = "locale";
    static final String COOKIE = "gc_admin_locale";

    @Resource(name = "blLocaleService")
    protected LocaleService mallLocales;

    @Override
    public Locale resolveLocale(WebRequest request) {
        Locale chosen = mallLocale(request.getParameter(PARAMETER));
        if (chosen == null) {
            chosen = mallLocale(cookie(request));
        }
        if (chosen != null) {
            // Broadleaf's resolver takes a locale already set on the request first, and passes it on to Spring.
            request.setAttribute(LOCALE_VAR, chosen, WebRequest.SCOPE_REQUEST);
        }
        return super.resolveLocale(request);
    }

    private Locale mallLocale(String code) {
        return code == null || code.isEmpty() ? null : mallLocales.findLocaleByCode(code);
    }

    private static String cookie(WebRequest request) {
        if (!(request instanceof ServletWebRequest)) {
            return null;
        }
        Cookie cookie = WebUtils.getCookie(((ServletWebRequest) request).getRequest(), COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
