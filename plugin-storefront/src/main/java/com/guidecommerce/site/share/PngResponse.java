package com.guidecommerce.site.share;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/** Sends a generated PNG (a QR code) as the whole response. */
public final class PngResponse {

    private PngResponse() {
    }

    /** @param cacheControl the Cache-Control header, or {@code null} for none */
    public static void send(byte[] png, String cacheControl, HttpServletResponse response) throws IOException {
        response.setContentType("image/png");
        // The site's encoding filter forces UTF-8 on every response; an image has no character set.
        response.setCharacterEncoding(null);
        if (cacheControl != null) {
            response.setHeader("Cache-Control", cacheControl);
        }
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
