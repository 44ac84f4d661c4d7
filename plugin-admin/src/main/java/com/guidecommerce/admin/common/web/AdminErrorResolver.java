package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.web.ErrorReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.controller.BroadleafControllerUtility;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Takes the place of Broadleaf's {@code blAdminExceptionResolver} (same bean id, same last place among the admin's
 * resolvers): an address naming a record or section that does not exist is answered 404 with the admin's error page
 * ({@link AdminNotFoundErrors}); a failed background (AJAX) request shows Broadleaf's error dialog with an
 * {@link ErrorReference} written to the log, where Broadleaf showed the exception's own message. A failed page
 * request is left to {@code gcWebHygieneFilter}, which logs it and shows the error page with a reference.
 */
public class AdminErrorResolver implements HandlerExceptionResolver, Ordered {

    static final String AJAX_ERROR_VIEW = "utility/blcException";

    private static final Log LOG = LogFactory.getLog(AdminErrorResolver.class);

    private final AdminNotFoundErrors notFoundErrors;
    private final MessageSource messages;
    private final UrlPathHelper paths = new UrlPathHelper();

    public AdminErrorResolver(AdminNotFoundErrors notFoundErrors, MessageSource messages) {
        this.notFoundErrors = notFoundErrors;
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (notFoundErrors.isNotFound(failure, paths.getPathWithinApplication(request))) {
            try {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } catch (IOException e) {
                LOG.debug("Could not answer " + request.getRequestURI() + " with 404", e);
            }
            return new ModelAndView();
        }
        if (!BroadleafControllerUtility.isAjaxRequest(request)) {
            return null;
        }
        String reference = ErrorReference.log(LOG,
                request.getMethod() + " " + request.getRequestURI() + " (background request) failed", failure);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ModelAndView dialog = new ModelAndView(AJAX_ERROR_VIEW);
        dialog.addObject("exceptionMessage", messages.getMessage("gcError_dialog", new Object[] {reference},
                RequestContextUtils.getLocale(request)));
        dialog.addObject("showDebugMessage", false);
        return dialog;
    }

    /** Last, as Broadleaf's resolver was: Spring's own resolvers still answer their exceptions (400, 405, ...). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
