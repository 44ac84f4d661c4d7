package com.guidecommerce.core.web;

import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServletRequest;

/**
 * The "go back" link of an error page: the page the user came from (its Referer), but only when that page belongs
 * to this webapp, so an error page never links anywhere a foreign site chose.
 */
public final class BackLink {

    private BackLink() {
    }

    /**
     * @param fallback the path to offer when the referring page is unknown or foreign
     * @return a path within the webapp, with its query
     */
    public static String of(HttpServletRequest request, String fallback) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return fallback;
        }
        String context = request.getContextPath();
        String path = uri.getRawPath();
        if (!sameServer(uri, request) || path == null || !path.startsWith(context + "/")) {
            return fallback;
        }
        String within = path.substring(context.length());
        return uri.getRawQuery() == null ? within : within + "?" + uri.getRawQuery();
    }

    private static boolean sameServer(URI uri, HttpServletRequest request) {
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
            return false;
        }
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return port == request.getServerPort();
    }
}
