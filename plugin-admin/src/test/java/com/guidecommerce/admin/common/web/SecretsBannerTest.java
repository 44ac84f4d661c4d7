package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.common.PluginSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SecretsBannerTest {

    private static final PluginSecrets PLACEHOLDERS = new PluginSecrets("change-me-guide-commerce-share-secret",
            "f3a91c07d26b48e5");
    private static final HttpServletResponse RESPONSE = mock(HttpServletResponse.class);
    private static final PluginSecrets SET = new PluginSecrets("5e0b7d24c9a1f386", "f3a91c07d26b48e5");

    @Test
    void shouldWarnAboveAGuideCommercePageWhichPropertyToSet() {
        ModelAndView page = new ModelAndView("modules/defaultContainer");

        banner(PLACEHOLDERS).postHandle(request("/gc-channel"), RESPONSE, null, page);

        assertEquals(Boolean.TRUE, page.getModel().get("headerDetailedMsg"));
        assertEquals(Boolean.TRUE, page.getModel().get("headerDetailedMsgAlert"));
        assertEquals("Switched off", page.getModel().get("headerDetailedMsgHeader"));
        assertEquals("Set gc.share.secret &amp; restart", page.getModel().get("headerDetailedMsgBody"));
    }

    @Test
    void shouldWarnInTheAdminUsersLanguage() {
        ModelAndView page = new ModelAndView("modules/defaultContainer");
        banner(PLACEHOLDERS).postHandle(request("/gc-channel-import", Locale.SIMPLIFIED_CHINESE), RESPONSE, null, page);

        assertEquals("\u5df2\u505c\u7528", page.getModel().get("headerDetailedMsgHeader"));
    }

    @Test
    void shouldLeaveBroadleafsOwnSectionsAlone() {
        ModelAndView page = new ModelAndView("modules/defaultContainer");

        banner(PLACEHOLDERS).postHandle(request("/customer"), RESPONSE, null, page);

        assertTrue(page.getModel().isEmpty());
    }

    @Test
    void shouldSayNothingOnceTheSecretsAreSet() {
        ModelAndView page = new ModelAndView("modules/defaultContainer");

        banner(SET).postHandle(request("/gc-settlement"), RESPONSE, null, page);

        assertTrue(page.getModel().isEmpty());
    }

    @Test
    void shouldLeaveRedirectsAlone() {
        ModelAndView redirect = new ModelAndView("redirect:/gc-settlement/5");

        banner(PLACEHOLDERS).postHandle(request("/gc-settlement/5/confirm"), RESPONSE, null,
                redirect);

        assertTrue(redirect.getModel().isEmpty());
    }

    private static SecretsBanner banner(PluginSecrets secrets) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage(SecretsBanner.TITLE_KEY, Locale.ENGLISH, "Switched off");
        messages.addMessage(SecretsBanner.BODY_KEY, Locale.ENGLISH, "Set {0} & restart");
        messages.addMessage(SecretsBanner.TITLE_KEY, Locale.SIMPLIFIED_CHINESE, "\u5df2\u505c\u7528");
        messages.addMessage(SecretsBanner.BODY_KEY, Locale.SIMPLIFIED_CHINESE, "\u8bbe\u7f6e {0}");
        return new SecretsBanner(secrets, messages);
    }

    private static HttpServletRequest request(String path) {
        return request(path, Locale.ENGLISH);
    }

    /** A request of the admin deployed under /admin, with no locale resolver: the browser's language counts. */
    private static HttpServletRequest request(String path, Locale locale) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/admin");
        when(request.getRequestURI()).thenReturn("/admin" + path);
        when(request.getLocale()).thenReturn(locale);
        return request;
    }
}
