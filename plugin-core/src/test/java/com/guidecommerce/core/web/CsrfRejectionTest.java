package com.guidecommerce.core.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Collections;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;

/** Broadleaf's own CSRF filter, wrapped, over a stand-in token store whose valid token is "good". */
@ExtendWith(MockitoExtension.class)
class CsrfRejectionTest {

    @Mock
    ExploitProtectionService tokens;

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private CsrfFilter broadleafFilter;
    private boolean passedOn;

    @BeforeEach
    void setUp() throws Exception {
        ExploitProtectionService store = tokens;
        broadleafFilter = new CsrfFilter() {
            {
                exploitProtectionService = store;
            }
        };
        lenient().when(tokens.getCsrfTokenParameter()).thenReturn("csrfToken");
        lenient().doThrow(new ServiceException("XSRF token mismatch")).when(tokens).compareToken(any());
        lenient().doNothing().when(tokens).compareToken("good");
    }

    @Test
    void shouldAnswerAFormWithoutItsTokenWithTheFormExpiredPage() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login_post");

        rejection().doFilter(post, response, page());

        assertEquals(403, response.getStatus());
        assertEquals("/gc/form-expired", response.getForwardedUrl());
        assertFalse(passedOn, "the form's action never ran");
    }

    @Test
    void shouldAnswerAFormWithAStaleTokenTheSameWay() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/cart/add");
        post.setParameter("csrfToken", "from-an-expired-session");

        rejection().doFilter(post, response, page());

        assertEquals(403, response.getStatus());
        assertEquals("/gc/form-expired", response.getForwardedUrl());
    }

    @Test
    void shouldLetAFormWithItsValidTokenThrough() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/cart/add");
        post.setParameter("csrfToken", "good");

        rejection().doFilter(post, response, page());

        assertTrue(passedOn);
        assertEquals(200, response.getStatus());
        assertNull(response.getForwardedUrl());
    }

    @Test
    void shouldKeepTheExclusionsTheHostConfigured() throws Exception {
        broadleafFilter.setExcludedRequestPatterns(Collections.singletonList("/hooks/**"));
        MockHttpServletRequest hook = new MockHttpServletRequest("POST", "/hooks/payment");
        hook.setServletPath("/hooks/payment");

        rejection().doFilter(hook, response, page());

        assertTrue(passedOn);
    }

    @Test
    void shouldLeaveAFailureFurtherDownTheChainAsItIs() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/checkout");
        post.setParameter("csrfToken", "good");
        ServletException downstream = new ServletException(new ServiceException("payment gateway down"));
        FilterChain failing = (request, res) -> {
            throw downstream;
        };

        ServletException thrown = assertThrows(ServletException.class,
                () -> rejection().doFilter(post, response, failing));

        assertSame(downstream, thrown);
        assertNull(response.getForwardedUrl());
    }

    private CsrfRejection rejection() {
        return new CsrfRejection(broadleafFilter, "/gc/form-expired");
    }

    private FilterChain page() {
        return (request, res) -> passedOn = true;
    }
}
