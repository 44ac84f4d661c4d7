package com.guidecommerce.site.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body as the exact bytes the channel signed, but never more than a limit: a body that announces or
 * turns out to be larger is refused as soon as that is known, without buffering the rest.
 */
final class LimitedBody {

    private static final int CHUNK = 8192;

    private LimitedBody() {
    }

    /**
     * @param declaredLength the request's Content-Length, or -1 when it has none (chunked)
     * @return the body, or {@code null} when it is larger than {@code limit} bytes
     */
    static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : CHUNK);
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = in.read(chunk, 0, (int) Math.min(CHUNK, limit + 1L - body.size()))) > 0) {
            body.write(chunk, 0, read);
            if (body.size() > limit) {
                return null;
            }
        }
        return body.toByteArray();
    }
}
