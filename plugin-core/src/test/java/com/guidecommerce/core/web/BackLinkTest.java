package com.guidecommerce.core.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackLinkTest {

    @Test
    void shouldLeadBackToThePageTheFormWasOn() {
        assertEquals("/gc-channel-import?channel=TMALL",
                BackLink.of(cameFrom("http://shop.example.com/gc-channel-import?channel=TMALL"), "/"));
    }

    @Test
    void shouldLeadBackWithinTheWebappsContextPath() {
        MockHttpServletRequest request = cameFrom("http://shop.example.com/mall/account");
        request.setContextPath("/mall");

        assertEquals("/account", BackLink.of(request, "/"));
    }

    @Test
    void shouldNeverLeadToAnotherSite() {
        assertEquals("/", BackLink.of(cameFrom("http://evil.example.net/login"), "/"));
        assertEquals("/", BackLink.of(cameFrom("http://shop.example.com:8443/login"), "/"));
        assertEquals("/", BackLink.of(cameFrom("//shop.example.com.evil.net/login"), "/"));
    }

    @Test
    void shouldFallBackWithoutAUsableReferer() {
        assertEquals("/", BackLink.of(new MockHttpServletRequest("POST", "/login_post"), "/"));
        assertEquals("/", BackLink.of(cameFrom("not a uri at all"), "/"));
        assertEquals("/", BackLink.of(cameFrom("http://shop.example.com"), "/"));
    }

    private static MockHttpServletRequest cameFrom(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login_post");
        request.setServerName("shop.example.com");
        request.setServerPort(80);
        request.addHeader("Referer", referer);
        return request;
    }
}
