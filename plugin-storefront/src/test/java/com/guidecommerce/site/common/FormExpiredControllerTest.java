package com.guidecommerce.site.common;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormExpiredControllerTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void shouldAnswer403WithTheFormExpiredPageLeadingBackToTheForm() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login_post");
        post.setServerName("shop.example.com");
        post.addHeader("Referer", "http://shop.example.com/login?successUrl=%2Fguide");

        String view = new FormExpiredController().show(post, response, model);

        assertEquals("gc/formExpired", view);
        assertEquals(403, response.getStatus());
        assertEquals("/login?successUrl=%2Fguide", model.get("backPath"));
    }

    @Test
    void shouldLeadToTheShopWhenTheFormCameFromElsewhere() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/cart/add");
        post.setServerName("shop.example.com");
        post.addHeader("Referer", "http://forged.example.net/offer");

        new FormExpiredController().show(post, response, model);

        assertEquals("/", model.get("backPath"));
    }
}
