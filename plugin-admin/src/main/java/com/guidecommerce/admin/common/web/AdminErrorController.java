package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.web.BackLink;
import com.guidecommerce.core.web.CsrfRejection;
import com.guidecommerce.core.web.ErrorReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin's error pages, in Broadleaf's admin look and the admin user's language, never with a stack trace:
 * <ul>
 * <li>{@value #ERROR_PATH}, the admin's {@code <error-page>} (web.xml): not found, not allowed, not valid, or a failure,
 * each with the {@link ErrorReference} under which it is in the log;</li>
 * <li>{@value #FORM_EXPIRED_PATH}, where {@link CsrfRejection} forwards a form sent without its valid token.</li>
 * </ul>
 * They render outside the admin's layout, because an error page is also shown where the admin's request context
 * (menu, signed-in user) is not set up.
 */
@Controller
public class AdminErrorController {

    public static final String ERROR_PATH = "/gc-error";
    public static final String FORM_EXPIRED_PATH = "/gc-form-expired";
    static final String VIEW = "views/gc/errorPage";

    private static final Log LOG = LogFactory.getLog(AdminErrorController.class);

    @RequestMapping(ERROR_PATH)
    public String error(HttpServletRequest request, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer ? (Integer) code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE) == null) {
            // Not a failure (those are logged with their reference when they happen), but HQ may still ask support.
            request.setAttribute(ErrorReference.REQUEST_ATTRIBUTE, ErrorReference.note(LOG,
                    "Answered " + status + " to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        }
        return page(request, model, status, kind(status));
    }

    @RequestMapping(FORM_EXPIRED_PATH)
    public String formExpired(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return page(request, model, HttpServletResponse.SC_FORBIDDEN, "formExpired");
    }

    /** Which explanation a status gets; every status has one. */
    static String kind(int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "notFound";
        }
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            return "forbidden";
        }
        return status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR ? "failure" : "badRequest";
    }

    private static String page(HttpServletRequest request, Model model, int status, String kind) {
        model.addAttribute("status", status);
        model.addAttribute("titleKey", "gcError_" + kind + "_title");
        model.addAttribute("textKey", "gcError_" + kind + "_text");
        model.addAttribute("reference", request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE));
        model.addAttribute("backPath", BackLink.of(request, "/"));
        return VIEW;
    }
}
