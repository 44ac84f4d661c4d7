package com.guidecommerce.core.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import javax.servlet.DispatcherType;
import javax.servlet.FilterChain;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebHygieneFilterTest {

    private static final String REFERENCE = "GC-[2-9A-HJ-NP-Z]{10}";
    private static final FilterChain PAGE = (request, response) -> response.getWriter().write("page");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void shouldSendTheSecurityHeadersWithEveryResponse() throws Exception {
        filter().doFilter(Requests.get("/css/site.css"), response, PAGE);

        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", response.getHeader("X-Frame-Options"));
        assertEquals("frame-ancestors 'self'", response.getHeader("Content-Security-Policy"));
        assertEquals("strict-origin-when-cross-origin", response.getHeader("Referrer-Policy"));
        assertEquals("page", response.getContentAsString());
    }

    @Test
    void shouldLetThePageReplaceAHeaderItSetsItself() throws Exception {
        filter().doFilter(Requests.get("/"), response,
                (request, page) -> response.setHeader("X-Frame-Options", "DENY"));

        assertEquals("DENY", response.getHeader("X-Frame-Options"));
    }

    @Test
    void shouldSendTheConfiguredHeadersInsteadOfTheDefaults() throws Exception {
        WebHygieneFilter filter = filter();
        filter.setHeaders(Collections.singletonMap("X-Frame-Options", "DENY"));

        filter.doFilter(Requests.get("/"), response, PAGE);

        assertEquals("DENY", response.getHeader("X-Frame-Options"));
        assertNull(response.getHeader("Referrer-Policy"));
    }

    @Test
    void shouldForbidStoringPagesWithPersonalData() throws Exception {
        filter().doFilter(Requests.get("/guide/members"), response, PAGE);

        assertEquals("no-store", response.getHeader("Cache-Control"));
    }

    @Test
    void shouldLeaveTheCachingOfOtherPagesAlone() throws Exception {
        filter().doFilter(Requests.get("/guides"), response, PAGE);

        assertNull(response.getHeader("Cache-Control"));
        assertFalse(filter().isNoStore("/"));
    }

    @Test
    void shouldKeepStaticFilesUnderANoStorePatternCacheable() {
        WebHygieneFilter admin = filter();
        admin.setNoStorePaths(Collections.singletonList("/**"));
        admin.setCacheablePaths(Arrays.asList("/css/**", "/img/**"));

        assertTrue(admin.isNoStore("/customer/1"));
        assertFalse(admin.isNoStore("/css/admin.css"));
        assertFalse(admin.isNoStore("/img/logo.png"));
    }

    @Test
    void shouldAnswerAFailureWithTheErrorPageAndAReferenceInsteadOfTheException() throws Exception {
        HttpServletRequest request = Requests.get("/checkout");

        filter().doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("the database is gone");
        });

        assertEquals(500, response.getStatus());
        assertTrue(String.valueOf(request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE)).matches(REFERENCE));
        assertEquals("", response.getContentAsString(), "the container's error page writes the body");
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
    }

    @Test
    void shouldAnswerAFailedServletWithTheErrorPageToo() throws Exception {
        HttpServletRequest request = Requests.get("/cart");

        filter().doFilter(request, response, (req, res) -> {
            throw new ServletException("no handler", new IOException("disk"));
        });

        assertEquals(500, response.getStatus());
        assertTrue(String.valueOf(request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE)).matches(REFERENCE));
    }

    @Test
    void shouldLeaveAFailureAfterTheResponseWasCommittedToTheContainer() {
        IllegalStateException failure = new IllegalStateException("half written");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> filter().doFilter(Requests.get("/"), response, (req, res) -> {
                    res.flushBuffer();
                    throw failure;
                }));

        assertSame(failure, thrown);
    }

    @Test
    void shouldGiveAFailureTheContainerCaughtAReferenceOnTheErrorPage() throws Exception {
        MockHttpServletRequest errorDispatch = new MockHttpServletRequest("GET", "/error");
        errorDispatch.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("in a filter"));
        errorDispatch.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/cart");
        HttpServletRequest request = Requests.dispatched(DispatcherType.ERROR, errorDispatch);

        filter().doFilter(request, response, PAGE);

        assertTrue(String.valueOf(request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE)).matches(REFERENCE));
        assertEquals("page", response.getContentAsString());
        assertEquals("SAMEORIGIN", response.getHeader("X-Frame-Options"), "error pages carry the headers too");
    }

    @Test
    void shouldKeepTheReferenceTheFailureAlreadyHas() throws Exception {
        MockHttpServletRequest errorDispatch = new MockHttpServletRequest("GET", "/error");
        errorDispatch.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("logged before"));
        errorDispatch.setAttribute(ErrorReference.REQUEST_ATTRIBUTE, "GC-ABCDEFGHJK");

        filter().doFilter(Requests.dispatched(DispatcherType.ERROR, errorDispatch), response, PAGE);

        assertEquals("GC-ABCDEFGHJK", errorDispatch.getAttribute(ErrorReference.REQUEST_ATTRIBUTE));
    }

    @Test
    void shouldGiveNoReferenceToAnErrorPageWithoutAFailure() throws Exception {
        MockHttpServletRequest notFound = new MockHttpServletRequest("GET", "/error");
        notFound.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);

        filter().doFilter(Requests.dispatched(DispatcherType.ERROR, notFound), response, PAGE);

        assertNull(notFound.getAttribute(ErrorReference.REQUEST_ATTRIBUTE));
    }

    private static WebHygieneFilter filter() {
        WebHygieneFilter filter = new WebHygieneFilter();
        filter.setNoStorePaths(Arrays.asList("/guide", "/guide/**"));
        return filter;
    }
}
