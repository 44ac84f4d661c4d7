package com.guidecommerce.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guidecommerce.core.channel.rule.EventSignature;
import com.guidecommerce.core.common.PluginSecrets;
import com.guidecommerce.core.share.ShareCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running demo signs and checks share codes with secrets it drew itself (kept in its data directory), not with the
 * placeholders the plugin ships: a share code anyone could mint from the repository credits nobody.
 */
@ExtendWith(RunningDemoMall.class)
class DemoSecretsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHARER = "G0001";

    @Test
    void shouldRunWithSecretsOfItsOwnRatherThanTheShippedPlaceholders(DemoMall mall) throws Exception {
        Properties demo = demoSecrets(mall);
        Properties shipped = shippedDefaults();

        assertTrue(new PluginSecrets(demo.getProperty("gc.share.secret"), demo.getProperty("gc.identity.phoneSalt"))
                .areSet());
        assertNotEquals(shipped.getProperty("gc.share.secret"), demo.getProperty("gc.share.secret"));
        assertNotEquals(shipped.getProperty("gc.identity.phoneSalt"), demo.getProperty("gc.identity.phoneSalt"));
    }

    @Test
    void shouldWelcomeAShareLinkSignedWithTheDemosOwnSecret(DemoMall mall) throws Exception {
        HttpResponse<String> home = mall.getSite("/?gc=" + demoShareCodes(mall).sign(SHARER));

        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("id=\"gc-share-notice\""), "the link is valid");
    }

    @Test
    void shouldTellTheShopperAShareLinkMintedWithThePlaceholderSecretIsNotValid(DemoMall mall) throws Exception {
        HttpResponse<String> home = mall.getSite("/?gc=" + mintedWithThePlaceholder(SHARER));

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"gc-share-notice\""));
    }

    @Test
    void shouldNotCreditTheSharerOfACodeMintedWithThePlaceholderSecret(DemoMall mall) throws Exception {
        JsonNode answer = sendTmallOrder(mall, "TM-SECRETS-PLACEHOLDER", mintedWithThePlaceholder(SHARER));

        assertEquals("ACCEPTED", answer.get("status").asText());
        assertEquals(4, answer.get("entries").asInt(), "two lines, each for guide G0003 and franchisee F001 only");
    }

    @Test
    void shouldCreditTheSharerOfACodeSignedWithTheDemosOwnSecret(DemoMall mall) throws Exception {
        JsonNode answer = sendTmallOrder(mall, "TM-SECRETS-OWN", demoShareCodes(mall).sign(SHARER));

        assertEquals("ACCEPTED", answer.get("status").asText());
        assertEquals(6, answer.get("entries").asInt(), "two lines, each for G0003, F001 and the sharer G0001");
    }

    /** What anyone could compute from the repository: the code signed with the shipped placeholder secret. */
    private static String mintedWithThePlaceholder(String sharerCode) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(shippedDefaults().getProperty("gc.share.secret").getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        byte[] digest = mac.doFinal(sharerCode.getBytes(StandardCharsets.UTF_8));
        StringBuilder code = new StringBuilder(sharerCode).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(String.format("%02x", digest[i] & 0xff));
        }
        return code.toString();
    }

    private static ShareCodes demoShareCodes(DemoMall mall) throws IOException {
        return new ShareCodes(demoSecrets(mall).getProperty("gc.share.secret"));
    }

    private static Properties demoSecrets(DemoMall mall) throws IOException {
        return load(Files.newInputStream(mall.dataDir().resolve("demo-secrets.properties")));
    }

    private static Properties shippedDefaults() throws IOException {
        return load(DemoSecretsIT.class.getResourceAsStream("/config/gc/common.properties"));
    }

    private static Properties load(InputStream stream) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = stream) {
            properties.load(in);
        }
        return properties;
    }

    /** The demo's example Tmall order (the demo shopper, two lines) under another number, shared an hour ago. */
    private static JsonNode sendTmallOrder(DemoMall mall, String orderNo, String shareCode) throws Exception {
        Path example = Paths.get(System.getProperty("basedir", ".")).resolve("channel-events/tmall-order-paid.json");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode order = (ObjectNode) JSON.readTree(new String(Files.readAllBytes(example), StandardCharsets.UTF_8)
                .replace("{{now}}", now.toString()));
        order.put("orderNo", orderNo);
        order.putObject("share").put("code", shareCode).put("sharedAt", now.minusHours(1).toString());
        byte[] body = JSON.writeValueAsBytes(order);
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        HttpResponse<String> response = mall.postSite("/api/gc/v1/channels/TMALL/events", body,
                "Content-Type", "application/json",
                "X-GC-Timestamp", timestamp,
                "X-GC-Signature", EventSignature.sign("demo-tmall-secret", timestamp, body));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
