package com.guidecommerce.core.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.DispatcherType;
import javax.servlet.FilterChain;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Response hygiene for a whole webapp (bean {@code gcWebHygieneFilter}, installed by the host in {@code web.xml}
 * through a {@code DelegatingFilterProxy} for REQUEST and ERROR dispatches, outside Spring Security's chain):
 * <ul>
 * <li>security headers on every response, pages, static files and error pages alike: no content sniffing, no framing
 * by other sites, no full URL in the Referer sent to other sites;</li>
 * <li>{@code Cache-Control: no-store} on pages that show personal data, so no shared or back-button cache keeps them;</li>
 * <li>no stack trace for any failure that escapes the webapp: it is logged with an {@link ErrorReference}, which the
 * error page shows (request attribute {@value ErrorReference#REQUEST_ATTRIBUTE}), and answered 500 with the
 * webapp's error page.</li>
 * </ul>
 * A header the webapp sets itself later in the request replaces the one set here.
 */
public class WebHygieneFilter extends GenericFilterBean {

    private static final Log LOG = LogFactory.getLog(WebHygieneFilter.class);

    private final AntPathMatcher matcher = new AntPathMatcher();
    private final UrlPathHelper paths = new UrlPathHelper();

    private Map<String, String> headers = defaultHeaders();
    private List<String> noStorePaths = Collections.emptyList();
    private List<String> cacheablePaths = Collections.emptyList();

    /** The headers every response carries unless the host configures others. */
    public static Map<String, String> defaultHeaders() {
        Map<String, String> headers = new LinkedHashMap<String, String>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("Content-Security-Policy", "frame-ancestors 'self'");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        return headers;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = paths.getPathWithinApplication(request);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (isNoStore(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            referenceUncaughtFailure(request);
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            answerFailure(request, response, e);
        }
    }

    /** Whether responses to this path (within the webapp) are marked {@code Cache-Control: no-store}. */
    public boolean isNoStore(String path) {
        return matchesAny(noStorePaths, path) && !matchesAny(cacheablePaths, path);
    }

    private static void answerFailure(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        String reference = ErrorReference.log(LOG, request.getMethod() + " " + request.getRequestURI() + " failed", e);
        request.setAttribute(ErrorReference.REQUEST_ATTRIBUTE, reference);
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /** A failure the container caught before this filter saw it still gets a reference for its error page. */
    private static void referenceUncaughtFailure(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable && request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE) == null) {
            String reference = ErrorReference.log(LOG,
                    "Request " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", (Throwable) failure);
            request.setAttribute(ErrorReference.REQUEST_ATTRIBUTE, reference);
        }
    }

    private boolean matchesAny(List<String> patterns, String path) {
        for (String pattern : patterns) {
            if (matcher.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the default headers (see {@link #defaultHeaders()}): name to value, in order. */
    public void setHeaders(Map<String, String> headers) {
        this.headers = new LinkedHashMap<String, String>(headers);
    }

    /** Ant patterns of paths (within the webapp) whose responses must not be stored by any cache. */
    public void setNoStorePaths(List<String> noStorePaths) {
        this.noStorePaths = new ArrayList<String>(noStorePaths);
    }

    /** Ant patterns exempted from {@link #setNoStorePaths}: static files under a no-store pattern. */
    public void setCacheablePaths(List<String> cacheablePaths) {
        this.cacheablePaths = new ArrayList<String>(cacheablePaths);
    }
}
