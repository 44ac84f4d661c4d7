package com.guidecommerce.admin.common.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.NestedServletException;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminErrorResolverTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void shouldAnswerARecordThatIsNotThereWithTheNotFoundPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/gc-guide/999999");

        ModelAndView answer = resolver().resolveException(request, response, null,
                new IllegalArgumentException(AdminNotFoundErrors.ENTITY_NOT_FOUND));

        assertEquals(404, response.getStatus());
        assertTrue(answer.isEmpty(), "the container's error page renders it");
    }

    @Test
    void shouldLeaveAFailedPageToTheWebappsErrorPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/gc-guide/7");

        assertNull(resolver().resolveException(request, response, null, new IllegalStateException("the database is gone")));
    }

    @Test
    void shouldShowAFailedBackgroundRequestAReferenceInsteadOfTheException() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/gc-guide/7");
        request.addHeader("X-Requested-With", "XMLHttpRequest");

        ModelAndView dialog = resolver().resolveException(request, response, null,
                new NestedServletException("Request processing failed", new IllegalStateException("ORA-00942")));

        assertEquals(500, response.getStatus());
        assertEquals(AdminErrorResolver.AJAX_ERROR_VIEW, dialog.getViewName());
        String message = (String) dialog.getModel().get("exceptionMessage");
        assertTrue(message.matches("Failed, reference GC-[0-9A-Z]{10}"), message);
        assertEquals(Boolean.FALSE, dialog.getModel().get("showDebugMessage"));
        assertFalse(message.contains("ORA-00942"));
    }

    private static AdminErrorResolver resolver() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("gcError_dialog", Locale.ENGLISH, "Failed, reference {0}");
        return new AdminErrorResolver(new AdminNotFoundErrors(), messages);
    }
}
