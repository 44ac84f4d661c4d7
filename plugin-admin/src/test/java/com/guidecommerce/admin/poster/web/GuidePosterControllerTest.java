package com.guidecommerce.admin.poster.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.poster.GuidePosterRenderer;
import com.guidecommerce.admin.poster.PosterContent;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The poster download speaks the admin user's language: its label and call to action come from the admin's bundle. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class GuidePosterControllerTest {

    @Mock
    GuidePosterRenderer renderer;

    @Mock
    GenericEntityService entityService;

    @Mock
    AdminPageSupport pageSupport;

    @Mock
    Guide guide;

    @Mock
    Store store;

    final MockHttpServletResponse response = new MockHttpServletResponse();

    final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    @BeforeEach
    void guide() throws Exception {
        messages.setBasename("classpath:messages/GuideCommerceAdminMessages");
        messages.setDefaultEncoding("ISO-8859-1");
        messages.setFallbackToSystemLocale(false);
        when(entityService.readGenericEntity(Guide.class.getName(), 7L)).thenReturn(guide);
        when(pageSupport.isAllowed(Guide.class, EntityOperationType.FETCH)).thenReturn(true);
        when(guide.getStore()).thenReturn(store);
        when(store.getName()).thenReturn("\u4e0a\u6d77\u5357\u4eac\u897f\u8def\u65d7\u8230\u5e97");
        when(guide.getName()).thenReturn("\u9648\u601d\u8fdc");
        when(guide.getGuideCode()).thenReturn("G0002");
        when(renderer.render(any(PosterContent.class), anyString())).thenReturn(new byte[] {1, 2, 3});
    }

    @Test
    void shouldDrawTheChinesePosterForTheChineseAdmin() throws Exception {
        PosterContent content = poster(Locale.SIMPLIFIED_CHINESE);

        assertEquals(messages.getMessage("gcPoster_callToAction", null, Locale.SIMPLIFIED_CHINESE), content.getCallToAction());
        assertEquals("\u626b\u7801\u6210\u4e3a\u4f1a\u5458\uff0c\u4eab\u4e13\u5c5e\u5bfc\u8d2d\u670d\u52a1",
                content.getCallToAction());
        assertEquals("\u60a8\u7684\u4e13\u5c5e\u5bfc\u8d2d", label);
        assertEquals("http://mall.example.com/g/G0002", content.getLandingUrl());
    }

    @Test
    void shouldDrawTheEnglishPosterOtherwise() throws Exception {
        PosterContent content = poster(Locale.US);

        assertEquals("Your exclusive guide", label);
        assertEquals("Scan to join and meet your exclusive guide", content.getCallToAction());
    }

    @Test
    void shouldSendTheOldPngAddressOnToTheOneThatGetsTheAdminsLanguage() {
        assertEquals("redirect:/gc-guide/7/poster", controller().posterPng(7L));
    }

    private String label;

    private GuidePosterController controller() {
        return new GuidePosterController(renderer, entityService, pageSupport, messages, "http://mall.example.com", "ELAN");
    }

    private PosterContent poster(Locale locale) throws Exception {
        controller().poster(7L, locale, response);
        ArgumentCaptor<PosterContent> content = ArgumentCaptor.forClass(PosterContent.class);
        ArgumentCaptor<String> guideLabel = ArgumentCaptor.forClass(String.class);
        verify(renderer).render(content.capture(), guideLabel.capture());
        assertEquals("image/png", response.getContentType());
        label = guideLabel.getValue();
        return content.getValue();
    }
}
