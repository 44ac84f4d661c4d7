package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.web.ErrorReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import javax.servlet.RequestDispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminErrorControllerTest {

    private final AdminErrorController controller = new AdminErrorController();
    private final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void shouldShowAFailureWithTheReferenceItWasLoggedUnder() {
        MockHttpServletRequest request = errorDispatch(500);
        request.setAttribute(ErrorReference.REQUEST_ATTRIBUTE, "GC-ABCDEFGHJK");

        String view = controller.error(request, model);

        assertEquals("views/gc/errorPage", view);
        assertEquals("gcError_failure_title", model.get("titleKey"));
        assertEquals("GC-ABCDEFGHJK", model.get("reference"));
        assertEquals(500, model.get("status"));
    }

    @Test
    void shouldExplainEveryStatusInItsOwnWords() {
        assertEquals("notFound", AdminErrorController.kind(404));
        assertEquals("forbidden", AdminErrorController.kind(403));
        assertEquals("badRequest", AdminErrorController.kind(400));
        assertEquals("badRequest", AdminErrorController.kind(405));
        assertEquals("failure", AdminErrorController.kind(500));
        assertEquals("failure", AdminErrorController.kind(503));
    }

    @Test
    void shouldGiveAnAddressThatNamesNothingAReferenceOfItsOwn() {
        MockHttpServletRequest request = errorDispatch(404);

        controller.error(request, model);

        assertEquals("gcError_notFound_text", model.get("textKey"));
        assertTrue(String.valueOf(model.get("reference")).matches("GC-[0-9A-Z]{10}"));
        assertEquals(model.get("reference"), request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE));
    }

    @Test
    void shouldTellThatTheFormExpiredAndLeadBackToIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/gc-channel-import");
        request.setServerName("admin.example.com");
        request.addHeader("Referer", "http://admin.example.com/gc-channel-import");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = controller.formExpired(request, response, model);

        assertEquals("views/gc/errorPage", view);
        assertEquals(403, response.getStatus());
        assertEquals("gcError_formExpired_title", model.get("titleKey"));
        assertEquals("/gc-channel-import", model.get("backPath"));
    }

    private static MockHttpServletRequest errorDispatch(int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", AdminErrorController.ERROR_PATH);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
