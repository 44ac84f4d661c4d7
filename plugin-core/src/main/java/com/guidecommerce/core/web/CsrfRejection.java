package com.guidecommerce.core.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Wraps one of Broadleaf's CSRF filters so that a form sent without its valid token is answered 403 with a page that
 * says the form expired, instead of the 500 Broadleaf's filter causes by throwing.
 *
 * <p>The wrapped filter still decides: its own exclusions, its switch and its own handling (the admin's filter sends
 * a signed-out user back to the login page) are kept. Its verdict is read from where its exception comes from: thrown
 * before it passed the request on, it is the token check; thrown further down the chain, it belongs to someone else
 * and goes on unchanged.
 */
public class CsrfRejection implements Filter {

    private static final Log LOG = LogFactory.getLog(CsrfRejection.class);

    private final Filter csrfFilter;
    private final String formExpiredPath;

    /**
     * @param csrfFilter      Broadleaf's filter, as the host configured it
     * @param formExpiredPath where a refused request is forwarded to (within the webapp): the form-expired page
     */
    public CsrfRejection(Filter csrfFilter, String formExpiredPath) {
        this.csrfFilter = csrfFilter;
        this.formExpiredPath = formExpiredPath;
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        csrfFilter.init(filterConfig);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        PassedOn passedOn = new PassedOn(chain);
        try {
            csrfFilter.doFilter(request, response, passedOn);
        } catch (ServletException e) {
            if (passedOn.reached || !(e.getCause() instanceof ServiceException)) {
                throw e;
            }
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        LOG.warn("Refused a " + request.getMethod() + " to " + request.getRequestURI()
                + " without a valid form token (the form was older than the session, or forged)");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(formExpiredPath).forward(request, response);
    }

    @Override
    public void destroy() {
        csrfFilter.destroy();
    }

    /** The Broadleaf filter this one wraps. */
    public Filter getCsrfFilter() {
        return csrfFilter;
    }

    /** The wrapped filter's way on: notes that the token check let the request through. */
    private static final class PassedOn implements FilterChain {

        private final FilterChain chain;
        private boolean reached;

        PassedOn(FilterChain chain) {
            this.chain = chain;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
            reached = true;
            chain.doFilter(request, response);
        }
    }
}
