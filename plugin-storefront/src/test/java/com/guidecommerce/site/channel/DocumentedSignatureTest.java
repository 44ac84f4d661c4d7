package com.guidecommerce.site.channel;

import com.guidecommerce.core.channel.rule.EventSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test vector docs/channel-api.md gives channel developers is what the server computes. */
class DocumentedSignatureTest {

    @Test
    void shouldComputeTheSignatureOfTheDocumentedTestVector() {
        byte[] body = "{\"type\":\"ORDER_COMPLETED\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals("7e7c9a51166a13df6e390843d25cca691bdf33bb73a9370893ef70b39221a95e",
                EventSignature.sign("demo-tmall-secret", "1700000000", body));
    }
}
