package com.guidecommerce.site.channel;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LimitedBodyTest {

    @Test
    void shouldReadABodyUpToTheLimitByteForByte() throws IOException {
        byte[] body = "{\"orderNo\":\"天猫-1\"}".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(body, LimitedBody.read(new ByteArrayInputStream(body), body.length, body.length));
    }

    @Test
    void shouldRefuseADeclaredLengthOverTheLimitWithoutReadingAByte() throws IOException {
        CountingStream in = new CountingStream(100_000);

        assertNull(LimitedBody.read(in, 100_000, 1024));
        assertEquals(0, in.served);
    }

    @Test
    void shouldStopReadingAnUndeclaredBodyOneByteAfterTheLimit() throws IOException {
        CountingStream in = new CountingStream(100_000);

        assertNull(LimitedBody.read(in, -1, 1024));
        assertEquals(1025, in.served);
    }

    @Test
    void shouldReadAnEmptyBody() throws IOException {
        assertEquals(0, LimitedBody.read(new ByteArrayInputStream(new byte[0]), 0, 1024).length);
    }

    /** A long body that counts how many bytes were taken from it. */
    private static final class CountingStream extends InputStream {

        private final int length;
        private int served;

        CountingStream(int length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served == length) {
                return -1;
            }
            served++;
            return 'x';
        }
    }
}
