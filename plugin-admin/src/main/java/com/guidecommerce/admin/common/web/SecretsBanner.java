package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.common.PluginSecrets;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Tells HQ on every Guide Commerce admin page (Broadleaf's entity sections and the plugin's own pages, all under
 * {@code /gc-}) that channel ingest and share codes are switched off while the plugin's secrets are placeholders, and
 * which properties to set. It fills Broadleaf's detailed header message, which the admin's page container shows above
 * the section, so no Broadleaf template is replaced. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
public class SecretsBanner extends HandlerInterceptorAdapter {

    static final String PLUGIN_PAGES = "/gc-";
    static final String TITLE_KEY = "gcSecrets_bannerTitle";
    static final String BODY_KEY = "gcSecrets_bannerBody";

    private final PluginSecrets secrets;
    private final MessageSource messages;

    public SecretsBanner(PluginSecrets secrets, MessageSource messages) {
        this.secrets = secrets;
        this.messages = messages;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || secrets.areSet() || !isPluginPage(request) || isRedirect(modelAndView)) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        String properties = String.join(", ", secrets.getPlaceholders());
        modelAndView.addObject("headerDetailedMsg", Boolean.TRUE);
        modelAndView.addObject("headerDetailedMsgAlert", Boolean.TRUE);
        // Broadleaf writes the body unescaped; ours is escaped here, so nothing in a message can become markup.
        modelAndView.addObject("headerDetailedMsgNoI18n", Boolean.TRUE);
        modelAndView.addObject("headerDetailedMsgHeader", messages.getMessage(TITLE_KEY, null, locale));
        modelAndView.addObject("headerDetailedMsgBody",
                HtmlUtils.htmlEscape(messages.getMessage(BODY_KEY, new Object[] {properties}, locale)));
    }

    private static boolean isPluginPage(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(PLUGIN_PAGES);
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        String view = modelAndView.getViewName();
        return view != null && view.startsWith("redirect:");
    }
}
